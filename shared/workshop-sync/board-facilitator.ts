import * as Y from 'yjs';
import type { PartyRef } from '../model/primitives';
import {
  cardsOf,
  participantsOf,
  readCardFields,
  readParticipant,
  settingsOf,
  votesOf,
  type BoardMap,
  type BoardSettings,
} from './board-doc';

// What only the facilitator does (board-rules.ts refuses it from participants). The card
// operations mirror shared/plan/workshop-operations.ts, so participants see their result live.

export function setBoardSettings(doc: Y.Doc, settings: Partial<BoardSettings>): void {
  const map = settingsOf(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(settings)) {
      if (value !== undefined && JSON.stringify(map.get(key)) !== JSON.stringify(value)) {
        map.set(key, value);
      }
    }
  });
}

export const revealTotals = (doc: Y.Doc) => setBoardSettings(doc, { totalsHidden: false });
export const lockJoining = (doc: Y.Doc, locked: boolean) =>
  setBoardSettings(doc, { joiningLocked: locked });

/** Takes a participant off the board with their cards and votes; they cannot come back. */
export function removeParticipant(doc: Y.Doc, participantId: string): boolean {
  const entry = participantsOf(doc).get(participantId);
  if (!(entry instanceof Y.Map) || readParticipant(entry).removed) return false;
  doc.transact(() => {
    entry.set('removed', true);
    for (const card of cardsOf(doc).values()) {
      if (card instanceof Y.Map && card.get('authorId') === participantId)
        card.set('deleted', true);
    }
    votesOf(doc).delete(participantId);
  });
  return true;
}

/**
 * Merges card `otherId` into `intoId` as mergeCards in the plan does: texts joined one per line,
 * the other's text kept in mergedFrom, owner and target groups combined. The other card stays in
 * the document marked mergedInto, so its votes count for the merged card without touching
 * anyone's votes (they belong to the participants).
 */
export function mergeIdeas(doc: Y.Doc, intoId: string, otherId: string): boolean {
  const into = liveCard(doc, intoId);
  const other = liveCard(doc, otherId);
  if (!into || !other || intoId === otherId) return false;
  const a = readCardFields(into);
  const b = readCardFields(other);
  if (a.measureId !== null || b.measureId !== null) return false;
  doc.transact(() => {
    into.set('text', `${a.text}\n${b.text}`);
    into.set('mergedFrom', [...a.mergedFrom, ...b.mergedFrom, b.text]);
    into.set('accepted', a.accepted || b.accepted);
    into.set('owner', a.owner ?? b.owner);
    into.set('targetGroupIds', [...new Set([...a.targetGroupIds, ...b.targetGroupIds])]);
    other.set('mergedInto', intoId);
  });
  return true;
}

type CardChange = Partial<{
  parked: boolean;
  accepted: boolean;
  focusAreaId: string | null;
  owner: PartyRef | null;
  targetGroupIds: string[];
  measureId: string | null;
}>;

/** Park, accept, move to a focus area, owner, target groups, the measure it became. */
export function changeIdea(doc: Y.Doc, cardId: string, change: CardChange): boolean {
  const card = liveCard(doc, cardId);
  if (!card) return false;
  const current = readCardFields(card) as unknown as Record<string, unknown>;
  const changed = Object.entries(change).filter(
    ([key, value]) => value !== undefined && JSON.stringify(current[key]) !== JSON.stringify(value),
  );
  if (changed.length === 0) return false;
  doc.transact(() => changed.forEach(([key, value]) => card.set(key, value)));
  return true;
}

function liveCard(doc: Y.Doc, cardId: string): BoardMap | null {
  const card = cardsOf(doc).get(cardId);
  if (!(card instanceof Y.Map)) return null;
  const fields = readCardFields(card);
  return fields.deleted || fields.mergedInto !== null ? null : card;
}
