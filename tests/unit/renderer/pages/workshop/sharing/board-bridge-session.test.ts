import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { Plan } from '#shared/model/plan';
import {
  captureCard,
  mergeCards,
  startWorkshop,
  undoWorkshop,
  voteCard,
} from '#shared/plan/workshop-operations';
import { addIdea, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { removeParticipant } from '#shared/workshop-sync/board-facilitator';
import type { BoardLink } from '#shared/workshop-sync/board-link';
import { readBoard } from '#shared/workshop-sync/board-read';
import { boardFromWorkshop } from '#shared/workshop-sync/board-to-plan';
import { BoardBridgeSession } from '../../../../../../renderer/src/pages/workshop/sharing/board-bridge-session';
import { AUTOSAVE_DELAY_MS } from '../../../../../../renderer/src/state/autosaver';
import { PlanSession } from '../../../../../../renderer/src/state/plan-session';
import { samplePlan } from '../../../../../support/plan-fixtures';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const areas = [
  { id: 'fa-1', name: 'Egnede boliger' },
  { id: 'fa-2', name: 'Booppfølging' },
];
const W = 'w-1';
const inArea = { kind: 'area', focusAreaId: 'fa-1' } as const;

/** A BoardLink on an in-memory Y.Doc (what connectBoard gives the window, without a socket). */
function memoryLink(doc: Y.Doc, status: BoardLink['status'] = 'online'): BoardLink {
  return {
    doc,
    status,
    participantId: null,
    presence: [],
    refusal: null,
    subscribe: (listener) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    close: () => {},
  };
}

function setUp() {
  const plan = captureCard(
    startWorkshop(
      samplePlan(),
      {
        title: 'Verksted',
        date: '2026-12-05',
        focusAreaId: null,
        votesPerPerson: 3,
        participants: 0,
      },
      W,
    ),
    W,
    'Flere utleieboliger',
    inArea,
    'f-1',
  );
  const saved: Plan[] = [];
  const session = new PlanSession(
    { path: '/planer/a.bsplan', fileName: 'a.bsplan', plan, revision: 'r0', migratedFrom: null },
    {
      savePlan: async ({ plan }) => {
        saved.push(plan as Plan);
        return { ok: true, revision: `r${saved.length}`, savedAt: new Date().toISOString() };
      },
      adoptPlan: () => Promise.reject(new Error('ikke brukt')),
      restoreVersion: () => Promise.reject(new Error('ikke brukt')),
    },
  );
  // The server's board (started from the plan) and a phone, relayed to each other.
  const board = boardFromWorkshop(plan.workshops[0]!, areas);
  const phone = new Y.Doc();
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(board));
  const relay = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== 'relay') Y.applyUpdate(to, u, 'relay');
    });
  relay(board, phone);
  relay(phone, board);
  const added: string[][] = [];
  const bridge = new BoardBridgeSession(session, memoryLink(board), {
    workshopId: W,
    areas,
    onCardsAdded: (names) => added.push(names),
  });
  const cards = () => session.plan.workshops[0]!.cards;
  return { session, saved, board, phone, bridge, added, cards };
}

