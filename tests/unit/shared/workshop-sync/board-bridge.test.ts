import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Plan } from '#shared/model/plan';
import { planSchema } from '#shared/model/plan';
import {
  assignCardOwner,
  captureCard,
  mergeCards,
  promoteAcceptedCards,
  setCardAccepted,
  startWorkshop,
  toggleParked,
  voteCard,
} from '#shared/plan/workshop-operations';
import {
  addIdea,
  deleteIdea,
  editIdea,
  joinBoard,
  vote,
} from '#shared/workshop-sync/board-actions';
import { writePlanToBoard, planFromBoard } from '#shared/workshop-sync/board-bridge';
import { digestBoard, EMPTY_SEEN, type SeenBoard } from '#shared/workshop-sync/board-digest';
import { FACILITATOR, cardsOf, readCardFields, votesOf } from '#shared/workshop-sync/board-doc';
import { removeParticipant } from '#shared/workshop-sync/board-facilitator';
import { readBoard } from '#shared/workshop-sync/board-read';
import {
  hasParticipantChanges,
  participantChanges,
  rebasePlan,
} from '#shared/workshop-sync/board-rebase';
import { boardFromWorkshop } from '#shared/workshop-sync/board-to-plan';
import { samplePlan } from '../../../support/plan-fixtures';

const areas = [
  { id: 'fa-1', name: 'Egnede boliger' },
  { id: 'fa-2', name: 'Booppfølging' },
];
const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 10, minute));
const W = 'w-1';
const inArea = { kind: 'area', focusAreaId: 'fa-1' } as const;

/**
 * The facilitator's window (an undo history of plans, the bridge) and one phone, each with its own
 * Y.Doc, wired together as the server would relay them. Every step runs what the window runs.
 */
function room() {
  let plan = startWorkshop(
    samplePlan(),
    {
      title: 'Verksted',
      date: '2026-12-05',
      focusAreaId: null,
      votesPerPerson: 3,
      participants: 0,
    },
    W,
  );
  plan = captureCard(plan, W, 'Flere utleieboliger', inArea, 'f-1');
  const history = { past: [] as Plan[], present: plan, future: [] as Plan[] };
  const board = boardFromWorkshop(plan.workshops[0]!, areas);
  const phone = new Y.Doc();
  const wire = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'relay') Y.applyUpdate(to, update, 'relay');
    });
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(board), 'relay');
  wire(board, phone);
  wire(phone, board);
  let seen: SeenBoard = EMPTY_SEEN;
  let writes = 0;

  const workshop = (p: Plan = history.present) => p.workshops.find((w) => w.id === W)!;
  const all = () => [...history.past, history.present, ...history.future];
  /** Plan → board, after every change of the plan's workshop. */
  const follow = () => {
    if (writePlanToBoard(board, workshop(), areas, at(30))) writes++;
    seen = digestBoard(board, seen);
  };
  /** Board → plan, after a board change not made by the bridge. */
  const receive = () => {
    const next = digestBoard(board, seen);
    const changes = participantChanges(seen, next);
    seen = next;
    if (!hasParticipantChanges(changes, workshop())) return;
    const change = rebasePlan(W, changes);
    history.past = history.past.map(change);
    history.present = change(history.present);
    history.future = history.future.map(change);
    follow();
  };
  const edit = (change: (p: Plan) => Plan) => {
    const next = change(history.present);
    expect(next).not.toBe(history.present);
    history.past.push(history.present);
    history.present = next;
    history.future = [];
    follow();
  };
  const undo = () => {
    history.future.unshift(history.present);
    history.present = history.past.pop()!;
    follow();
  };
  const redo = () => {
    history.past.push(history.present);
    history.present = history.future.shift()!;
    follow();
  };
  joinBoard(phone, 'kari', 'Kari', at(1));
  receive();
  return {
    board,
    phone,
    history,
    workshop,
    all,
    edit,
    undo,
    redo,
    receive,
    follow,
    writes: () => writes,
    /** What the phone reads: the board as participants see it. */
    phoneCard: (id: string) => readBoard(phone).cards.find((c) => c.id === id),
  };
}

