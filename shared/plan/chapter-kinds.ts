import { chapterKinds, type ChapterKind } from '../model/chapters';

/** The chapter kinds as the user sees them, in the order of a typical plan document. */
export const chapterKindLabels: Record<ChapterKind, string> = {
  leseveiledning: 'Leseveiledning og formål',
  begreper: 'Begreper',
  innledning: 'Innledning',
  bakgrunn: 'Bakgrunn',
  'status-og-utfordringer': 'Status og utfordringer',
  virkemidler: 'Virkemidler',
  'organisering-og-forankring': 'Organisering og forankring',
  fremdriftsplan: 'Fremdriftsplan',
  risikoanalyse: 'Risikoanalyse',
  'okonomisk-ramme': 'Økonomisk ramme',
  'oppfolging-og-rapportering': 'Oppfølging og rapportering',
  annet: 'Annet',
};

/** What such a chapter usually holds; a nudge for the writer, not a rule. */
export const chapterKindHints: Record<ChapterKind, string> = {
  leseveiledning: 'Hvem planen er for, hvordan den er bygd opp og hva den skal brukes til.',
  begreper: 'Ord og forkortelser leseren trenger, for eksempel vanskeligstilt og startlån.',
  innledning: 'Hvorfor planen finnes, hvem den gjelder for og hva den bygger på.',
  bakgrunn: 'Befolkning, boligmasse og levekår, med tall og kilder.',
  'status-og-utfordringer': 'Hvordan arbeidet er organisert i dag og hva som må bli bedre.',
  virkemidler: 'Startlån, boligtilskudd, bostøtte, kommunale boliger, booppfølging og mer.',
  'organisering-og-forankring':
    'Hvem som eier, styrer og gjør arbeidet, og hvordan planen er forankret.',
  fremdriftsplan: 'Faser og milepæler i programperioden.',
  risikoanalyse: 'Hva som kan gå galt, hvor sannsynlig det er, og hva dere gjør med det.',
  'okonomisk-ramme': 'Rammen for programmet og hvordan det finansieres.',
  'oppfolging-og-rapportering': 'Hvordan planen følges opp og rapporteres, og når den rulleres.',
  annet: 'Et kapittel som ikke passer i de andre.',
};

export const chapterKindOptions: readonly ChapterKind[] = chapterKinds;
