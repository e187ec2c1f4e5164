import * as Y from 'yjs';
import { newId } from '../plan/new-id';
import {
  FACILITATOR,
  cardsOf,
  participantsOf,
  readCardFields,
  readParticipant,
  readSettings,
  votesOf,
  type BoardCardFields,
  type BoardMap,
} from './board-doc';
import { ownVotes } from './board-read';
import { BOARD_LIMITS } from './board-sync';

// What a participant does on their own copy of the board (the facilitator may do the same). Each
// action is one transaction, so it travels as one update; each returns whether anything changed.
// The same limits are checked again on the server (board-rules.ts): these keep an honest client
// from sending what would be refused.

/** Joins the board (or changes one's name). An empty name is allowed: names are optional. */
export function joinBoard(
  doc: Y.Doc,
  participantId: string,
  name = '',
  now: Date = new Date(),
): boolean {
  const clean = name.trim().slice(0, BOARD_LIMITS.nameLength);
  const entry = participantsOf(doc).get(participantId);
  if (entry instanceof Y.Map) {
    const current = readParticipant(entry);
    if (current.removed || current.name === clean) return false;
    entry.set('name', clean);
    return true;
  }
  if (readSettings(doc).joiningLocked) return false;
  doc.transact(() => {
    participantsOf(doc).set(
      participantId,
      filled({ name: clean, joinedAt: now.toISOString(), removed: false }),
    );
  });
  return true;
}

/** Why the board would not take this text as an idea, in bokmål, or null. */
export function ideaTextProblem(text: string): string | null {
  const clean = text.trim();
  if (!clean) return 'Skriv ideen først.';
  if (clean.length > BOARD_LIMITS.ideaLength) {
    return `Ideen er for lang: ${clean.length} tegn, høyst ${BOARD_LIMITS.ideaLength}. Gjør den kortere.`;
  }
  return null;
}

/** Why the board would not take one more idea from this participant, in bokmål, or null. */
export function newIdeaProblem(doc: Y.Doc, participantId: string, text: string): string | null {
  const textProblem = ideaTextProblem(text);
  if (textProblem) return textProblem;
  if (ideasBy(doc, participantId) >= BOARD_LIMITS.ideasPerParticipant) {
    return `Du har nådd grensen på ${BOARD_LIMITS.ideasPerParticipant} ideer. Slett en idé for å skrive en ny.`;
  }
  if (ideasBy(doc, participantId, true) >= BOARD_LIMITS.ideasWrittenPerParticipant) {
    return `Du har skrevet ${BOARD_LIMITS.ideasWrittenPerParticipant} ideer, som er det meste én deltaker kan skrive.`;
  }
  return null;
}

/** Adds an idea; returns its id, or null when the board would not take it (newIdeaProblem). */
export function addIdea(
  doc: Y.Doc,
  authorId: string,
  text: string,
  focusAreaId: string | null,
  id: string = newId(),
  now: Date = new Date(),
): string | null {
  const problem =
    authorId === FACILITATOR ? ideaTextProblem(text) : newIdeaProblem(doc, authorId, text);
  if (problem !== null) return null;
  const clean = text.trim();
  const card: BoardCardFields = {
    text: clean,
    focusAreaId,
    authorId,
    createdAt: now.toISOString(),
    parked: false,
    accepted: false,
    mergedInto: null,
    mergedFrom: [],
    deleted: false,
    owner: null,
    targetGroupIds: [],
    measureId: null,
  };
  doc.transact(() => cardsOf(doc).set(id, filled(card)));
  return id;
}

/** Changes an idea's text and, when given, its focus area. Empty text is ignored. */
export function editIdea(
  doc: Y.Doc,
  cardId: string,
  text: string,
  focusAreaId?: string | null,
): boolean {
  const card = cardsOf(doc).get(cardId);
  if (!(card instanceof Y.Map) || ideaTextProblem(text) !== null) return false;
  const clean = text.trim();
  const current = readCardFields(card);
  const areaChanges = focusAreaId !== undefined && focusAreaId !== current.focusAreaId;
  // A card that became a measure keeps its text, as in the plan (editCardText).
  if (current.deleted || current.measureId !== null) return false;
  if (current.text === clean && !areaChanges) return false;
  doc.transact(() => {
    if (current.text !== clean) card.set('text', clean);
    if (areaChanges) card.set('focusAreaId', focusAreaId);
  });
  return true;
}

export function deleteIdea(doc: Y.Doc, cardId: string): boolean {
  const card = cardsOf(doc).get(cardId);
  if (!(card instanceof Y.Map) || readCardFields(card).deleted) return false;
  card.set('deleted', true);
  return true;
}

/**
 * Gives (+1) or takes back (-1) a vote. A participant stays within votesPerPerson; the
 * facilitator's votes (those counted by hand in the room) have no limit. Never below zero.
 */
export function vote(doc: Y.Doc, voterId: string, cardId: string, delta: 1 | -1): boolean {
  const card = cardsOf(doc).get(cardId);
  if (!(card instanceof Y.Map) || readCardFields(card).deleted) return false;
  const votes = votesOf(doc);
  const mine = votes.get(voterId);
  const now = mine instanceof Y.Map ? (mine.get(cardId) ?? 0) : 0;
  if (delta < 0 && now === 0) return false;
  if (delta > 0 && voterId !== FACILITATOR && ownVotes(doc, voterId).left === 0) return false;
  doc.transact(() => {
    let map = mine;
    if (!(map instanceof Y.Map)) {
      map = new Y.Map<number>();
      votes.set(voterId, map);
    }
    if (now + delta === 0) map.delete(cardId);
    else map.set(cardId, now + delta);
  });
  return true;
}

/** How many ideas an author has on the board (or has written, deleted ones too). */
export function ideasBy(doc: Y.Doc, authorId: string, withDeleted = false): number {
  let n = 0;
  for (const card of cardsOf(doc).values()) {
    if (!(card instanceof Y.Map) || card.get('authorId') !== authorId) continue;
    if (withDeleted || card.get('deleted') !== true) n++;
  }
  return n;
}

/** A Y.Map holding the fields of a plain object. */
export function filled(fields: object): BoardMap {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}
