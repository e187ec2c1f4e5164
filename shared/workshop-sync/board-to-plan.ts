import * as Y from 'yjs';
import type { Workshop, WorkshopCard } from '../model/workshop';
import { filled } from './board-actions';
import {
  FACILITATOR,
  cardsOf,
  createBoard,
  votesOf,
  type BoardCardFields,
  type BoardFocusArea,
} from './board-doc';
import { readBoard } from './board-read';

// The plan file stays the record of a workshop: while the board is open, the facilitator's app
// writes workshopFromBoard into plan.workshops (and keeps the Yjs state beside it), so a crash
// loses nothing received. boardFromWorkshop starts a board from a workshop in the plan, so
// reopening continues the same workshop with the same card ids.

/**
 * The workshop with the board's cards: the board decides every card it knows (text, focus area,
 * votes summed, parked, accepted, merged, owner, target groups, measure), a card deleted, merged
 * away or from a removed participant leaves the workshop, and a card the board never had stays.
 * New cards come last, oldest first.
 */
export function workshopFromBoard(workshop: Workshop, doc: Y.Doc): Workshop {
  const board = readBoard(doc, { showHiddenTotals: true });
  const onBoard = new Map(board.cards.map((c) => [c.id, c]));
  const known = new Set(cardsOf(doc).keys());
  const toPlan = (id: string, old: WorkshopCard | undefined): WorkshopCard => {
    const card = onBoard.get(id)!;
    return {
      id,
      text: card.text,
      focusAreaId: card.focusAreaId,
      parked: card.parked,
      votes: card.votes ?? 0,
      owner: card.owner,
      targetGroupIds: card.targetGroupIds,
      measureId: card.measureId ?? old?.measureId ?? null,
      accepted: card.accepted,
      mergedFrom: card.mergedFrom,
    };
  };
  const inPlan = new Set(workshop.cards.map((c) => c.id));
  const cards = [
    ...workshop.cards.flatMap((c) =>
      !known.has(c.id) ? [c] : onBoard.has(c.id) ? [toPlan(c.id, c)] : [],
    ),
    ...board.cards.filter((c) => !inPlan.has(c.id)).map((c) => toPlan(c.id, undefined)),
  ];
  return {
    ...workshop,
    votesPerPerson: board.settings.votesPerPerson,
    participants: Math.max(workshop.participants, board.counts.participants),
    cards,
  };
}

/**
 * A board holding a workshop's cards as the facilitator's, in the plan's order, with the votes
 * counted in the room as the facilitator's votes. `areas`: the focus areas offered on the board.
 */
export function boardFromWorkshop(workshop: Workshop, areas: BoardFocusArea[]): Y.Doc {
  const doc = createBoard({
    title: workshop.title,
    votesPerPerson: workshop.votesPerPerson,
    focusAreas: areas,
  });
  // createdAt keeps the plan's order on the board (cards sort by it).
  const start = Date.parse(`${workshop.date}T00:00:00Z`) || 0;
  doc.transact(() => {
    const votes = new Y.Map<number>();
    workshop.cards.forEach((card, i) => {
      const fields: BoardCardFields = {
        text: card.text,
        focusAreaId: card.focusAreaId,
        authorId: FACILITATOR,
        createdAt: new Date(start + i).toISOString(),
        parked: card.parked,
        accepted: card.accepted,
        mergedInto: null,
        mergedFrom: card.mergedFrom,
        deleted: false,
        owner: card.owner,
        targetGroupIds: card.targetGroupIds,
        measureId: card.measureId,
      };
      cardsOf(doc).set(card.id, filled(fields));
      if (card.votes > 0) votes.set(card.id, card.votes);
    });
    votesOf(doc).set(FACILITATOR, votes);
  });
  return doc;
}
