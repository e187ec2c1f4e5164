import { Map as YMap, type Doc } from 'yjs';
import { FACILITATOR, participantsOf, readParticipant } from '#shared/workshop-sync/board-doc';
import { readBoard } from '#shared/workshop-sync/board-read';

// What the sharing panel shows of a live board, as plain data.

export interface ParticipantRow {
  id: string;
  /** The first name given, or «Deltaker 3» (by joining order). */
  label: string;
  connected: boolean;
  cards: number;
}

export function participantRows(doc: Doc, presence: readonly string[]): ParticipantRow[] {
  const board = readBoard(doc, { showHiddenTotals: true });
  // Numbered among everyone who joined, so «Deltaker 3» stays 3 when someone before is removed.
  const number = new Map(
    [...participantsOf(doc).entries()]
      .map(([id, map]) => ({
        id,
        joinedAt: map instanceof YMap ? readParticipant(map).joinedAt : '',
      }))
      .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id))
      .map((p, i) => [p.id, i + 1]),
  );
  const online = new Set(presence);
  const cards = new Map<string, number>();
  for (const card of board.cards) {
    if (card.authorId !== FACILITATOR)
      cards.set(card.authorId, (cards.get(card.authorId) ?? 0) + 1);
  }
  return board.participants.map((p) => ({
    id: p.id,
    label: p.name.trim() || `Deltaker ${number.get(p.id) ?? ''}`.trim(),
    connected: online.has(p.id),
    cards: cards.get(p.id) ?? 0,
  }));
}

/** «Nytt kort fra Kari», «3 nye kort fra Kari og Ola»: what the board says as cards arrive. */
export function newCardsMessage(names: string[]): string {
  if (names.length === 0) return '';
  const named = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  const from =
    named.length === 0
      ? ''
      : ` fra ${named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} og ${named.at(-1)}`}`;
  return names.length === 1 ? `Nytt kort${from}` : `${names.length} nye kort${from}`;
}
