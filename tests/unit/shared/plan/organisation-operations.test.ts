import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import {
  addBody,
  addMember,
  addMemberWithNewPerson,
  addResponsibility,
  bodiesInTreeOrder,
  canReportTo,
  countBodyRefs,
  descendantIds,
  indentBody,
  moveBody,
  moveMember,
  moveResponsibility,
  outdentBody,
  placeBody,
  removeBody,
  removeMember,
  removeResponsibility,
  setAdvises,
  setBodyParent,
  updateBody,
  updateMember,
  updateResponsibility,
} from '#shared/plan/organisation-operations';
import { withGrorudOrganisation } from '../../../support/organisation-fixtures';
import { samplePlan } from '../../../support/plan-fixtures';

const grorud = () => withGrorudOrganisation(createEmptyPlan(new Date('2026-03-01T10:00:00Z')));

/** Names in tree order, indented by depth, so a test reads like the tree on screen. */
const outline = (plan: Plan) =>
  bodiesInTreeOrder(plan).map(({ body, depth }) => `${'  '.repeat(depth)}${body.name}`);

const expectValid = (plan: Plan) => {
  const result = planSchema.safeParse(plan);
  expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([]);
};

describe('adding and changing bodies', () => {
  it('adds a body at the top or as the last child of a parent', () => {
    let plan = addBody(grorud(), { name: 'Kontrollkomité', type: 'politisk-organ' }, 'b-new');
    plan = addBody(plan, { name: 'Arbeidsgruppe statistikk', parentId: 'b-pl' }, 'b-stat');
    expect(outline(plan)).toEqual([
      'Bydelsutvalget',
      '  Programansvarlig (bydelsdirektør)',
      '    Styringsgruppe',
      '      Programleder',
      '        Arbeidsgruppe bolig',
      '        Arbeidsgruppe oppfølging',
      '        Arbeidsgruppe bomiljø',
      '        Arbeidsgruppe statistikk',
      'Referansegruppe',
      'Kontrollkomité',
    ]);
    expect(plan.organisation.find((b) => b.id === 'b-stat')).toMatchObject({
      type: 'arbeidsgruppe',
      parentId: 'b-pl',
      members: [],
      responsibilities: [],
    });
    expectValid(plan);
  });

  it('refuses a parent that does not exist', () => {
    const plan = grorud();
    expect(addBody(plan, { parentId: 'finnes-ikke' })).toBe(plan);
  });

  it('renames and changes type, and leaves the plan alone when nothing changes', () => {
    const plan = grorud();
    const renamed = updateBody(plan, 'b-sg', { name: 'Styringsgruppen', type: 'programledelse' });
    expect(renamed.organisation.find((b) => b.id === 'b-sg')).toMatchObject({
      name: 'Styringsgruppen',
      type: 'programledelse',
    });
    expect(updateBody(plan, 'b-sg', { name: 'Styringsgruppe' })).toBe(plan);
    expect(updateBody(plan, 'finnes-ikke', { name: 'x' })).toBe(plan);
  });
});

describe('reporting lines never go in a circle', () => {
  it('knows which parents a body may have', () => {
    const plan = grorud();
    expect([...descendantIds(plan, 'b-sg')].sort()).toEqual(['b-ag1', 'b-ag2', 'b-ag3', 'b-pl']);
    expect(canReportTo(plan, 'b-sg', null)).toBe(true);
    expect(canReportTo(plan, 'b-sg', 'b-ref')).toBe(true);
    expect(canReportTo(plan, 'b-sg', 'b-sg')).toBe(false);
    expect(canReportTo(plan, 'b-sg', 'b-pl')).toBe(false);
    expect(canReportTo(plan, 'b-sg', 'b-ag2')).toBe(false);
    expect(canReportTo(plan, 'b-sg', 'finnes-ikke')).toBe(false);
  });

  it('refuses to put a body under itself or under a body below it', () => {
    const plan = grorud();
    expect(setBodyParent(plan, 'b-sg', 'b-sg')).toBe(plan);
    expect(setBodyParent(plan, 'b-sg', 'b-ag1')).toBe(plan);
    expect(placeBody(plan, 'b-bu', { parentId: 'b-pl', beforeId: 'b-ag2' })).toBe(plan);
    expect(indentBody(plan, 'b-bu')).toBe(plan);
  });

  it('moves a body with everything under it to another parent', () => {
    const plan = setBodyParent(grorud(), 'b-pl', 'b-ref');
    expect(outline(plan)).toEqual([
      'Bydelsutvalget',
      '  Programansvarlig (bydelsdirektør)',
      '    Styringsgruppe',
      'Referansegruppe',
      '  Programleder',
      '    Arbeidsgruppe bolig',
      '    Arbeidsgruppe oppfølging',
      '    Arbeidsgruppe bomiljø',
    ]);
    expectValid(plan);
    expect(outline(setBodyParent(plan, 'b-pl', null)).at(-4)).toBe('Programleder');
  });

  it('places a body before a given sibling, as dragging does', () => {
    const plan = placeBody(grorud(), 'b-ref', { parentId: 'b-pl', beforeId: 'b-ag2' });
    expect(outline(plan).slice(3)).toEqual([
      '      Programleder',
      '        Arbeidsgruppe bolig',
      '        Referansegruppe',
      '        Arbeidsgruppe oppfølging',
      '        Arbeidsgruppe bomiljø',
    ]);
    const unchanged = grorud();
    expect(placeBody(unchanged, 'b-ag1', { parentId: 'b-pl', beforeId: 'b-ag2' })).toBe(unchanged);
    expect(placeBody(unchanged, 'b-ag1', { parentId: 'b-pl', beforeId: 'b-sg' })).toBe(unchanged);
  });
});

