import * as Y from 'yjs';
import { addIdea, joinBoard } from './board-actions';
import {
  cardsOf,
  participantsOf,
  readCardFields,
  readParticipant,
  readSettings,
} from './board-doc';

// After a refusal the phone throws its copy of the board away (the server would refuse every
// later change built on the refused one) and starts again from the server's board. What the
// participant wrote that the server never got is carried over as plain data and written again on
// the fresh copy, through the same checked actions, so an idea that broke a rule stays out.

export interface CarriedIdea {
  id: string;
  text: string;
  focusAreaId: string | null;
  createdAt: string;
}

export interface CarriedOver {
  /** The participant's name, when they had joined on the old copy. */
  name: string | null;
  ideas: CarriedIdea[];
}

/** The participant's own entry and ideas (not deleted) on a copy about to be thrown away. */
export function carryOver(doc: Y.Doc, participantId: string): CarriedOver {
  const entry = participantsOf(doc).get(participantId);
  const joined = entry instanceof Y.Map ? readParticipant(entry) : null;
  const ideas: CarriedIdea[] = [];
  for (const [id, map] of cardsOf(doc).entries()) {
    if (!(map instanceof Y.Map)) continue;
    const card = readCardFields(map);
    if (card.authorId !== participantId || card.deleted) continue;
    ideas.push({ id, text: card.text, focusAreaId: card.focusAreaId, createdAt: card.createdAt });
  }
  ideas.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { name: joined && !joined.removed ? joined.name : null, ideas };
}

/**
 * Writes on the fresh copy what it lacks of `carried`; returns the ids of the ideas written. An
 * idea the local checks refuse (too long, too many) is left out; one whose focus area is gone
 * from the board goes under the whole plan rather than being lost.
 */
export function writeCarriedOver(
  doc: Y.Doc,
  participantId: string,
  carried: CarriedOver,
): string[] {
  if (carried.name !== null && !participantsOf(doc).has(participantId)) {
    joinBoard(doc, participantId, carried.name);
  }
  if (!participantsOf(doc).has(participantId)) return [];
  const areas = new Set(readSettings(doc).focusAreas.map((area) => area.id));
  const written: string[] = [];
  for (const idea of carried.ideas) {
    if (cardsOf(doc).has(idea.id)) continue;
    const area = idea.focusAreaId !== null && areas.has(idea.focusAreaId) ? idea.focusAreaId : null;
    const createdAt = new Date(idea.createdAt);
    const when = Number.isNaN(createdAt.getTime()) ? new Date() : createdAt;
    if (addIdea(doc, participantId, idea.text, area, idea.id, when) !== null) written.push(idea.id);
  }
  return written;
}