describe('the shared board in the window (BoardBridgeSession)', () => {
  it("a participant's card lands in the plan, is saved, and survives the facilitator's undo", async () => {
    const { session, saved, phone, added, cards } = setUp();
    session.edit((p) => captureCard(p, W, 'Bostøtte', inArea, 'f-2'));
    expect(readBoard(phone).cards.map((c) => c.text)).toEqual(['Flere utleieboliger', 'Bostøtte']);
    joinBoard(phone, 'kari', 'Kari');
    addIdea(phone, 'kari', 'Bolig først', 'fa-2', 'k-1');
    expect(added).toEqual([['Kari']]);
    expect(cards().map((c) => c.id)).toEqual(['f-1', 'f-2', 'k-1']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved.at(-1)!.workshops[0]!.cards.map((c) => c.id)).toContain('k-1');
    session.undo();
    expect(cards().map((c) => c.id)).toEqual(['f-1', 'k-1']);
    expect(readBoard(phone).cards.map((c) => c.id)).toEqual(['f-1', 'k-1']);
    session.redo();
    expect(readBoard(phone).cards.map((c) => c.id)).toEqual(['f-1', 'k-1', 'f-2']);
  });

  it('merge, votes and removing a participant stay in step on both sides', () => {
    const { session, board, phone, cards } = setUp();
    joinBoard(phone, 'kari', 'Kari');
    addIdea(phone, 'kari', 'Bolig først', 'fa-1', 'k-1');
    vote(phone, 'kari', 'k-1', 1);
    session.edit((p) => voteCard(p, W, 'f-1', 1));
    session.edit((p) => mergeCards(p, W, 'f-1', 'k-1'));
    expect(readBoard(phone).cards).toMatchObject([{ id: 'f-1', votes: 2 }]);
    expect(cards()).toMatchObject([{ id: 'f-1', votes: 2 }]);
    session.undo();
    expect(readBoard(phone).cards).toMatchObject([
      { id: 'f-1', votes: 1 },
      { id: 'k-1', votes: 1 },
    ]);
    removeParticipant(board, 'kari');
    expect(cards().map((c) => c.id)).toEqual(['f-1']);
    // Redoing the merge: their vote is gone; the merged text is the facilitator's card now.
    session.redo();
    expect(cards()).toMatchObject([{ id: 'f-1', votes: 1 }]);
    expect(readBoard(phone).cards).toMatchObject([{ id: 'f-1', votes: 1 }]);
  });

  it('on connecting brings what the board has into the plan; disposed, it follows no more', () => {
    const { session, board, phone, bridge, cards } = setUp();
    bridge.dispose();
    joinBoard(phone, 'ola', '');
    addIdea(phone, 'ola', 'Husbanken-lån', null, 'o-1');
    expect(cards().map((c) => c.id)).toEqual(['f-1']);
    const again = new BoardBridgeSession(session, memoryLink(board), { workshopId: W, areas });
    expect(cards().map((c) => c.id)).toEqual(['f-1', 'o-1']);
    expect(session.getSnapshot().canUndo).toBe(false);
    again.dispose();
  });

  it('waits until the link has the server board: an empty board is never read as the board', () => {
    const { session, board, cards } = setUp();
    const empty = new Y.Doc();
    // The socket is open (online) but the server's board has not come yet (connectBoard's synced).
    const link = { ...memoryLink(empty, 'online'), synced: false };
    const listeners: (() => void)[] = [];
    link.subscribe = (listener) => (listeners.push(listener), () => {});
    const waiting = new BoardBridgeSession(session, link, { workshopId: W, areas });
    session.edit((p) => captureCard(p, W, 'Bostøtte', inArea, 'f-2'));
    listeners.forEach((l) => l());
    expect(empty.share.size).toBe(0);
    Y.applyUpdate(empty, Y.encodeStateAsUpdate(board));
    link.synced = true;
    listeners.forEach((l) => l());
    expect(cards().map((c) => c.id)).toEqual(['f-1', 'f-2']);
    expect(session.plan.workshops[0]!.votesPerPerson).toBe(3);
    expect(readBoard(empty).cards.map((c) => c.text)).toEqual(['Flere utleieboliger', 'Bostøtte']);
    waiting.dispose();
  });

  it('a card that arrives while the workshop is undone is there when that is undone', () => {
    const { session, phone, cards } = setUp();
    session.edit((p) => undoWorkshop(p, W));
    joinBoard(phone, 'kari', 'Kari');
    addIdea(phone, 'kari', 'Bolig først', 'fa-2', 'k-1');
    expect(session.plan.workshops).toEqual([]);
    session.undo();
    expect(cards().map((c) => c.id)).toEqual(['f-1', 'k-1']);
  });
});