describe('reordering', () => {
  it('moves a body up and down among its siblings only', () => {
    const plan = grorud();
    const down = moveBody(plan, 'b-ag1', 1);
    expect(outline(down).slice(4, 7)).toEqual([
      '        Arbeidsgruppe oppfølging',
      '        Arbeidsgruppe bolig',
      '        Arbeidsgruppe bomiljø',
    ]);
    expect(outline(moveBody(down, 'b-ag1', 1)).slice(4, 7)).toEqual([
      '        Arbeidsgruppe oppfølging',
      '        Arbeidsgruppe bomiljø',
      '        Arbeidsgruppe bolig',
    ]);
    expect(moveBody(plan, 'b-ag1', -1)).toBe(plan);
    expect(moveBody(plan, 'b-ag3', 1)).toBe(plan);
    expect(outline(moveBody(plan, 'b-ref', -1))[0]).toBe('Referansegruppe');
  });

  it('indents under the sibling above and outdents to after the old parent', () => {
    const indented = indentBody(grorud(), 'b-ag2');
    expect(outline(indented).slice(4, 7)).toEqual([
      '        Arbeidsgruppe bolig',
      '          Arbeidsgruppe oppfølging',
      '        Arbeidsgruppe bomiljø',
    ]);
    expect(indentBody(indented, 'b-ag1')).toBe(indented);
    const outdented = outdentBody(grorud(), 'b-pl');
    expect(outline(outdented)).toEqual([
      'Bydelsutvalget',
      '  Programansvarlig (bydelsdirektør)',
      '    Styringsgruppe',
      '    Programleder',
      '      Arbeidsgruppe bolig',
      '      Arbeidsgruppe oppfølging',
      '      Arbeidsgruppe bomiljø',
      'Referansegruppe',
    ]);
    const top = grorud();
    expect(outdentBody(top, 'b-bu')).toBe(top);
  });
});

describe('deleting a body', () => {
  /** The Grorud organisation with references to the steering group and the working groups. */
  const referenced = () => {
    const plan = samplePlan();
    const org = withGrorudOrganisation(plan);
    org.info.owner = { kind: 'body', id: 'b-sg' };
    org.info.programmeLeader = { kind: 'body', id: 'b-pl' };
    org.measures = org.measures.map((m) => ({ ...m, owner: { kind: 'body', id: 'b-ag1' } }));
    org.risks = [
      {
        id: 'r-1',
        title: 'For lite tid',
        measureIds: [],
        description: '',
        likelihood: 'middels',
        consequence: 'hoy',
        mitigation: '',
        owner: { kind: 'body', id: 'b-pl' },
      },
    ];
    org.workshops = [
      {
        id: 'w-1',
        title: 'Verksted',
        date: '2027-02-01',
        focusAreaId: null,
        votesPerPerson: 3,
        participants: 0,
        notes: '',
        cards: [
          {
            id: 'c-1',
            text: 'Idé',
            focusAreaId: null,
            parked: false,
            votes: 0,
            owner: { kind: 'body', id: 'b-ag3' },
            targetGroupIds: [],
            measureId: null,
            accepted: false,
            mergedFrom: [],
          },
        ],
      },
    ];
    return org;
  };

  it('moves the children up to take its place, and lets go of every reference to it', () => {
    const plan = referenced();
    expectValid(plan);
    expect(countBodyRefs(plan, new Set(['b-sg']))).toBe(1);
    const after = removeBody(plan, 'b-sg', 'move-up');
    expect(outline(after)).toEqual([
      'Bydelsutvalget',
      '  Programansvarlig (bydelsdirektør)',
      '    Programleder',
      '      Arbeidsgruppe bolig',
      '      Arbeidsgruppe oppfølging',
      '      Arbeidsgruppe bomiljø',
      'Referansegruppe',
    ]);
    expect(after.organisation.find((b) => b.id === 'b-ref')!.advisesIds).toEqual([]);
    expect(after.info.owner).toBeNull();
    expect(after.info.programmeLeader).toEqual({ kind: 'body', id: 'b-pl' });
    expectValid(after);
  });

  it('deletes the children too when asked, with their references', () => {
    const plan = referenced();
    expect(countBodyRefs(plan, new Set(['b-pl', ...descendantIds(plan, 'b-pl')]))).toBe(4);
    const after = removeBody(plan, 'b-pl', 'delete');
    expect(outline(after)).toEqual([
      'Bydelsutvalget',
      '  Programansvarlig (bydelsdirektør)',
      '    Styringsgruppe',
      'Referansegruppe',
    ]);
    expect(after.info.programmeLeader).toBeNull();
    expect(after.info.owner).toEqual({ kind: 'body', id: 'b-sg' });
    expect(after.measures.every((m) => m.owner === null)).toBe(true);
    expect(after.risks[0]!.owner).toBeNull();
    expect(after.workshops[0]!.cards[0]!.owner).toBeNull();
    // People stay in the plan even when every body they were in is gone.
    expect(after.people).toEqual(plan.people);
    expectValid(after);
  });

  it('leaves the plan alone for an unknown body', () => {
    const plan = grorud();
    expect(removeBody(plan, 'finnes-ikke', 'delete')).toBe(plan);
  });
});

