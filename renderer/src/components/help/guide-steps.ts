import { chordLabel, shortcut } from '#shared/keyboard/shortcuts';

export interface GuideStep {
  title: string;
  text: string;
}

const keys = (id: Parameters<typeof shortcut>[0]) =>
  shortcut(id)
    .chords.map((chord) => chordLabel(chord))
    .join(' eller ');

/** «Kom i gang»: five short steps, read once and found again under Hjelp. */
export const guideSteps: GuideStep[] = [
  {
    title: 'Hva en plan består av',
    text: 'Planen samler visjon og mål, strategier, satsningsområder med tiltak, målgrupper, organisering og budsjett. Delene henger sammen: et tiltak hører til strategier og målgrupper, og budsjettet regnes ut fra tiltakene.',
  },
  {
    title: 'Menyen til venstre',
    text: 'Hver del av planen har sin egen side i menyen til venstre. Dere kan begynne hvor dere vil. Sidene under «Etter vedtak» bruker dere når planen er vedtatt.',
  },
  {
    title: 'Alt lagres med en gang',
    text: `Det du skriver, lagres av seg selv. Øverst ser du om alt er lagret. Angre (${keys('undo')}) og Gjør om (${keys('redo')}) gjelder hele planen, også det du har slettet.`,
  },
  {
    title: 'Kvalitetssjekk',
    text: 'Kvalitetssjekk viser det en nøye leser vil se etter, for eksempel tiltak uten ansvarlig eller kostnad. Tallet i menyen er ting å se på når dere har tid, ikke feil som stopper dere.',
  },
  {
    title: 'Eksport',
    text: `Når planen er klar, lager dere et Word-dokument til politisk behandling og et Excel-ark under Eksport. Denne veiledningen og hurtigtastene finner du igjen under Hjelp (${keys('shortcuts')}).`,
  },
];
