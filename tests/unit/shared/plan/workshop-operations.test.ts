import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { planSchema } from '#shared/model/plan';
import { findIntegrityProblems } from '#shared/plan/integrity';
import {
  assignCardOwner,
  boardColumns,
  canPromote,
  captureCard,
  captureColumns,
  cardsInColumn,
  columnOf,
  editCardText,
  mergeCards,
  moveCard,
  neighbourColumn,
  promoteAcceptedCards,
  setCardAccepted,
  startWorkshop,
  toggleCardTargetGroup,
  toggleParked,
  undoWorkshop,
  updateWorkshop,
  voteCard,
  voteTally,
  workshopOutcome,
  type BoardColumn,
} from '#shared/plan/workshop-operations';
import { samplePlan } from '../../../support/plan-fixtures';

const area = (focusAreaId: string): BoardColumn => ({ kind: 'area', focusAreaId });
const parking: BoardColumn = { kind: 'parking' };
const whole: BoardColumn = { kind: 'whole' };

function started(focusAreaId: string | null = null): Plan {
  return startWorkshop(
    samplePlan(),
    {
      title: ' Verksted i arbeidsgruppa ',
      date: '2027-01-12',
      focusAreaId,
      votesPerPerson: 3,
      participants: 8,
    },
    'w-1',
  );
}

/** A workshop with the given cards captured in order, ids c-1, c-2 … */
function withCards(texts: [string, BoardColumn][], plan = started()): Plan {
  return texts.reduce(
    (p, [text, column], i) => captureCard(p, 'w-1', text, column, `c-${i + 1}`),
    plan,
  );
}

const workshop = (plan: Plan) => plan.workshops.find((w) => w.id === 'w-1')!;
const card = (plan: Plan, id: string) => workshop(plan).cards.find((c) => c.id === id)!;
const texts = (plan: Plan, column: BoardColumn, byVotes = false) =>
  cardsInColumn(workshop(plan), column, byVotes).map((c) => c.text);

