import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { planSchema } from '#shared/model/plan';
import { newMeasure } from '#shared/plan/measure-operations';
import type { PasteColumnKind } from '#shared/plan/paste-columns';
import { areaMeasuresInOrder } from '#shared/plan/measure-groups';
import { addPastedMeasures, planPaste, splitPartnerNames } from '#shared/plan/paste-measures';
import { planWithTwoAreas } from '../../../support/two-focus-areas';

function basePlan(): Plan {
  const plan = planWithTwoAreas();
  plan.measures = [newMeasure('m-1', 'fa-1', '1A'), newMeasure('m-2', 'fa-2', '2A')];
  plan.partners = [
    { id: 'p-nav', name: 'NAV', description: '', involvement: null, contactPersonId: null },
  ];
  return plan;
}

const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};

const MAPPING: PasteColumnKind[] = ['code', 'title', 'description', 'start', 'end', 'partners'];
const TABLE = [
  ['Kode', 'Tiltak', 'Beskrivelse', 'Oppstart', 'Slutt', 'Samarbeidspartnere'],
  ['1B', 'Boligtorg', 'Et sted\nå spørre', '2013–2014', '', 'nav, Boligbygg Oslo KF'],
  ['1A', 'Bostøtte', '', 'juni 2014', '30.06.2015', 'Boligbygg oslo kf; Bydel Fjellstad'],
  ['', '', '', 'Løpende', '2012', ''],
];

