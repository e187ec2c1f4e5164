import * as Y from 'yjs';
import type { Plan } from '../model/plan';
import type { Workshop, WorkshopCard } from '../model/workshop';
import { filled } from './board-actions';
import {
  FACILITATOR,
  cardsOf,
  readCardFields,
  votesOf,
  type BoardCardFields,
  type BoardFocusArea,
  type BoardMap,
} from './board-doc';
import { setBoardSettings } from './board-facilitator';
import { voteTotals } from './board-read';
import { workshopFromBoard } from './board-to-plan';

// Plan → board: the plan stays the record and every facilitator operation stays a plan operation
// with undo. After each change of the plan's workshop (an edit, undo or redo), writePlanToBoard
// writes whatever differs into the board, so participants see the result live. The way back
// (participants' changes into the plan) is board-rebase.ts. See docs/workshop-sync.md.

/** The origin of the bridge's own transactions, so the window can tell them from the server's. */
export const BRIDGE_ORIGIN = Symbol('board-bridge');

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the facilitator decides, as the plan has them. */
function planFields(card: WorkshopCard): Partial<BoardCardFields> {
  return {
    text: card.text,
    focusAreaId: card.focusAreaId,
    parked: card.parked,
    accepted: card.accepted,
    owner: card.owner,
    targetGroupIds: card.targetGroupIds,
    measureId: card.measureId,
    mergedFrom: card.mergedFrom,
  };
}

function setChanged(map: BoardMap, fields: Partial<BoardCardFields>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (!same(map.get(key), value)) map.set(key, value);
  }
}

/**
 * Writes the plan's workshop into the board in one transaction: cards, their fields, merges,
 * cards gone (capture undone) or back (redone), the facilitator's votes and the settings.
 * Returns whether anything was written; a second call with the same plan writes nothing.
 */
export function writePlanToBoard(
  doc: Y.Doc,
  workshop: Workshop,
  areas: BoardFocusArea[],
  now: Date = new Date(),
): boolean {
  // A transaction that changes nothing sends no update.
  let wrote = false;
  const onUpdate = () => (wrote = true);
  doc.on('update', onUpdate);
  doc.transact(() => {
    writeCards(doc, workshop, now);
    writeFacilitatorVotes(doc, workshop);
    setBoardSettings(doc, {
      title: workshop.title,
      votesPerPerson: workshop.votesPerPerson,
      focusAreas: areas,
    });
  }, BRIDGE_ORIGIN);
  doc.off('update', onUpdate);
  return wrote;
}

function writeCards(doc: Y.Doc, workshop: Workshop, now: Date): void {
  const cards = cardsOf(doc);
  const inPlan = new Map(workshop.cards.map((c) => [c.id, c]));
  workshop.cards.forEach((card, i) => {
    const map = cards.get(card.id);
    if (!(map instanceof Y.Map)) {
      cards.set(
        card.id,
        filled({
          ...planFields(card),
          authorId: FACILITATOR,
          // Participants see cards oldest first; the plan's order stays the plan's.
          createdAt: new Date(now.getTime() + i).toISOString(),
          mergedInto: null,
          deleted: false,
        }),
      );
      return;
    }
    const board = readCardFields(map);
    setChanged(map, {
      ...planFields(card),
      mergedInto: null,
      // A participant's deletion is theirs; only the facilitator's own card comes back.
      ...(board.authorId === FACILITATOR ? { deleted: false } : {}),
    });
  });
  for (const [id, map] of cards.entries()) {
    if (inPlan.has(id) || !(map instanceof Y.Map)) continue;
    const board = readCardFields(map);
    if (board.deleted) continue;
    const into = mergedInto(id, board, workshop, doc);
    if (into !== null) {
      if (board.mergedInto !== into) map.set('mergedInto', into);
    } else if (board.authorId === FACILITATOR) {
      map.set('deleted', true);
    }
  }
}

/**
 * The plan card a board card the plan no longer has went into: the one the board already says,
 * if the plan still has it (following merges), else the plan card whose mergedFrom holds its text.
 */
function mergedInto(id: string, card: BoardCardFields, workshop: Workshop, doc: Y.Doc) {
  const planIds = new Set(workshop.cards.map((c) => c.id));
  const cards = cardsOf(doc);
  let at = card.mergedInto;
  for (let step = 0; at !== null && step <= cards.size; step++) {
    if (planIds.has(at)) return card.mergedInto;
    const next = cards.get(at);
    at = next instanceof Y.Map ? readCardFields(next).mergedInto : null;
  }
  const holder = workshop.cards.find((c) => c.id !== id && c.mergedFrom.includes(card.text));
  return holder?.id ?? null;
}

/** The facilitator's votes on a card are the plan's total minus the participants'. */
function writeFacilitatorVotes(doc: Y.Doc, workshop: Workshop): void {
  const participants = voteTotals(doc, true);
  const votes = votesOf(doc);
  let mine = votes.get(FACILITATOR);
  if (!(mine instanceof Y.Map)) {
    mine = new Y.Map<number>();
    votes.set(FACILITATOR, mine);
  }
  const want = new Map<string, number>();
  for (const card of workshop.cards) {
    const n = card.votes - (participants.get(card.id) ?? 0);
    if (n !== 0) want.set(card.id, n);
  }
  for (const cardId of [...mine.keys()]) {
    if (!want.has(cardId)) mine.delete(cardId);
  }
  for (const [cardId, n] of want) {
    if (mine.get(cardId) !== n) mine.set(cardId, n);
  }
}

/**
 * On connecting: the board's state is brought into every snapshot of the plan once. `present`:
 * the snapshot the window shows; only it takes the facilitator's cards it lacks (written into the
 * board after the file's last save), so a capture undone before sharing stays undone in the rest.
 */
export function planFromBoard(workshopId: string, doc: Y.Doc, present?: Plan) {
  const cards = cardsOf(doc);
  const facilitators = (id: string) => {
    const map = cards.get(id);
    return map instanceof Y.Map && readCardFields(map).authorId === FACILITATOR;
  };
  return (plan: Plan): Plan => {
    const workshop = plan.workshops.find((w) => w.id === workshopId);
    if (!workshop) return plan;
    let next = workshopFromBoard(workshop, doc);
    if (present !== undefined && plan !== present) {
      const had = new Set(workshop.cards.map((c) => c.id));
      next = { ...next, cards: next.cards.filter((c) => had.has(c.id) || !facilitators(c.id)) };
    }
    return same(next, workshop)
      ? plan
      : { ...plan, workshops: plan.workshops.map((w) => (w.id === workshopId ? next : w)) };
  };
}