describe('startWorkshop and updateWorkshop', () => {
  it('adds a workshop for the whole plan with its settings', () => {
    const plan = started();
    expect(workshop(plan)).toEqual({
      id: 'w-1',
      title: 'Verksted i arbeidsgruppa',
      date: '2027-01-12',
      focusAreaId: null,
      votesPerPerson: 3,
      participants: 8,
      cards: [],
      notes: '',
    });
    expect(boardColumns(plan, workshop(plan))).toEqual([area('fa-1'), area('fa-2'), parking]);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('gives a one-area workshop one column and refuses an unknown focus area', () => {
    const plan = started('fa-2');
    expect(boardColumns(plan, workshop(plan))).toEqual([area('fa-2'), parking]);
    const unknown = samplePlan();
    expect(
      startWorkshop(unknown, {
        title: 'x',
        date: '2027-01-12',
        focusAreaId: 'fa-9',
        votesPerPerson: 3,
        participants: 0,
      }),
    ).toBe(unknown);
  });

  it('changes settings in whole numbers and ignores a change that changes nothing', () => {
    const plan = started();
    const next = updateWorkshop(plan, 'w-1', { votesPerPerson: 5.7, participants: -2 });
    expect(workshop(next).votesPerPerson).toBe(5);
    expect(workshop(next).participants).toBe(0);
    expect(updateWorkshop(next, 'w-1', { votesPerPerson: 5 })).toBe(next);
  });
});

describe('capture and edit', () => {
  it('puts a typed idea as a card at the end of the chosen column; empty text is ignored', () => {
    const plan = withCards([
      ['Boligtorg i bydelen', area('fa-1')],
      ['Bolig først-team', area('fa-2')],
      ['  Felles kontor  ', area('fa-1')],
      ['Studietur', parking],
    ]);
    expect(texts(plan, area('fa-1'))).toEqual(['Boligtorg i bydelen', 'Felles kontor']);
    expect(texts(plan, area('fa-2'))).toEqual(['Bolig først-team']);
    expect(texts(plan, parking)).toEqual(['Studietur']);
    expect(card(plan, 'c-4')).toMatchObject({ focusAreaId: null, parked: true, votes: 0 });
    expect(captureCard(plan, 'w-1', '   ', area('fa-1'))).toBe(plan);
    expect(findIntegrityProblems(plan)).toEqual([]);
  });

  it('edits the text in place but never empties a card', () => {
    const plan = withCards([['Boligtorg', area('fa-1')]]);
    const edited = editCardText(plan, 'w-1', 'c-1', 'Boligtorg med drop-in ');
    expect(card(edited, 'c-1').text).toBe('Boligtorg med drop-in');
    expect(editCardText(edited, 'w-1', 'c-1', '  ')).toBe(edited);
    expect(editCardText(edited, 'w-1', 'c-1', 'Boligtorg med drop-in')).toBe(edited);
  });
});

describe('sorting the board', () => {
  const four = () =>
    withCards([
      ['A', area('fa-1')],
      ['B', area('fa-1')],
      ['C', area('fa-2')],
      ['D', area('fa-1')],
    ]);

  it('moves a card to another column, last or before a card there', () => {
    const plan = four();
    const moved = moveCard(plan, 'w-1', 'c-1', area('fa-2'));
    expect(texts(moved, area('fa-1'))).toEqual(['B', 'D']);
    expect(texts(moved, area('fa-2'))).toEqual(['C', 'A']);
    const before = moveCard(plan, 'w-1', 'c-4', area('fa-2'), 'c-3');
    expect(texts(before, area('fa-2'))).toEqual(['D', 'C']);
    const within = moveCard(plan, 'w-1', 'c-4', area('fa-1'), 'c-1');
    expect(texts(within, area('fa-1'))).toEqual(['D', 'A', 'B']);
  });

  it('returns the same plan for a move that changes nothing or goes nowhere', () => {
    const plan = four();
    expect(moveCard(plan, 'w-1', 'c-4', area('fa-1'))).toBe(plan);
    expect(moveCard(plan, 'w-1', 'c-1', area('fa-9'))).toBe(plan);
    expect(moveCard(plan, 'w-1', 'c-1', area('fa-1'), 'c-3')).toBe(plan);
  });

  it('knows the columns to the left and right of a card', () => {
    const plan = four();
    const w = workshop(plan);
    expect(neighbourColumn(plan, w, card(plan, 'c-1'), -1)).toBeNull();
    expect(neighbourColumn(plan, w, card(plan, 'c-1'), 1)).toEqual(area('fa-2'));
    expect(neighbourColumn(plan, w, card(plan, 'c-3'), 1)).toEqual(parking);
  });

  it('parks a card and brings it back to its own focus area', () => {
    const plan = four();
    const parked = toggleParked(plan, 'w-1', 'c-3');
    expect(texts(parked, parking)).toEqual(['C']);
    expect(card(parked, 'c-3')).toMatchObject({ parked: true, focusAreaId: 'fa-2' });
    const back = toggleParked(parked, 'w-1', 'c-3');
    expect(texts(back, area('fa-2'))).toEqual(['C']);
    // Captured straight into the parking lot it has no focus area: out to «Hele planen».
    const loose = captureCard(plan, 'w-1', 'E', parking, 'c-5');
    expect(texts(toggleParked(loose, 'w-1', 'c-5'), whole)).toEqual(['E']);
  });

  it('merges two cards: texts joined, votes summed, groups combined, nothing lost', () => {
    let plan = four();
    plan = voteCard(plan, 'w-1', 'c-1', 2);
    plan = voteCard(plan, 'w-1', 'c-3', 3);
    plan = toggleCardTargetGroup(plan, 'w-1', 'c-3', 'tg-1');
    plan = assignCardOwner(plan, 'w-1', 'c-3', { kind: 'partner', id: 'pa-nav' });
    const merged = mergeCards(plan, 'w-1', 'c-1', 'c-3');
    expect(workshop(merged).cards.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-4']);
    expect(card(merged, 'c-1')).toMatchObject({
      text: 'A\nC',
      votes: 5,
      focusAreaId: 'fa-1',
      targetGroupIds: ['tg-1'],
      owner: { kind: 'partner', id: 'pa-nav' },
      mergedFrom: ['C'],
    });
    // Merging again keeps the earlier record, and an edit after it does not lose it.
    const again = editCardText(mergeCards(merged, 'w-1', 'c-2', 'c-1'), 'w-1', 'c-2', 'Kort');
    expect(card(again, 'c-2').mergedFrom).toEqual(['C', 'A\nC']);
    expect(mergeCards(plan, 'w-1', 'c-1', 'c-1')).toBe(plan);
  });
});

describe('ideas for the whole plan', () => {
  const mixed = () =>
    withCards([
      ['A', area('fa-1')],
      ['Felles boligtorg', whole],
      ['C', area('fa-2')],
    ]);

  it('get their own column after the focus areas, only while there is such a card', () => {
    const plan = mixed();
    expect(card(plan, 'c-2')).toMatchObject({ focusAreaId: null, parked: false });
    expect(columnOf(card(plan, 'c-2'))).toEqual(whole);
    expect(boardColumns(plan, workshop(plan))).toEqual([
      area('fa-1'),
      area('fa-2'),
      whole,
      parking,
    ]);
    expect(texts(plan, whole)).toEqual(['Felles boligtorg']);
    expect(texts(plan, parking)).toEqual([]);
    const none = moveCard(plan, 'w-1', 'c-2', area('fa-1'));
    expect(boardColumns(none, workshop(none))).toEqual([area('fa-1'), area('fa-2'), parking]);
    // Capture offers «Hele planen» even when the board does not show it yet.
    expect(captureColumns(none, workshop(none))).toEqual([
      area('fa-1'),
      area('fa-2'),
      whole,
      parking,
    ]);
  });

  it('a one-area workshop shows its area, «Hele planen» and the parking lot', () => {
    const plan = withCards(
      [
        ['B', area('fa-2')],
        ['Hele bydelen', whole],
      ],
      started('fa-2'),
    );
    expect(boardColumns(plan, workshop(plan))).toEqual([area('fa-2'), whole, parking]);
  });

  it('moves into and out of «Hele planen» like between areas', () => {
    const plan = mixed();
    const into = moveCard(plan, 'w-1', 'c-3', whole, 'c-2');
    expect(texts(into, whole)).toEqual(['C', 'Felles boligtorg']);
    expect(card(into, 'c-3')).toMatchObject({ focusAreaId: null, parked: false });
    const out = moveCard(plan, 'w-1', 'c-2', area('fa-2'));
    expect(card(out, 'c-2')).toMatchObject({ focusAreaId: 'fa-2', parked: false });
    expect(moveCard(plan, 'w-1', 'c-2', whole)).toBe(plan);
    // From parking straight to «Hele planen»: unparked and without a focus area.
    const fromParking = moveCard(toggleParked(plan, 'w-1', 'c-1'), 'w-1', 'c-1', whole);
    expect(card(fromParking, 'c-1')).toMatchObject({ focusAreaId: null, parked: false });
  });

  it('has neighbours on both sides for the keyboard', () => {
    const plan = mixed();
    const w = workshop(plan);
    expect(neighbourColumn(plan, w, card(plan, 'c-2'), -1)).toEqual(area('fa-2'));
    expect(neighbourColumn(plan, w, card(plan, 'c-2'), 1)).toEqual(parking);
    expect(neighbourColumn(plan, w, card(plan, 'c-3'), 1)).toEqual(whole);
  });

  it('parks and unparks back to «Hele planen»', () => {
    const plan = mixed();
    const parked = toggleParked(plan, 'w-1', 'c-2');
    expect(texts(parked, parking)).toEqual(['Felles boligtorg']);
    expect(boardColumns(parked, workshop(parked))).not.toContainEqual(whole);
    const back = toggleParked(parked, 'w-1', 'c-2');
    expect(texts(back, whole)).toEqual(['Felles boligtorg']);
    expect(card(back, 'c-2')).toMatchObject({ focusAreaId: null, parked: false });
  });

  it('cannot be accepted or promoted until moved to a focus area', () => {
    const plan = mixed();
    expect(canPromote(card(plan, 'c-2'))).toBe(false);
    expect(setCardAccepted(plan, 'w-1', 'c-2', true)).toBe(plan);
    expect(promoteAcceptedCards(plan, 'w-1')).toBe(plan);
    const moved = moveCard(plan, 'w-1', 'c-2', area('fa-1'));
    const accepted = setCardAccepted(moved, 'w-1', 'c-2', true);
    const promoted = promoteAcceptedCards(accepted, 'w-1', () => 'm-new');
    expect(card(promoted, 'c-2').measureId).toBe('m-new');
  });
});

describe('prioritising and assigning', () => {
  it('counts votes up and down, never below zero, and sorts by votes keeping ties in order', () => {
    let plan = withCards([
      ['A', area('fa-1')],
      ['B', area('fa-1')],
      ['C', area('fa-1')],
    ]);
    plan = voteCard(plan, 'w-1', 'c-3', 1);
    plan = voteCard(plan, 'w-1', 'c-3', 1);
    plan = voteCard(plan, 'w-1', 'c-2', 1);
    expect(voteCard(plan, 'w-1', 'c-1', -1)).toBe(plan);
    expect(texts(plan, area('fa-1'), true)).toEqual(['C', 'B', 'A']);
    expect(texts(voteCard(plan, 'w-1', 'c-3', -1), area('fa-1'), true)).toEqual(['B', 'C', 'A']);
    expect(voteTally(workshop(plan))).toEqual({ cast: 3, available: 24 });
    expect(voteTally(workshop(updateWorkshop(plan, 'w-1', { participants: 0 })))).toEqual({
      cast: 3,
      available: null,
    });
  });

  it('assigns an owner and toggles target groups that exist', () => {
    let plan = withCards([['A', area('fa-1')]]);
    plan = assignCardOwner(plan, 'w-1', 'c-1', { kind: 'person', id: 'p-lise' });
    expect(card(plan, 'c-1').owner).toEqual({ kind: 'person', id: 'p-lise' });
    expect(assignCardOwner(plan, 'w-1', 'c-1', { kind: 'person', id: 'p-lise' })).toBe(plan);
    plan = toggleCardTargetGroup(plan, 'w-1', 'c-1', 'tg-1');
    expect(card(plan, 'c-1').targetGroupIds).toEqual(['tg-1']);
    expect(card(toggleCardTargetGroup(plan, 'w-1', 'c-1', 'tg-1'), 'c-1').targetGroupIds).toEqual(
      [],
    );
    expect(toggleCardTargetGroup(plan, 'w-1', 'c-1', 'tg-9')).toBe(plan);
    expect(findIntegrityProblems(plan)).toEqual([]);
  });
});

describe('promoting cards to measures', () => {
  function voted(): Plan {
    let plan = withCards([
      ['Boligtorg\nÅpent hver tirsdag', area('fa-1')],
      ['Felles kontor', area('fa-1')],
      ['Bolig først', area('fa-2')],
      ['Studietur', area('fa-2')],
      ['Kurs i husleierett', area('fa-1')],
    ]);
    plan = voteCard(plan, 'w-1', 'c-2', 4);
    plan = voteCard(plan, 'w-1', 'c-1', 2);
    plan = assignCardOwner(plan, 'w-1', 'c-1', { kind: 'person', id: 'p-lise' });
    plan = toggleCardTargetGroup(plan, 'w-1', 'c-3', 'tg-1');
    plan = toggleParked(plan, 'w-1', 'c-4');
    for (const id of ['c-1', 'c-2', 'c-3']) plan = setCardAccepted(plan, 'w-1', id, true);
    return plan;
  }

  it('cannot accept a parked card', () => {
    const plan = voted();
    expect(setCardAccepted(plan, 'w-1', 'c-4', true)).toBe(plan);
  });

  it('makes measures with the next codes, most votes first, with owner and target groups', () => {
    const plan = voted();
    let n = 0;
    const promoted = promoteAcceptedCards(plan, 'w-1', () => `m-new-${++n}`);
    const made = promoted.measures.filter((m) => m.id.startsWith('m-new-'));
    expect(made.map((m) => [m.code, m.title, m.focusAreaId])).toEqual([
      ['1B', 'Felles kontor', 'fa-1'],
      ['1C', 'Boligtorg', 'fa-1'],
      ['2A', 'Bolig først', 'fa-2'],
    ]);
    expect(made[1]).toMatchObject({
      description: 'Åpent hver tirsdag',
      owner: { kind: 'person', id: 'p-lise' },
      // A promoted card has no status yet: «ikke angitt», not «Ny».
      status: null,
    });
    expect(made[2]!.targetGroupIds).toEqual(['tg-1']);
    expect(card(promoted, 'c-2').measureId).toBe('m-new-1');

    const outcome = workshopOutcome(promoted, workshop(promoted));
    expect(outcome.promoted.map((p) => p.measure?.code)).toEqual(['1B', '1C', '2A']);
    // Parking moved «Studietur» last in the workshop's card order.
    expect(outcome.notes.map((c) => c.text)).toEqual(['Kurs i husleierett', 'Studietur']);
    expect(findIntegrityProblems(promoted)).toEqual([]);
    // Promoting again makes nothing new; promoted cards no longer move or merge.
    expect(promoteAcceptedCards(promoted, 'w-1')).toBe(promoted);
    expect(moveCard(promoted, 'w-1', 'c-1', parking)).toBe(promoted);
    expect(mergeCards(promoted, 'w-1', 'c-5', 'c-1')).toBe(promoted);
  });

  it('undoes the whole workshop: the plan is as it was before it started', () => {
    const before = samplePlan();
    let plan = startWorkshop(
      before,
      { title: 'V', date: '2027-01-12', focusAreaId: null, votesPerPerson: 3, participants: 6 },
      'w-1',
    );
    plan = withCards(
      [
        ['A', area('fa-1')],
        ['B', area('fa-2')],
      ],
      plan,
    );
    plan = setCardAccepted(plan, 'w-1', 'c-1', true);
    plan = promoteAcceptedCards(plan, 'w-1', () => 'm-from-card');
    expect(plan.measures).toHaveLength(2);
    expect(undoWorkshop(plan, 'w-1')).toEqual(before);
    expect(undoWorkshop(before, 'w-1')).toBe(before);
  });
});

describe('older plan files', () => {
  it('read workshops without the newer fields, with defaults', () => {
    const plan = withCards([['A', area('fa-1')]]);
    const old = JSON.parse(JSON.stringify(plan));
    delete old.workshops[0].participants;
    delete old.workshops[0].cards[0].accepted;
    delete old.workshops[0].cards[0].mergedFrom;
    const parsed = planSchema.parse(old);
    expect(parsed.workshops[0]).toMatchObject({ participants: 0 });
    expect(parsed.workshops[0]!.cards[0]).toMatchObject({ accepted: false, mergedFrom: [] });
  });
});
