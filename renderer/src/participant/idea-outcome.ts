/** The facilitator's decisions on a card that a participant is shown. */
export interface IdeaDecisions {
  parked: boolean;
  accepted: boolean;
  measureId: string | null;
  mergedFrom: readonly string[];
  /** Set on one's own idea when it was merged into another card. */
  mergedInto?: string | null;
}

/**
 * What became of an idea, in short plain words for the tag line under it: empty until the
 * facilitator has done something with it. A promoted card is no longer «accepted» but a measure,
 * and a parked one waits, whatever it was before.
 */
export function ideaOutcome(card: IdeaDecisions): string[] {
  if (card.mergedInto) return ['Slått sammen med en annen idé'];
  const tags: string[] = [];
  if (card.measureId !== null) tags.push('Gjort til tiltak i planen');
  else if (card.parked) tags.push('Parkert');
  else if (card.accepted) tags.push('Godtatt som tiltak');
  const merged = card.mergedFrom.length;
  if (merged === 1) tags.push('Slått sammen med en annen idé');
  else if (merged > 1) tags.push(`Slått sammen med ${merged} andre ideer`);
  return tags;
}
