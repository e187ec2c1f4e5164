import * as Y from 'yjs';
import {
  FACILITATOR,
  authorPresent,
  cardsOf,
  participantsOf,
  readCardFields,
  readParticipant,
  readSettings,
  votesBy,
  votesOf,
  type BoardCardFields,
  type BoardSettings,
} from './board-doc';

// The plain view of a board that screens and the plan mapping read; never a Yjs type.

export interface BoardCard extends Omit<BoardCardFields, 'deleted' | 'mergedInto'> {
  id: string;
  /** Votes on the card and on the cards merged into it; null while totals are hidden. */
  votes: number | null;
}

export interface BoardParticipant {
  id: string;
  name: string;
  joinedAt: string;
}

export interface BoardView {
  settings: BoardSettings;
  /** The cards on the board, oldest first (deleted, merged-away and removed people's left out). */
  cards: BoardCard[];
  /** Participants still on the board, in the order they joined. */
  participants: BoardParticipant[];
  counts: { cards: number; participants: number; votesCast: number };
}

export interface ReadOptions {
  /** The facilitator's own screen sees totals even while they are hidden from participants. */
  showHiddenTotals?: boolean;
}

/** Every card id that is on the board, with its stored fields. */
function liveCards(doc: Y.Doc): Map<string, BoardCardFields> {
  const live = new Map<string, BoardCardFields>();
  for (const [id, map] of cardsOf(doc).entries()) {
    if (!(map instanceof Y.Map)) continue;
    const card = readCardFields(map);
    if (!card.deleted && authorPresent(doc, card.authorId)) live.set(id, card);
  }
  return live;
}

/** The card a vote on `cardId` counts for (following merges), or null if it is gone. */
function countsFor(cards: Map<string, BoardCardFields>, cardId: string): string | null {
  let id = cardId;
  for (let step = 0; step <= cards.size; step++) {
    const card = cards.get(id);
    if (!card) return null;
    if (card.mergedInto === null) return id;
    id = card.mergedInto;
  }
  return null; // a merge cycle: cannot come from the board's own operations
}

/**
 * Vote totals per card on the board, merges followed (not clamped: the facilitator's votes may be
 * below zero). `participantsOnly` leaves the facilitator's votes out.
 */
export function voteTotals(doc: Y.Doc, participantsOnly = false): Map<string, number> {
  const cards = liveCards(doc);
  const totals = new Map<string, number>();
  for (const voterId of votesOf(doc).keys()) {
    if (participantsOnly && voterId === FACILITATOR) continue;
    for (const [cardId, n] of votesBy(doc, voterId)) {
      const target = countsFor(cards, cardId);
      if (target !== null) totals.set(target, (totals.get(target) ?? 0) + n);
    }
  }
  return totals;
}

export function readBoard(doc: Y.Doc, options: ReadOptions = {}): BoardView {
  const settings = readSettings(doc);
  const totals = voteTotals(doc);
  const hidden = settings.totalsHidden && !options.showHiddenTotals;
  const cards = [...liveCards(doc)]
    .filter(([, card]) => card.mergedInto === null)
    .map(([id, { deleted: _d, mergedInto: _m, ...card }]) => ({
      id,
      ...card,
      votes: hidden ? null : Math.max(0, totals.get(id) ?? 0),
    }))
    .sort(byCreated);
  const participants = [...participantsOf(doc).entries()]
    .flatMap(([id, map]) => {
      if (!(map instanceof Y.Map)) return [];
      const p = readParticipant(map);
      return p.removed ? [] : [{ id, name: p.name, joinedAt: p.joinedAt }];
    })
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id));
  const votesCast = [...totals.values()].reduce((sum, n) => sum + Math.max(0, n), 0);
  return {
    settings,
    cards,
    participants,
    counts: { cards: cards.length, participants: participants.length, votesCast },
  };
}

export interface OwnVotes {
  /** cardId → votes this person gave it (cards no longer on the board left out). */
  perCard: Record<string, number>;
  used: number;
  left: number;
}

/** One participant's own votes: always visible to them, even while totals are hidden. */
export function ownVotes(doc: Y.Doc, participantId: string): OwnVotes {
  const cards = liveCards(doc);
  const perCard: Record<string, number> = {};
  let used = 0;
  for (const [cardId, n] of votesBy(doc, participantId)) {
    if (n === 0 || countsFor(cards, cardId) === null) continue;
    perCard[cardId] = n;
    used += n;
  }
  return { perCard, used, left: Math.max(0, readSettings(doc).votesPerPerson - used) };
}

function byCreated(a: BoardCard, b: BoardCard): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}
