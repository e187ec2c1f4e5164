// An invented district's activity plan as it stands in Husbanken's form: five focus areas, 14
// measures, 34 partners, a seven-year programme period. Names of bodies and partners are the
// kinds of agencies real plans name; no person is named.

export const FORM_PLAN = {
  district: 'Bydel Solberget',
  municipality: 'Oslo',
  periodStart: 2010,
  periodEnd: 2016,
  vision: 'Alle i Solberget skal ha et trygt og godt sted å bo.',
  mainGoals: [
    'Økt forebygging og bekjempelse av bostedsløshet',
    'Økt boligsosial aktivitet i bydelen',
    'Økt boligsosial kompetanse i bydelen',
  ],
};

export interface FormMeasure {
  code: string;
  title: string;
  description: string;
  result: string;
  start: string;
  end: string;
  /** As typed in the form's cell, in the form's own spelling and case. */
  partners: string;
  owner: string;
  /** n, v, g, a or '' (not given). */
  status: string;
}

export interface FormArea {
  title: string;
  /** The area's sub-goals, under the plan's main goal with this number (1-based). */
  subGoals: { title: string; mainGoal: number }[];
  measures: FormMeasure[];
  /** «Felles prosjekter», under their own heading, with codes of their own (1A again). */
  sharedProjects: FormMeasure[];
  /** The form budgets the area as one line: cost per year, in consecutive years. */
  budget: { year: number; amount: number }[];
}