const cardIds = (plan: Plan) => plan.workshops[0]!.cards.map((c) => c.id);
const card = (plan: Plan, id: string) => plan.workshops[0]!.cards.find((c) => c.id === id);

describe('the board bridge', () => {
  it("a participant's card arrives in every snapshot, and undo keeps it", () => {
    const r = room();
    r.edit((p) => captureCard(p, W, 'Booppfølging for unge', inArea, 'f-2'));
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-2', 'k-1', at(2));
    r.receive();
    for (const plan of r.all()) {
      expect(card(plan, 'k-1')).toMatchObject({ text: 'Bolig først', focusAreaId: 'fa-2' });
    }
    expect(r.workshop().participants).toBe(1);
    r.undo();
    expect(cardIds(r.history.present)).toEqual(['f-1', 'k-1']);
    // The facilitator's undone card leaves the phone's board; the participant's stays.
    expect(r.phoneCard('f-2')).toBeUndefined();
    expect(r.phoneCard('k-1')).toBeDefined();
    r.redo();
    expect(cardIds(r.history.present)).toEqual(['f-1', 'f-2', 'k-1']);
    expect(r.phoneCard('f-2')?.text).toBe('Booppfølging for unge');
    expect(planSchema.safeParse(r.history.present).success).toBe(true);
  });

  it('park, accept, owner and promote reach the phone, and undo takes them back', () => {
    const r = room();
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-1', 'k-1', at(2));
    r.receive();
    r.edit((p) => toggleParked(p, W, 'k-1'));
    expect(r.phoneCard('k-1')?.parked).toBe(true);
    r.undo();
    expect(r.phoneCard('k-1')?.parked).toBe(false);
    r.edit((p) => setCardAccepted(p, W, 'k-1', true));
    r.edit((p) => assignCardOwner(p, W, 'k-1', { kind: 'partner', id: 'pa-nav' }));
    expect(r.phoneCard('k-1')).toMatchObject({
      accepted: true,
      owner: { kind: 'partner', id: 'pa-nav' },
    });
    r.edit((p) => promoteAcceptedCards(p, W, () => 'm-new'));
    expect(r.phoneCard('k-1')?.measureId).toBe('m-new');
    r.undo();
    expect(r.phoneCard('k-1')?.measureId).toBeNull();
    r.undo();
    expect(r.phoneCard('k-1')?.owner).toBeNull();
    r.redo();
    r.redo();
    expect(r.phoneCard('k-1')?.measureId).toBe('m-new');
  });

  it('a merge marks the other card merged on the board; undo unmarks it, votes follow', () => {
    const r = room();
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-1', 'k-1', at(2));
    vote(r.phone, 'kari', 'k-1', 1);
    r.receive();
    r.edit((p) => voteCard(p, W, 'f-1', 1));
    r.edit((p) => mergeCards(p, W, 'f-1', 'k-1'));
    expect(card(r.history.present, 'f-1')?.votes).toBe(2);
    expect(r.phoneCard('k-1')).toBeUndefined();
    expect(r.phoneCard('f-1')).toMatchObject({
      text: 'Flere utleieboliger\nBolig først',
      votes: 2,
    });
    // A vote on the merged-away card counts for the merged card, in the plan as on the board.
    joinBoard(r.phone, 'ola', 'Ola', at(3));
    vote(r.phone, 'ola', 'k-1', 1);
    r.receive();
    expect(card(r.history.present, 'f-1')?.votes).toBe(3);
    expect(card(r.history.past.at(-1)!, 'k-1')?.votes).toBe(2);
    expect(r.phoneCard('f-1')?.votes).toBe(3);
    r.undo();
    expect(r.phoneCard('k-1')).toMatchObject({ text: 'Bolig først', votes: 2 });
    expect(r.phoneCard('f-1')).toMatchObject({ text: 'Flere utleieboliger', votes: 1 });
    r.redo();
    expect(r.phoneCard('f-1')?.votes).toBe(3);
    expect(r.phoneCard('k-1')).toBeUndefined();
  });

  it('a participant edits a card the facilitator merged: it shows where the card stands alone', () => {
    const r = room();
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-1', 'k-1', at(2));
    r.receive();
    r.edit((p) => mergeCards(p, W, 'f-1', 'k-1'));
    editIdea(r.phone, 'k-1', 'Bolig først for alle');
    r.receive();
    expect(card(r.history.present, 'f-1')?.text).toBe('Flere utleieboliger\nBolig først');
    expect(card(r.history.present, 'k-1')).toBeUndefined();
    // Still merged on the board (its text no longer matches mergedFrom; the board knew).
    expect(readCardFields(cardsOf(r.board).get('k-1')!).mergedInto).toBe('f-1');
    r.undo();
    expect(card(r.history.present, 'k-1')?.text).toBe('Bolig først for alle');
    expect(r.phoneCard('k-1')?.text).toBe('Bolig først for alle');
  });

  it("the facilitator's votes are the plan's total minus the participants', below zero if need be", () => {
    const r = room();
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-1', 'k-1', at(2));
    vote(r.phone, 'kari', 'k-1', 1);
    vote(r.phone, 'kari', 'k-1', 1);
    r.receive();
    expect(card(r.history.present, 'k-1')?.votes).toBe(2);
    r.edit((p) => voteCard(p, W, 'k-1', -1));
    expect(votesOf(r.board).get(FACILITATOR)?.get('k-1')).toBe(-1);
    expect(r.phoneCard('k-1')?.votes).toBe(1);
    r.undo();
    expect(votesOf(r.board).get(FACILITATOR)?.has('k-1')).toBe(false);
    expect(r.phoneCard('k-1')?.votes).toBe(2);
  });

  it('a participant deletes their card, or is removed: their cards leave every snapshot', () => {
    const r = room();
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-1', 'k-1', at(2));
    addIdea(r.phone, 'kari', 'Husbanken-lån', 'fa-2', 'k-2', at(3));
    vote(r.phone, 'kari', 'f-1', 1);
    r.receive();
    r.edit((p) => toggleParked(p, W, 'k-1'));
    deleteIdea(r.phone, 'k-1');
    r.receive();
    for (const plan of r.all()) expect(cardIds(plan)).toEqual(['f-1', 'k-2']);
    expect(card(r.history.present, 'f-1')?.votes).toBe(1);
    removeParticipant(r.board, 'kari');
    r.receive();
    for (const plan of r.all()) {
      expect(cardIds(plan)).toEqual(['f-1']);
      expect(card(plan, 'f-1')?.votes).toBe(0);
    }
    expect(readBoard(r.phone).cards.map((c) => c.id)).toEqual(['f-1']);
  });

  it('never loops: a second pass writes nothing, nor does following a rebased change', () => {
    const r = room();
    r.edit((p) => captureCard(p, W, 'Bostøtte', inArea, 'f-2'));
    const writes = r.writes();
    r.follow();
    expect(r.writes()).toBe(writes);
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-1', 'k-1', at(2));
    vote(r.phone, 'kari', 'k-1', 1);
    editIdea(r.phone, 'k-1', 'Bolig først nå', 'fa-2');
    r.receive(); // rebases, then follows
    expect(r.writes()).toBe(writes);
    expect(writePlanToBoard(r.board, r.workshop(), areas, at(40))).toBe(false);
  });

  it('on connecting, the board is brought into every snapshot once', () => {
    const r = room();
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-1', 'k-1', at(2));
    const change = planFromBoard(W, r.board);
    const plan = change(r.history.present);
    expect(cardIds(plan)).toEqual(['f-1', 'k-1']);
    expect(change(plan)).toBe(plan);
  });

  it("on connecting, other snapshots take the participants' new cards, not the facilitator's", () => {
    const r = room();
    const before = r.history.present;
    r.edit((p) => captureCard(p, W, 'Bostøtte', inArea, 'f-2'));
    addIdea(r.phone, 'kari', 'Bolig først', 'fa-1', 'k-1', at(2));
    const change = planFromBoard(W, r.board, r.history.present);
    expect(cardIds(change(r.history.present))).toEqual(['f-1', 'f-2', 'k-1']);
    expect(cardIds(change(before))).toEqual(['f-1', 'k-1']);
  });
});