describe('planPaste', () => {
  it('creates measures in the order pasted, last in the area, with codes, dates and partners', () => {
    const result = planPaste(basePlan(), 'fa-1', TABLE, MAPPING, { header: true }, counter());
    const { plan } = result;
    expect(plan.measures.map((m) => `${m.focusAreaId}:${m.code}:${m.title}`)).toEqual([
      'fa-1:1A:',
      'fa-1:1B:Boligtorg',
      'fa-1:1C:Bostøtte',
      'fa-1:1D:',
      'fa-2:2A:',
    ]);
    const [first, second, third] = result.measures;
    expect(first!.measure).toMatchObject({
      description: 'Et sted\nå spørre',
      startDate: '2013',
      endDate: '2014',
    });
    // NAV is matched whatever its case; Boligbygg is created once for both rows.
    expect(result.newPartners).toEqual(['Boligbygg Oslo KF', 'Bydel Fjellstad']);
    expect(plan.partners.map((p) => p.name)).toEqual([
      'NAV',
      'Boligbygg Oslo KF',
      'Bydel Fjellstad',
    ]);
    expect(first!.measure.partnerIds).toEqual(['p-nav', 'new-1']);
    expect(first!.partnerNames).toEqual(['NAV', 'Boligbygg Oslo KF']);
    expect(second!.measure.partnerIds).toEqual(['new-1', 'new-3']);
    expect(second!.measure).toMatchObject({ startDate: '2014-06', endDate: '2015-06-30' });
    expect(second!.problems).toEqual(['Koden «1A» er allerede brukt; tiltaket får koden 1C.']);
    expect(second!.rowNumber).toBe(3);
    expect(third!.problems).toEqual([
      '«Løpende» er ikke en dato; tiltaket får ingen startdato.',
      'Raden har ikke noe tiltaksnavn; tiltaket opprettes uten navn.',
    ]);
    expect(third!.measure).toMatchObject({ startDate: null, endDate: '2012' });
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('drops an end before the start and says so', () => {
    const { measures } = planPaste(
      basePlan(),
      'fa-1',
      [['Ny', '2015', '2013']],
      ['title', 'start', 'end'],
      { header: false },
      counter(),
    );
    expect(measures[0]!.measure).toMatchObject({ startDate: '2015', endDate: null });
    expect(measures[0]!.problems).toEqual([
      'Slutt (2013) er før start (2015); tiltaket får ingen sluttdato.',
    ]);
  });

  it('gives a code used twice in the paste the next free code, and joins two text columns', () => {
    const { measures } = planPaste(
      basePlan(),
      'fa-2',
      [
        ['2C', 'Første', 'del'],
        ['2c', 'Andre', 'del'],
      ],
      ['code', 'title', 'title'],
      { header: false },
      counter(),
    );
    expect(measures.map((m) => `${m.measure.code}:${m.measure.title}`)).toEqual([
      '2C:Første del',
      '2D:Andre del',
    ]);
  });

  it('counts rows with nothing in the used columns and leaves the plan alone when none are left', () => {
    const plan = basePlan();
    const result = planPaste(
      plan,
      'fa-1',
      [['x', '']],
      ['skip', 'title'],
      { header: false },
      counter(),
    );
    expect(result.emptyRows).toBe(1);
    expect(result.measures).toEqual([]);
    expect(result.plan).toBe(plan);
    expect(planPaste(plan, 'no-area', TABLE, MAPPING, { header: true }).plan).toBe(plan);
  });
});

describe('planPaste with owners and status', () => {
  function withParties(): Plan {
    const plan = basePlan();
    plan.people = [
      {
        id: 'pe-kari',
        name: 'Kari Vik',
        title: 'Programleder',
        organisation: '',
        email: '',
        phone: '',
      },
      {
        id: 'pe-ex',
        name: 'Ola Eksempel',
        title: '',
        organisation: '',
        email: '',
        phone: '',
        example: true,
      },
    ];
    plan.organisation = [
      {
        id: 'b-nav',
        type: 'arbeidsgruppe',
        name: 'Boligkontoret',
        description: '',
        parentId: null,
        advisesIds: [],
        members: [],
        responsibilities: [],
      },
    ];
    return plan;
  }

  it('finds the owner among people (name or title), bodies and partners, and creates the rest as partners', () => {
    const plan = withParties();
    const result = planPaste(
      plan,
      'fa-1',
      [
        ['A', 'kari vik', 'n'],
        ['B', 'Programleder', 'V'],
        ['C', 'boligkontoret', 'gjennomført'],
        ['D', 'Nav', ''],
        ['E', 'Boligbygg Oslo KF', 'x'],
        ['F', 'Ola Eksempel', ''],
        ['G', 'Boligbygg oslo kf, NAV, Bydel Fjellstad', ''],
      ],
      ['title', 'owner', 'status'],
      { header: false },
      counter(),
    );
    const owners = result.measures.map((m) => m.measure.owner);
    expect(owners).toEqual([
      { kind: 'person', id: 'pe-kari' },
      { kind: 'person', id: 'pe-kari' },
      { kind: 'body', id: 'b-nav' },
      { kind: 'partner', id: 'p-nav' },
      // Ids are given in turn to partners and measures: 5 is the partner before the 5th measure.
      { kind: 'partner', id: 'new-5' },
      // An example person is a placeholder, never an owner: a partner of that name is made.
      { kind: 'partner', id: 'new-7' },
      { kind: 'partner', id: 'new-5' },
    ]);
    expect(result.measures.map((m) => m.ownerName)).toEqual([
      'Kari Vik',
      'Kari Vik',
      'Boligkontoret',
      'NAV',
      'Boligbygg Oslo KF',
      'Ola Eksempel',
      'Boligbygg Oslo KF',
    ]);
    expect(result.newPartners).toEqual(['Boligbygg Oslo KF', 'Ola Eksempel', 'Bydel Fjellstad']);
    expect(result.measures.map((m) => m.measure.status)).toEqual([
      'n',
      'v',
      'g',
      null,
      null,
      null,
      null,
    ]);
    expect(result.measures[4]!.problems).toEqual([
      '«x» er ikke en status (n, v, g eller a); tiltaket får status «Ikke angitt».',
    ]);
    // One owner; the others in the cell work with it.
    const last = result.measures[6]!;
    expect(last.measure.partnerIds).toEqual(['p-nav', 'new-9']);
    expect(last.partnerNames).toEqual(['NAV', 'Bydel Fjellstad']);
    expect(last.problems).toEqual([
      'Et tiltak har én ansvarlig: Boligbygg oslo kf er ansvarlig, NAV, Bydel Fjellstad blir samarbeidspartnere.',
    ]);
    expect(planSchema.safeParse(result.plan).success).toBe(true);
  });

  it('takes a row with only an owner or a status as a measure', () => {
    const { measures, emptyRows } = planPaste(
      basePlan(),
      'fa-1',
      [
        ['', 'NAV', ''],
        ['', '', 'n'],
        ['', '', ''],
      ],
      ['title', 'owner', 'status'],
      { header: false },
      counter(),
    );
    expect(measures).toHaveLength(2);
    expect(emptyRows).toBe(1);
  });
});

describe('planPaste of shared projects', () => {
  const ROWS = [
    ['1A', 'Felles boligkontor'],
    ['', 'Felles kartlegging'],
  ];

  it("makes each row a shared project, last in the area, with the form's own codes when numbered apart", () => {
    const plan = basePlan();
    plan.info.sharedProjectsNumberedApart = true;
    const result = planPaste(
      plan,
      'fa-1',
      ROWS,
      ['code', 'title'],
      { header: false, shared: true },
      counter(),
    );
    expect(result.measures.map((m) => [m.measure.code, m.problems])).toEqual([
      ['1A', []],
      ['1B', []],
    ]);
    expect(result.measures.every((m) => m.measure.sharedProject !== null)).toBe(true);
    expect(areaMeasuresInOrder(result.plan, 'fa-1').map((m) => `${m.code} ${m.title}`)).toEqual([
      '1A ',
      '1A Felles boligkontor',
      '1B Felles kartlegging',
    ]);
    expect(planSchema.safeParse(result.plan).success).toBe(true);
  });

  it('gives a code the local measures have the next free one when the plan keeps one sequence', () => {
    const result = planPaste(
      basePlan(),
      'fa-1',
      ROWS,
      ['code', 'title'],
      { header: false, shared: true },
      counter(),
    );
    expect(result.measures.map((m) => m.measure.code)).toEqual(['1B', '1C']);
    expect(result.measures[0]!.problems).toEqual([
      'Koden «1A» er allerede brukt; tiltaket får koden 1B.',
    ]);
  });
});

describe('addPastedMeasures', () => {
  it('is the plan the preview showed, as one new plan', () => {
    const plan = basePlan();
    const preview = planPaste(plan, 'fa-1', TABLE, MAPPING, { header: true }, counter());
    expect(addPastedMeasures(plan, 'fa-1', TABLE, MAPPING, { header: true }, counter())).toEqual(
      preview.plan,
    );
    expect(plan.measures).toHaveLength(2);
  });

  it('gives fresh ids by default', () => {
    const next = addPastedMeasures(basePlan(), 'fa-1', TABLE, MAPPING, { header: true });
    const ids = next.measures.map((m) => m.id).concat(next.partners.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });
});

describe('splitPartnerNames', () => {
  it('splits on lines, commas and semicolons, drops bullets and repeats', () => {
    expect(splitPartnerNames('• NAV\n- Boligbygg Oslo KF, Bydel  Fjellstad; nav')).toEqual([
      'NAV',
      'Boligbygg Oslo KF',
      'Bydel Fjellstad',
    ]);
  });
});
