import type { BodyType, OrgBody } from '#shared/model/organisation';
import type { Person } from '#shared/model/people';
import type { Plan } from '#shared/model/plan';

// Invented organisations for tests and for looking at charts: the Grorud-style programme
// organisation, and a large one (40 bodies in 4 levels) to check that the chart stays readable.

const person = (id: string, name: string, title: string): Person => ({
  id,
  name,
  title,
  organisation: 'Bydelen',
  email: '',
  phone: '',
});

const body = (
  id: string,
  type: BodyType,
  name: string,
  parentId: string | null,
  extra: Partial<OrgBody> = {},
): OrgBody => ({
  id,
  type,
  name,
  description: '',
  parentId,
  advisesIds: [],
  members: [],
  responsibilities: [],
  ...extra,
});

/** Bydelsutvalget → programansvarlig → styringsgruppe → programleder → three working groups. */
export function withGrorudOrganisation(plan: Plan): Plan {
  return {
    ...plan,
    people: [
      person('p-dir', 'Kari Nordvik', 'Bydelsdirektør'),
      person('p-pl', 'Marte Fjellheim', 'Programleder'),
      person('p-nav', 'Henrik Brekke', 'Avdelingsleder NAV'),
    ],
    organisation: [
      body('b-bu', 'politisk-organ', 'Bydelsutvalget', null, {
        responsibilities: ['Vedtar handlingsplanen', 'Gir mandat til programmet'],
      }),
      body('b-pa', 'programansvarlig', 'Programansvarlig (bydelsdirektør)', 'b-bu', {
        members: [{ id: 'bm-1', personId: 'p-dir', role: 'leder' }],
      }),
      body('b-sg', 'styringsgruppe', 'Styringsgruppe', 'b-pa', {
        members: [
          { id: 'bm-2', personId: 'p-dir', role: 'leder' },
          { id: 'bm-3', personId: 'p-nav', role: 'medlem' },
          { id: 'bm-4', personId: 'p-pl', role: 'sekretær' },
        ],
        responsibilities: ['Godkjenner arbeidsplaner og rapporter', 'Følger opp økonomi'],
      }),
      body('b-pl', 'programledelse', 'Programleder', 'b-sg', {
        members: [{ id: 'bm-5', personId: 'p-pl', role: '' }],
      }),
      body('b-ag1', 'arbeidsgruppe', 'Arbeidsgruppe bolig', 'b-pl'),
      body('b-ag2', 'arbeidsgruppe', 'Arbeidsgruppe oppfølging', 'b-pl'),
      body('b-ag3', 'arbeidsgruppe', 'Arbeidsgruppe bomiljø', 'b-pl'),
      body('b-ref', 'referansegruppe', 'Referansegruppe', null, { advisesIds: ['b-sg'] }),
    ],
  };
}

const themes = [
  'Bolig og bomiljø',
  'Oppfølging i hjemmet',
  'Unge voksne',
  'Kunnskap og kompetanse',
  'Økonomisk rådgivning',
];
const groupNames = [
  'Boligtorg',
  'Startlån og tilskudd',
  'Kommunale utleieboliger',
  'Booppfølging',
  'Rus og psykisk helse',
  'Ungdomsteam',
  'Bomiljøarbeid Romsås',
  'Kartlegging av boligbehov',
  'Gjeldsrådgivning og økonomisk veiledning for barnefamilier med lav inntekt',
  'Flyktningtjenesten',
  'Samarbeid med borettslag',
  'Tverrfaglig team for personer som skrives ut fra institusjon eller løslates fra fengsel',
  'Frivillige organisasjoner',
  'Statistikk',
  'Brukerråd',
];
const firstNames = ['Ingrid', 'Tor', 'Yasmin', 'Håkon', 'Silje', 'Ola', 'Aisha', 'Bjørn', 'Åse'];
const lastNames = ['Solbakken', 'Haugland', 'Rahimi', 'Myhre', 'Vangen', 'Øien', 'Ødegård'];

/** 40 bodies in 4 levels with invented names (some long) and members. */
export function withLargeOrganisation(plan: Plan): Plan {
  const people: Person[] = Array.from({ length: 24 }, (_, i) =>
    person(
      `lp-${i}`,
      `${firstNames[i % firstNames.length]} ${lastNames[i % lastNames.length]}`,
      i % 3 === 0 ? 'Avdelingsleder' : 'Rådgiver',
    ),
  );
  const bodies: OrgBody[] = [
    body('l-bu', 'politisk-organ', 'Bydelsutvalget', null),
    body('l-pa', 'programansvarlig', 'Bydelsdirektør – programansvarlig', 'l-bu', {
      members: [{ id: 'lm-pa', personId: 'lp-0', role: 'leder' }],
    }),
    body('l-ref', 'referansegruppe', 'Referansegruppe (IMDi, Husbanken og områdeløftet)', null, {
      advisesIds: ['l-sg'],
    }),
    body('l-sg', 'styringsgruppe', 'Styringsgruppe for boligsosialt utviklingsprogram', 'l-pa', {
      members: [
        { id: 'lm-sg1', personId: 'lp-0', role: 'leder' },
        { id: 'lm-sg2', personId: 'lp-1', role: 'medlem' },
        { id: 'lm-sg3', personId: 'lp-2', role: 'sekretær' },
      ],
    }),
    body('l-pl', 'programledelse', 'Programledelse', 'l-sg', {
      members: [{ id: 'lm-pl', personId: 'lp-2', role: 'programleder' }],
    }),
  ];
  // Level 3: five themed working groups under the programme management …
  themes.forEach((theme, t) => {
    const groupId = `l-t${t}`;
    bodies.push(
      body(groupId, 'arbeidsgruppe', `Arbeidsutvalg ${theme.toLowerCase()}`, 'l-pl', {
        members: [{ id: `lm-t${t}`, personId: `lp-${3 + t}`, role: 'leder' }],
      }),
    );
    // … level 4: subprojects and groups under each theme (35 bodies in all, 40 with the top).
    for (let g = 0; g < 7; g++) {
      const index = t * 7 + g;
      if (bodies.length >= 40) break;
      const name = groupNames[index % groupNames.length]!;
      bodies.push(
        body(`l-g${index}`, g % 3 === 2 ? 'delprosjekt' : 'arbeidsgruppe', name, groupId, {
          members:
            g % 2 === 0
              ? [{ id: `lm-g${index}`, personId: `lp-${(8 + index) % 24}`, role: 'leder' }]
              : [],
        }),
      );
    }
  });
  return { ...plan, people, organisation: bodies.slice(0, 40) };
}
