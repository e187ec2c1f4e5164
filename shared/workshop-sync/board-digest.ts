import * as Y from 'yjs';
import {
  FACILITATOR,
  authorPresent,
  cardsOf,
  participantsOf,
  readCardFields,
  readParticipant,
  votesBy,
  votesOf,
} from './board-doc';

// What the facilitator's window last saw of the participants' part of the board, so the bridge
// (board-bridge.ts) can tell what they changed since. Plain data, never a Yjs type.

export interface SeenCard {
  text: string;
  focusAreaId: string | null;
  authorId: string;
  /** Not deleted, and its author still on the board. */
  live: boolean;
}

export interface SeenBoard {
  cards: ReadonlyMap<string, SeenCard>;
  /** Participants' votes per card as given (merges not followed). */
  participantVotes: ReadonlyMap<string, number>;
  /** Every merge ever seen on the board, card → the card it went into; kept after an undo. */
  merges: ReadonlyMap<string, string>;
  /** First names of participants on the board, by id ('' when none was given). */
  names: ReadonlyMap<string, string>;
}

export const EMPTY_SEEN: SeenBoard = {
  cards: new Map(),
  participantVotes: new Map(),
  merges: new Map(),
  names: new Map(),
};

export function digestBoard(doc: Y.Doc, previous: SeenBoard = EMPTY_SEEN): SeenBoard {
  const cards = new Map<string, SeenCard>();
  const merges = new Map(previous.merges);
  for (const [id, map] of cardsOf(doc).entries()) {
    if (!(map instanceof Y.Map)) continue;
    const card = readCardFields(map);
    cards.set(id, {
      text: card.text,
      focusAreaId: card.focusAreaId,
      authorId: card.authorId,
      live: !card.deleted && authorPresent(doc, card.authorId),
    });
    if (card.mergedInto !== null) merges.set(id, card.mergedInto);
  }
  const participantVotes = new Map<string, number>();
  for (const voterId of votesOf(doc).keys()) {
    if (voterId === FACILITATOR) continue;
    for (const [cardId, n] of votesBy(doc, voterId)) {
      if (cards.get(cardId)?.live) {
        participantVotes.set(cardId, (participantVotes.get(cardId) ?? 0) + n);
      }
    }
  }
  const names = new Map<string, string>();
  for (const [id, map] of participantsOf(doc).entries()) {
    if (!(map instanceof Y.Map)) continue;
    const entry = readParticipant(map);
    if (!entry.removed) names.set(id, entry.name);
  }
  return { cards, participantVotes, merges, names };
}