describe('advisory links', () => {
  it('keeps only other, existing bodies, each once', () => {
    const plan = setAdvises(grorud(), 'b-ref', ['b-sg', 'b-ref', 'b-pl', 'finnes-ikke', 'b-sg']);
    expect(plan.organisation.find((b) => b.id === 'b-ref')!.advisesIds).toEqual(['b-sg', 'b-pl']);
    expect(setAdvises(plan, 'b-ref', ['b-sg', 'b-pl'])).toBe(plan);
    expectValid(plan);
  });
});

describe('members', () => {
  const sg = (plan: Plan) => plan.organisation.find((b) => b.id === 'b-sg')!;

  it('adds an existing person or a new one, changes role and person, reorders and removes', () => {
    let plan = addMember(grorud(), 'b-sg', 'p-pl', 'medlem', 'bm-new');
    expect(sg(plan).members.at(-1)).toEqual({ id: 'bm-new', personId: 'p-pl', role: 'medlem' });
    plan = addMemberWithNewPerson(
      plan,
      'b-sg',
      { name: '  Aisha Rahimi ', title: 'Leder, boligkontoret' },
      'medlem',
      { personId: 'p-aisha', memberId: 'bm-aisha' },
    );
    expect(plan.people.at(-1)).toMatchObject({
      id: 'p-aisha',
      name: 'Aisha Rahimi',
      title: 'Leder, boligkontoret',
    });
    expect(sg(plan).members.at(-1)).toEqual({
      id: 'bm-aisha',
      personId: 'p-aisha',
      role: 'medlem',
    });
    expectValid(plan);

    plan = updateMember(plan, 'b-sg', 'bm-aisha', { role: 'nestleder' });
    expect(sg(plan).members.at(-1)!.role).toBe('nestleder');
    expect(updateMember(plan, 'b-sg', 'bm-aisha', { personId: 'finnes-ikke' })).toBe(plan);
    plan = moveMember(plan, 'b-sg', 'bm-aisha', -1);
    expect(
      sg(plan)
        .members.map((m) => m.id)
        .slice(-2),
    ).toEqual(['bm-aisha', 'bm-new']);
    plan = removeMember(plan, 'b-sg', 'bm-aisha');
    expect(sg(plan).members.map((m) => m.id)).toEqual(['bm-2', 'bm-3', 'bm-4', 'bm-new']);
    expect(plan.people.some((p) => p.id === 'p-aisha')).toBe(true);
  });

  it('refuses people that do not exist and new people without a name', () => {
    const plan = grorud();
    expect(addMember(plan, 'b-sg', 'finnes-ikke')).toBe(plan);
    expect(addMemberWithNewPerson(plan, 'b-sg', { name: '  ' })).toBe(plan);
    expect(addMemberWithNewPerson(plan, 'finnes-ikke', { name: 'Ola' })).toBe(plan);
  });
});

describe('responsibilities', () => {
  const duties = (plan: Plan) => plan.organisation.find((b) => b.id === 'b-sg')!.responsibilities;

  it('adds, edits, reorders and removes lines', () => {
    let plan = addResponsibility(grorud(), 'b-sg', 'Oppnevner arbeidsgruppene');
    plan = addResponsibility(plan, 'b-sg', 'Forankrer programmet', 0);
    expect(duties(plan)).toEqual([
      'Forankrer programmet',
      'Godkjenner arbeidsplaner og rapporter',
      'Følger opp økonomi',
      'Oppnevner arbeidsgruppene',
    ]);
    plan = updateResponsibility(plan, 'b-sg', 1, 'Godkjenner arbeidsplaner');
    plan = moveResponsibility(plan, 'b-sg', 3, -1);
    expect(duties(plan)).toEqual([
      'Forankrer programmet',
      'Godkjenner arbeidsplaner',
      'Oppnevner arbeidsgruppene',
      'Følger opp økonomi',
    ]);
    expect(moveResponsibility(plan, 'b-sg', 0, -1)).toBe(plan);
    expect(updateResponsibility(plan, 'b-sg', 0, 'Forankrer programmet')).toBe(plan);
    expect(removeResponsibility(plan, 'b-sg', 9)).toBe(plan);
    expect(duties(removeResponsibility(plan, 'b-sg', 0))).toHaveLength(3);
  });
});
