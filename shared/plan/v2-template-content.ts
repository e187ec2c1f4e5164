// Frozen copy of what the templates shipped with file format 2 held as writing prompts and
// example content. The migration to format 3 (migrate-v2-guidance.ts) compares old files with
// this list, not with templates/*.json, because the templates change (format 3 stores the same
// prompts as guidance blocks, and later versions may reword them). Never edit these values.

/** Every writing prompt of the four version-2 templates: a paragraph of one italic run. */
export const V2_GUIDANCE_SENTENCES: readonly string[] = [
  // alle-trenger-et-trygt-hjem
  'Skriv kort om hvorfor kommunen lager planen, hvem den gjelder for, og hvordan den henger sammen med kommuneplanen og økonomiplanen.',
  'Beskriv oversikten over boligbehovet: hvor mange som er uten egen bolig, i fare for å miste boligen, eller bor i en uegnet bolig eller et uegnet bomiljø. Beskriv også hvilke boliger og tjenester kommunen har i dag.',
  // bolig-for-velferd
  'Skriv kort om hvorfor kommunen lager planen, hvem den gjelder for, og hvordan den henger sammen med kommuneplanen og andre planer.',
  'Beskriv hvor mange som er vanskeligstilte på boligmarkedet i kommunen, hvilke boliger og tjenester kommunen har i dag, og hva som er de største utfordringene.',
  // oslo-bydel
  'Skriv kort om hvorfor bydelen deltar i Boligsosialt utviklingsprogram, hvem planen gjelder for, og hvilke andre planer den bygger på, for eksempel bydelens strategiske plan og budsjett.',
  'Beskriv bydelen med tall og kilder. Skriv kort hva tallene betyr for det boligsosiale arbeidet.',
  'Antall innbyggere, aldersfordeling, husholdninger og forventet vekst.',
  'Antall kommunale boliger (eide og innleide), omsorgsboliger og andre boliger bydelen disponerer.',
  'Sysselsetting, utdanning, mottakere av sosialhjelp, bostøtte og startlån, gjerne sammenlignet med Oslo-gjennomsnittet.',
  'Beskriv hvordan det boligsosiale arbeidet er organisert i bydelen i dag, og hvilke utfordringer programmet skal løse. Bruk gjerne funn fra foranalysen.',
  'Beskriv hvordan programmet er knyttet til bydelens linjeorganisasjon og til Boligsosialt utviklingsprogram i Oslo kommune.',
];

/** The invented people of the Oslo template, as shipped (all fields but the id compared). */
export interface V2ExamplePerson {
  id: string;
  name: string;
  title: string;
  organisation: string;
  email: string;
  phone: string;
}

const bydelen = (id: string, name: string, title: string, email: string): V2ExamplePerson => ({
  id,
  name,
  title,
  organisation: 'Bydelen',
  email,
  phone: '',
});

export const V2_EXAMPLE_PEOPLE: readonly V2ExamplePerson[] = [
  bydelen('p-1', 'Ingrid Solbakken', 'Bydelsdirektør', 'ingrid.solbakken@eksempel.no'),
  bydelen(
    'p-2',
    'Tor Einar Haugland',
    'Avdelingsleder samfunn og nærmiljø',
    'tor.einar.haugland@eksempel.no',
  ),
  bydelen('p-3', 'Marte Fjellheim', 'Programleder', 'marte.fjellheim@eksempel.no'),
  bydelen('p-4', 'Henrik Brekke', 'Avdelingsleder NAV', 'henrik.brekke@eksempel.no'),
  bydelen('p-5', 'Yasmin Rahimi', 'Enhetsleder psykisk helse og rus', 'yasmin.rahimi@eksempel.no'),
  bydelen('p-6', 'Håkon Myhre', 'Boligkonsulent', 'hakon.myhre@eksempel.no'),
  bydelen('p-7', 'Silje Vangen', 'Booppfølger', 'silje.vangen@eksempel.no'),
  bydelen('p-8', 'Åse Nygård', 'Miljøarbeider', 'ase.nygard@eksempel.no'),
  bydelen('p-9', 'Øystein Bakken', 'Saksbehandler startlån', 'oystein.bakken@eksempel.no'),
];

/**
 * The example baseline and target figures on the Oslo template's result goals. Years are as
 * shipped, for a plan starting in `periodStart`; a plan made later was moved forward by the
 * difference (instantiateTemplate), so the migration compares years with that shift.
 */
export interface V2ExampleIndicator {
  resultGoalId: string;
  name: string;
  periodStart: number;
  baseline: { value: number; year: number };
  target: { value: number; year: number };
}

export const V2_EXAMPLE_INDICATORS: readonly V2ExampleIndicator[] = [
  {
    resultGoalId: 'rm-fa1',
    name: 'Antall boliger tildelt prioriterte grupper per år',
    periodStart: 2027,
    baseline: { value: 40, year: 2026 },
    target: { value: 60, year: 2030 },
  },
  {
    resultGoalId: 'rm-fa2',
    name: 'Antall husstander som får innvilget startlån',
    periodStart: 2027,
    baseline: { value: 25, year: 2026 },
    target: { value: 40, year: 2030 },
  },
  {
    resultGoalId: 'rm-fa3',
    name: 'Antall begjæringer om utkastelse fra kommunale boliger',
    periodStart: 2027,
    baseline: { value: 30, year: 2026 },
    target: { value: 15, year: 2030 },
  },
];
