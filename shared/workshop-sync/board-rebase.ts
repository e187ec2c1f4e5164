import type { Plan } from '../model/plan';
import type { Workshop, WorkshopCard } from '../model/workshop';
import { newWorkshopCard } from '../plan/workshop-operations';
import { FACILITATOR } from './board-doc';
import type { SeenBoard } from './board-digest';

// Board → plan: what the participants changed since the window last looked, as plain data, and
// how it goes into one snapshot of the plan. The session applies it to every snapshot of its
// undo history (PlanSession.rebase), so the facilitator's Ctrl+Z never takes a participant's
// card off the board. Only cards a participant wrote are theirs to change; the facilitator's
// cards reach the plan through the facilitator's own edits.

export interface ParticipantChanges {
  /** New cards, oldest first; their votes arrive as voteDeltas. */
  added: WorkshopCard[];
  /** Text or focus area changed by the author. */
  edited: { id: string; text: string; focusAreaId: string | null }[];
  /** Deleted by the author, or the author was removed. */
  removed: string[];
  /** Change of the participants' votes per card, as given (merges followed when applied). */
  voteDeltas: ReadonlyMap<string, number>;
  /** Participants on the board now. */
  participants: number;
  merges: ReadonlyMap<string, string>;
  /** Who wrote the new cards (first name, or '' when none was given), for the announcement. */
  addedBy: string[];
}

const isParticipants = (authorId: string) => authorId !== FACILITATOR;

export function participantChanges(prev: SeenBoard, next: SeenBoard): ParticipantChanges {
  const added: WorkshopCard[] = [];
  const addedBy: string[] = [];
  const edited: ParticipantChanges['edited'] = [];
  const removed: string[] = [];
  for (const [id, card] of next.cards) {
    if (!isParticipants(card.authorId)) continue;
    const before = prev.cards.get(id);
    const wasLive = before?.live === true;
    if (card.live && !wasLive && !next.merges.has(id)) {
      added.push(newWorkshopCard(id, card.text, { focusAreaId: card.focusAreaId }));
      addedBy.push(next.names.get(card.authorId) ?? '');
    } else if (!card.live && wasLive) {
      removed.push(id);
    } else if (
      card.live &&
      before &&
      (before.text !== card.text || before.focusAreaId !== card.focusAreaId)
    ) {
      edited.push({ id, text: card.text, focusAreaId: card.focusAreaId });
    }
  }
  const voteDeltas = new Map<string, number>();
  for (const id of new Set([...prev.participantVotes.keys(), ...next.participantVotes.keys()])) {
    const delta = (next.participantVotes.get(id) ?? 0) - (prev.participantVotes.get(id) ?? 0);
    if (delta !== 0) voteDeltas.set(id, delta);
  }
  return {
    added,
    edited,
    removed,
    voteDeltas,
    participants: next.names.size,
    merges: next.merges,
    addedBy,
  };
}

export function hasParticipantChanges(changes: ParticipantChanges, workshop: Workshop): boolean {
  return (
    changes.added.length + changes.edited.length + changes.removed.length > 0 ||
    changes.voteDeltas.size > 0 ||
    changes.participants > workshop.participants
  );
}

/** The participants' changes in one snapshot's workshop (the same object when none applies). */
export function applyParticipantChanges(workshop: Workshop, changes: ParticipantChanges): Workshop {
  const removed = new Set(changes.removed);
  const edits = new Map(changes.edited.map((e) => [e.id, e]));
  const has = new Set(workshop.cards.map((c) => c.id));
  let changed = false;
  let cards = workshop.cards.flatMap((card) => {
    if (removed.has(card.id)) {
      changed = true;
      return [];
    }
    const edit = edits.get(card.id);
    // A card that became a measure keeps its text, as in the plan (editCardText).
    if (!edit || card.measureId !== null) return [card];
    if (edit.text === card.text && edit.focusAreaId === card.focusAreaId) return [card];
    changed = true;
    return [{ ...card, text: edit.text, focusAreaId: edit.focusAreaId }];
  });
  const fresh = changes.added.filter((c) => !has.has(c.id));
  if (fresh.length > 0) {
    changed = true;
    cards = [...cards, ...fresh];
  }
  for (const [id, delta] of changes.voteDeltas) {
    const target = cardIn(cards, id, changes.merges);
    if (target === null) continue;
    const card = cards[target]!;
    const votes = Math.max(0, card.votes + delta);
    if (votes === card.votes) continue;
    changed = true;
    cards = cards.map((c, i) => (i === target ? { ...c, votes } : c));
  }
  const participants = Math.max(workshop.participants, changes.participants);
  if (!changed && participants === workshop.participants) return workshop;
  return { ...workshop, cards, participants };
}

/** The change of a plan (any snapshot) for PlanSession.rebase. */
export function rebasePlan(workshopId: string, changes: ParticipantChanges) {
  return (plan: Plan): Plan => {
    const workshop = plan.workshops.find((w) => w.id === workshopId);
    if (!workshop) return plan;
    const next = applyParticipantChanges(workshop, changes);
    return next === workshop
      ? plan
      : { ...plan, workshops: plan.workshops.map((w) => (w.id === workshopId ? next : w)) };
  };
}

/** Where a vote on card `id` counts in this snapshot: the card, or the card it was merged into. */
function cardIn(
  cards: WorkshopCard[],
  id: string,
  merges: ReadonlyMap<string, string>,
): number | null {
  let at: string | undefined = id;
  for (let step = 0; at !== undefined && step <= merges.size; step++) {
    const index = cards.findIndex((c) => c.id === at);
    if (index >= 0) return index;
    at = merges.get(at);
  }
  return null;
}