export const FORM_AREAS: FormArea[] = [
  {
    title: 'Egnede boliger for vanskeligstilte',
    budget: [
      { year: 2010, amount: 400_000 },
      { year: 2011, amount: 450_000 },
      { year: 2012, amount: 450_000 },
    ],
    subGoals: [
      { title: 'Flere vanskeligstilte får en egnet bolig', mainGoal: 1 },
      { title: 'Ingen bor i midlertidig bolig mer enn tre måneder', mainGoal: 1 },
    ],
    measures: [
      {
        code: '1A',
        title: 'Kartlegge boligbehovet',
        description: 'Samle tall fra NAV og boligkontoret om hvem som mangler bolig',
        result: 'Oversikt over boligbehovet per målgruppe',
        start: '2010',
        end: '2011',
        partners: 'NAV Solberget, Velferdsetaten, Husbanken region øst',
        owner: 'Boligkontoret',
        status: 'n',
      },
      {
        code: '1B',
        title: 'Flere tilrettelagte boliger',
        description: 'Kjøpe og bygge om boliger for personer med rus og psykiske lidelser',
        result: '12 nye tilrettelagte boliger',
        start: 'mars 2011',
        end: '31.12.2014',
        partners: 'Boligbygg Oslo KF; Rustjenesten; Psykisk helsetjeneste; DPS Nordre',
        owner: 'Boligbygg Oslo KF',
        status: 'n',
      },
      {
        code: '1C',
        title: 'Boligtorg',
        description: 'Ett sted å spørre om bolig, startlån og bostøtte',
        result: 'Boligtorget er åpent to dager i uka',
        start: '2012',
        end: '2016',
        partners: 'nav solberget, Frivilligsentralen, Leieboerforeningen',
        owner: 'NAV Solberget',
        status: 'v',
      },
    ],
    sharedProjects: [
      {
        code: '1A',
        title: 'Felles boligsosialt kompetansesenter',
        description: 'Et felles senter for bydelene i dalen',
        result: 'Senteret er i drift og brukes av alle bydelene',
        start: '2012',
        end: '2016',
        partners: 'Husbanken region øst, Velferdsetaten',
        owner: 'Bydel Nordvik',
        status: 'v',
      },
      {
        code: '1B',
        title: 'Felles kartlegging av bostedsløse',
        description: 'Samme telling i alle bydelene',
        result: 'Tall som kan sammenlignes',
        start: '2012',
        end: '2012',
        partners: 'NIBR',
        owner: 'Bydel Solberget',
        status: 'g',
      },
    ],
  },
  {
    title: 'Tilgjengelige økonomiske boligvirkemidler',
    budget: [
      { year: 2010, amount: 150_000 },
      { year: 2011, amount: 150_000 },
    ],
    subGoals: [{ title: 'Flere leietakere kjøper egen bolig', mainGoal: 2 }],
    measures: [
      {
        code: '2A',
        title: 'Fra leie til eie',
        description: 'Startlån og tilskudd til leietakere i kommunale boliger',
        result: '25 husstander kjøper egen bolig',
        start: '2010',
        end: '2016',
        partners: 'Husbanken region øst, OBOS, Skatteetaten',
        owner: 'Boligkontoret',
        status: 'v',
      },
      {
        code: '2B',
        title: 'Bostøtteveiledning',
        description: 'Hjelp til å søke bostøtte for alle som kan ha rett til den',
        result: 'Alle leietakere i kommunale boliger har fått tilbud om veiledning',
        start: '2011',
        end: '2013',
        partners: 'NAV Solberget, Eldresenteret, Voksenopplæringen',
        owner: 'NAV Solberget',
        status: 'g',
      },
      {
        code: '2C',
        title: 'Økonomisk rådgivning',
        description: 'Gjeldsrådgivning før utkastelse',
        result: 'Færre utkastelser på grunn av husleierestanser',
        start: '2013',
        end: '2015',
        partners: 'NAV Solberget, Namsfogden i Oslo',
        owner: 'NAV Solberget',
        status: '',
      },
    ],
    sharedProjects: [],
  },
  {
    title: 'Individuell oppfølging i bomiljø',
    budget: [
      { year: 2011, amount: 300_000 },
      { year: 2012, amount: 320_000 },
    ],
    subGoals: [{ title: 'Flere beholder boligen etter utskriving', mainGoal: 1 }],
    measures: [
      {
        code: '3A',
        title: 'Booppfølging etter utskriving',
        description: 'Oppfølging i egen bolig for den som kommer fra institusjon eller fengsel',
        result: 'Ingen skrives ut til hospits',
        start: '2010',
        end: '2014',
        partners: 'DPS Nordre, Kriminalomsorgen region øst, Hjemmetjenesten',
        owner: 'Psykisk helsetjeneste',
        status: 'v',
      },
      {
        code: '3B',
        title: 'Bo- og nærmiljøtjeneste for unge',
        description: 'Miljøarbeid for unge voksne i egen bolig',
        result: 'Unge beholder boligen det første året',
        start: '2011',
        end: '2016',
        partners: 'Ungdomstjenesten, Utekontakten, Barnevernstjenesten',
        owner: 'Ungdomstjenesten',
        status: 'n',
      },
      {
        code: '3C',
        title: 'Bosetting av flyktninger',
        description: 'Oppfølging de første årene etter bosetting',
        result: 'Flyktninger bor stabilt etter introduksjonsprogrammet',
        start: '2012',
        end: '2016',
        partners: 'Flyktningetjenesten, Voksenopplæringen, Røde Kors',
        owner: 'Flyktningetjenesten',
        status: 'a',
      },
    ],
    sharedProjects: [
      {
        code: '3A',
        title: 'Felles booppfølgingsteam',
        description: 'Ett team som følger opp på tvers av bydelene',
        result: 'Ingen venter mer enn to uker på oppfølging',
        start: '2013',
        end: '2016',
        partners: 'DPS Nordre, Hjemmetjenesten',
        owner: 'Bydel Nordvik',
        status: 'n',
      },
    ],
  },
  {
    title: 'Bomiljøarbeid i utsatte områder',
    budget: [{ year: 2012, amount: 200_000 }],
    subGoals: [{ title: 'Tryggere bomiljø i utsatte områder', mainGoal: 2 }],
    measures: [
      {
        code: '4A',
        title: 'Miljøarbeidere i borettslag',
        description: 'Miljøarbeidere i tre borettslag med mange kommunale boliger',
        result: 'Færre klager på bomiljøet',
        start: '2010',
        end: '2013',
        partners: 'Solberget borettslag, Vestre Lia borettslag, Områdeløft Solberget',
        owner: 'Områdeløft Solberget',
        status: 'v',
      },
      {
        code: '4B',
        title: 'Møteplasser i nærmiljøet',
        description: 'Åpne møteplasser for beboere i utsatte områder',
        result: 'To faste møteplasser',
        start: '2012',
        end: '2016',
        partners: 'Frivilligsentralen, Kirkens Bymisjon, Frelsesarmeen',
        owner: 'Frivilligsentralen',
        status: 'n',
      },
      {
        code: '4C',
        title: 'Trygge nabolag',
        description: 'Samarbeid med politiet om trygghet i bomiljøet',
        result: 'Tryggere bomiljø målt i beboerundersøkelsen',
        start: '2013',
        end: '2016',
        partners: 'Oslo politidistrikt, SaLTo-koordinator, Utekontakten',
        owner: 'SaLTo-koordinator',
        status: '',
      },
    ],
    sharedProjects: [],
  },
  {
    title: 'Kompetanse, læring og ny kunnskap',
    budget: [
      { year: 2013, amount: 120_000 },
      { year: 2014, amount: 80_000 },
    ],
    subGoals: [{ title: 'Ansatte har kunnskap om boligsosialt arbeid', mainGoal: 3 }],
    measures: [
      {
        code: '5A',
        title: 'Kurs i boligsosialt arbeid',
        description: 'Kurs for ansatte i NAV, helse og boligkontoret',
        result: '60 ansatte har fullført kurset',
        start: '2011',
        end: '2015',
        partners: 'Høgskolen i Oslo, KS, Husbanken region øst',
        owner: 'Boligkontoret',
        status: 'v',
      },
      {
        code: '5B',
        title: 'Følgeevaluering',
        description: 'Ekstern evaluering av programmet',
        result: 'Evalueringsrapport med anbefalinger',
        start: '2014',
        end: '2016',
        partners: 'NIBR, Fylkesmannen i Oslo og Akershus, Ergoterapitjenesten, Helsestasjonen',
        owner: 'NIBR',
        status: 'n',
      },
    ],
    sharedProjects: [],
  },
];

/** The form's table for one focus area's measures, as Excel puts it on the clipboard. */
export function formTableText(measures: FormMeasure[]): string {
  const head = [
    'Kode',
    'Tiltak',
    'Kort beskrivelse',
    'Planlagt resultat',
    'Oppstart',
    'Sluttdato',
    'Samarbeidspartnere',
    'Ansvarlig',
    'Status (n/v/g/a)',
  ];
  const rows = measures.map((m) => [
    m.code,
    m.title,
    m.description,
    m.result,
    m.start,
    m.end,
    m.partners,
    m.owner,
    m.status,
  ]);
  return [head, ...rows].map((r) => r.join('\t')).join('\r\n');
}

/** Every partner and owner the plan names, as the app should hold them: each once. */
export function formPartnerNames(): string[] {
  const seen = new Map<string, string>();
  for (const area of FORM_AREAS)
    for (const m of [...area.measures, ...area.sharedProjects])
      for (const name of [...m.partners.split(/[,;]\s*/), m.owner]) {
        const key = name.toLocaleLowerCase('nb');
        if (!seen.has(key)) seen.set(key, name);
      }
  return [...seen.values()];
}
