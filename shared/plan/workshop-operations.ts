import type { Workshop, WorkshopCard } from '../model/workshop';
import type { Plan } from '../model/plan';
import type { IsoDate, PartyRef } from '../model/primitives';
import { addMeasure, removeMeasures } from './measure-operations';
import { newId } from './new-id';

// Pure edits of workshops (verksted). Each returns a new plan, or the very same plan object when
// nothing changes, so every board action is one step in the plan's undo history. Cards are never
// deleted: an idea that does not become a measure stays as a workshop note.

/**
 * Where a card sits on the board: a focus area's column, «Hele planen» (an idea for the whole
 * plan, not tied to one area) or the parking lot.
 */
export type BoardColumn =
  { kind: 'area'; focusAreaId: string } | { kind: 'whole' } | { kind: 'parking' };

export interface WorkshopStart {
  title: string;
  date: IsoDate;
  /** null: the whole plan (one column per focus area). */
  focusAreaId: string | null;
  votesPerPerson: number;
  participants: number;
}

export function startWorkshop(plan: Plan, start: WorkshopStart, id: string = newId()): Plan {
  if (start.focusAreaId !== null && !plan.focusAreas.some((f) => f.id === start.focusAreaId)) {
    return plan;
  }
  const workshop: Workshop = {
    id,
    title: start.title.trim(),
    date: start.date,
    focusAreaId: start.focusAreaId,
    votesPerPerson: wholeNonNegative(start.votesPerPerson),
    participants: wholeNonNegative(start.participants),
    cards: [],
    notes: '',
  };
  return { ...plan, workshops: [...plan.workshops, workshop] };
}

export type WorkshopFields = Partial<
  Pick<Workshop, 'title' | 'votesPerPerson' | 'participants' | 'notes'>
>;

export function updateWorkshop(plan: Plan, workshopId: string, fields: WorkshopFields): Plan {
  const clean: WorkshopFields = { ...fields };
  if (clean.votesPerPerson !== undefined)
    clean.votesPerPerson = wholeNonNegative(clean.votesPerPerson);
  if (clean.participants !== undefined) clean.participants = wholeNonNegative(clean.participants);
  return changeWorkshop(plan, workshopId, (w) =>
    (Object.keys(clean) as (keyof WorkshopFields)[]).every((k) => w[k] === clean[k])
      ? w
      : { ...w, ...clean },
  );
}

/** The focus areas that get a column on the board, in plan order. */
export function boardAreaIds(plan: Plan, workshop: Workshop): string[] {
  if (workshop.focusAreaId !== null) return [workshop.focusAreaId];
  return plan.focusAreas.map((f) => f.id);
}

/** Every column a card can be captured into: the focus areas, «Hele planen», the parking lot. */
export function captureColumns(plan: Plan, workshop: Workshop): BoardColumn[] {
  return [
    ...boardAreaIds(plan, workshop).map((focusAreaId) => ({ kind: 'area' as const, focusAreaId })),
    { kind: 'whole' },
    { kind: 'parking' },
  ];
}

/**
 * The board's columns left to right: the focus areas, «Hele planen» while it holds a card (so a
 * board without such ideas looks as it always did), then the parking lot.
 */
export function boardColumns(plan: Plan, workshop: Workshop): BoardColumn[] {
  const hasWhole = workshop.cards.some((c) => columnOf(c).kind === 'whole');
  return captureColumns(plan, workshop).filter((c) => c.kind !== 'whole' || hasWhole);
}

export function columnOf(card: WorkshopCard): BoardColumn {
  if (card.parked) return { kind: 'parking' };
  return card.focusAreaId === null
    ? { kind: 'whole' }
    : { kind: 'area', focusAreaId: card.focusAreaId };
}

export function sameColumn(a: BoardColumn, b: BoardColumn): boolean {
  return a.kind === 'area'
    ? b.kind === 'area' && a.focusAreaId === b.focusAreaId
    : a.kind === b.kind;
}

/** The cards in one column, in board order (or most votes first). */
export function cardsInColumn(
  workshop: Workshop,
  column: BoardColumn,
  byVotes = false,
): WorkshopCard[] {
  const cards = workshop.cards.filter((c) => sameColumn(columnOf(c), column));
  // Array.prototype.sort is stable, so equal votes keep the order they were captured in.
  return byVotes ? cards.slice().sort((a, b) => b.votes - a.votes) : cards;
}

/** A card as it is first written: no votes, owner or target groups yet, not parked. */
export function newWorkshopCard(
  id: string,
  text: string,
  fields: Partial<WorkshopCard> = {},
): WorkshopCard {
  return {
    id,
    text,
    focusAreaId: null,
    parked: false,
    votes: 0,
    owner: null,
    targetGroupIds: [],
    measureId: null,
    accepted: false,
    mergedFrom: [],
    ...fields,
  };
}

/** Quick capture: a new card at the end of a column. Empty text is ignored. */
export function captureCard(
  plan: Plan,
  workshopId: string,
  text: string,
  column: BoardColumn,
  id: string = newId(),
): Plan {
  const clean = text.trim();
  if (!clean) return plan;
  const card = newWorkshopCard(id, clean, {
    focusAreaId: column.kind === 'area' ? column.focusAreaId : null,
    parked: column.kind === 'parking',
  });
  return changeWorkshop(plan, workshopId, (w) => ({ ...w, cards: [...w.cards, card] }));
}

/** Edits a card's text in place. A card cannot be emptied (that would lose what was typed). */
export function editCardText(plan: Plan, workshopId: string, cardId: string, text: string): Plan {
  const clean = text.trim();
  if (!clean) return plan;
  return changeCard(plan, workshopId, cardId, (c) =>
    c.measureId !== null || c.text === clean ? c : { ...c, text: clean },
  );
}

/**
 * Moves a card to a column (before another card there, or last). Moving to the parking lot keeps
 * the card's focus area, so «Parker» can be undone by unparking. Promoted cards stay put.
 */
export function moveCard(
  plan: Plan,
  workshopId: string,
  cardId: string,
  column: BoardColumn,
  beforeCardId: string | null = null,
): Plan {
  const workshop = plan.workshops.find((w) => w.id === workshopId);
  const card = workshop?.cards.find((c) => c.id === cardId);
  if (!workshop || !card || card.measureId !== null || beforeCardId === cardId) return plan;
  if (column.kind === 'area' && !boardAreaIds(plan, workshop).includes(column.focusAreaId)) {
    return plan;
  }
  const moved: WorkshopCard =
    column.kind === 'parking'
      ? { ...card, parked: true }
      : { ...card, parked: false, focusAreaId: column.kind === 'area' ? column.focusAreaId : null };
  const rest = workshop.cards.filter((c) => c.id !== cardId);
  const before = beforeCardId ? rest.find((c) => c.id === beforeCardId) : undefined;
  if (beforeCardId && (!before || !sameColumn(columnOf(before), column))) return plan;
  const cards = rest.slice();
  cards.splice(before ? rest.indexOf(before) : rest.length, 0, moved);
  const unchanged =
    sameColumn(columnOf(card), column) &&
    card.parked === moved.parked &&
    cardsInColumn({ ...workshop, cards }, column).every(
      (c, i) => c.id === cardsInColumn(workshop, column)[i]?.id,
    );
  return unchanged ? plan : replaceWorkshop(plan, { ...workshop, cards });
}

/** The column to the left (-1) or right (+1) of the card's, or null at the edge. */
export function neighbourColumn(
  plan: Plan,
  workshop: Workshop,
  card: WorkshopCard,
  direction: -1 | 1,
): BoardColumn | null {
  const columns = boardColumns(plan, workshop);
  const here = columns.findIndex((c) => sameColumn(c, columnOf(card)));
  return columns[here + direction] ?? null;
}

/**
 * Parks a card, or brings a parked card back to its focus area. A card without one (an idea for
 * the whole plan, or one captured straight into the parking lot) comes back to «Hele planen»; one
 * whose area is not on this board, to the first column.
 */
export function toggleParked(plan: Plan, workshopId: string, cardId: string): Plan {
  const workshop = plan.workshops.find((w) => w.id === workshopId);
  const card = workshop?.cards.find((c) => c.id === cardId);
  if (!workshop || !card) return plan;
  if (!card.parked) return moveCard(plan, workshopId, cardId, { kind: 'parking' });
  if (card.focusAreaId === null) return moveCard(plan, workshopId, cardId, { kind: 'whole' });
  const areas = boardAreaIds(plan, workshop);
  const home = areas.includes(card.focusAreaId) ? card.focusAreaId : areas[0];
  return home ? moveCard(plan, workshopId, cardId, { kind: 'area', focusAreaId: home }) : plan;
}

/**
 * Merges card `otherId` into card `intoId`: texts joined (one per line), votes summed, target
 * groups combined, the first owner kept, and the merged card's own text remembered in mergedFrom.
 * Cards already promoted to measures are not merged.
 */
export function mergeCards(plan: Plan, workshopId: string, intoId: string, otherId: string): Plan {
  const workshop = plan.workshops.find((w) => w.id === workshopId);
  const into = workshop?.cards.find((c) => c.id === intoId);
  const other = workshop?.cards.find((c) => c.id === otherId);
  if (!workshop || !into || !other || into === other) return plan;
  if (into.measureId !== null || other.measureId !== null) return plan;
  const merged: WorkshopCard = {
    ...into,
    text: `${into.text}\n${other.text}`,
    votes: into.votes + other.votes,
    owner: into.owner ?? other.owner,
    targetGroupIds: [...new Set([...into.targetGroupIds, ...other.targetGroupIds])],
    accepted: into.accepted || other.accepted,
    mergedFrom: [...into.mergedFrom, ...other.mergedFrom, other.text],
  };
  return replaceWorkshop(plan, {
    ...workshop,
    cards: workshop.cards
      .filter((c) => c.id !== otherId)
      .map((c) => (c.id === intoId ? merged : c)),
  });
}

/** Adds (+1) or takes away (-1) votes; never below zero. */
export function voteCard(plan: Plan, workshopId: string, cardId: string, delta: number): Plan {
  return changeCard(plan, workshopId, cardId, (c) => {
    const votes = Math.max(0, c.votes + Math.trunc(delta));
    return votes === c.votes ? c : { ...c, votes };
  });
}

/** Votes given so far, and how many there are to give (null when the head count is not set). */
export function voteTally(workshop: Workshop): { cast: number; available: number | null } {
  const cast = workshop.cards.reduce((sum, c) => sum + c.votes, 0);
  const available =
    workshop.participants > 0 ? workshop.participants * workshop.votesPerPerson : null;
  return { cast, available };
}

export function assignCardOwner(
  plan: Plan,
  workshopId: string,
  cardId: string,
  owner: PartyRef | null,
): Plan {
  return changeCard(plan, workshopId, cardId, (c) =>
    c.owner?.kind === owner?.kind && c.owner?.id === owner?.id ? c : { ...c, owner },
  );
}

/** Adds the target group to the card, or takes it away when the card already has it. */
export function toggleCardTargetGroup(
  plan: Plan,
  workshopId: string,
  cardId: string,
  targetGroupId: string,
): Plan {
  if (!plan.targetGroups.some((t) => t.id === targetGroupId)) return plan;
  return changeCard(plan, workshopId, cardId, (c) => ({
    ...c,
    targetGroupIds: c.targetGroupIds.includes(targetGroupId)
      ? c.targetGroupIds.filter((id) => id !== targetGroupId)
      : [...c.targetGroupIds, targetGroupId],
  }));
}

/** Whether a card can become a measure: it has a focus area and is not parked or promoted. */
export function canPromote(card: WorkshopCard): boolean {
  return card.measureId === null && !card.parked && card.focusAreaId !== null;
}

/** Marks a card as accepted (to become a measure) or takes the mark away. */
export function setCardAccepted(
  plan: Plan,
  workshopId: string,
  cardId: string,
  accepted: boolean,
): Plan {
  return changeCard(plan, workshopId, cardId, (c) =>
    c.accepted === accepted || (accepted && !canPromote(c)) ? c : { ...c, accepted },
  );
}

/**
 * «Gjør til tiltak»: every accepted card that can be promoted becomes a measure in its focus area,
 * with the next code there (the measure-code rule), the card's owner and target groups. The
 * first line of the card is the title, further lines the description. Within a focus area the
 * cards with most votes get the first codes. The card keeps a link to its measure; the cards
 * not promoted stay in the workshop as notes.
 */
export function promoteAcceptedCards(
  plan: Plan,
  workshopId: string,
  makeId: () => string = newId,
): Plan {
  const workshop = plan.workshops.find((w) => w.id === workshopId);
  if (!workshop) return plan;
  const chosen = workshop.cards.filter((c) => c.accepted && canPromote(c));
  if (chosen.length === 0) return plan;
  const areaOrder = plan.focusAreas.map((f) => f.id);
  const ordered = chosen
    .map((card, index) => ({ card, index }))
    .sort(
      (a, b) =>
        areaOrder.indexOf(a.card.focusAreaId!) - areaOrder.indexOf(b.card.focusAreaId!) ||
        b.card.votes - a.card.votes ||
        a.index - b.index,
    )
    .map(({ card }) => card);
  let next = plan;
  const measureIds = new Map<string, string>();
  for (const card of ordered) {
    const id = makeId();
    const [title = '', ...rest] = card.text.split('\n').map((line) => line.trim());
    const before = next;
    next = addMeasure(
      next,
      card.focusAreaId!,
      {
        title,
        description: rest.filter(Boolean).join('\n'),
        owner: card.owner,
        targetGroupIds: card.targetGroupIds,
      },
      id,
    );
    if (next !== before) measureIds.set(card.id, id);
  }
  if (measureIds.size === 0) return plan;
  return changeWorkshop(next, workshopId, (w) => ({
    ...w,
    cards: w.cards.map((c) =>
      measureIds.has(c.id) ? { ...c, measureId: measureIds.get(c.id)! } : c,
    ),
  }));
}

export interface WorkshopOutcome {
  /**
   * Cards that became measures, with the measure (absent if it was deleted later), in the
   * plan's order of measures (focus area, then code).
   */
  promoted: { card: WorkshopCard; measure: Plan['measures'][number] | undefined }[];
  /** Everything else: the workshop notes. */
  notes: WorkshopCard[];
}

export function workshopOutcome(plan: Plan, workshop: Workshop): WorkshopOutcome {
  const position = new Map(plan.measures.map((m, i) => [m.id, i]));
  const at = (card: WorkshopCard) => position.get(card.measureId!) ?? Infinity;
  return {
    promoted: workshop.cards
      .filter((c) => c.measureId !== null)
      .sort((a, b) => at(a) - at(b))
      .map((card) => ({ card, measure: plan.measures[at(card)] })),
    notes: workshop.cards.filter((c) => c.measureId === null),
  };
}

/**
 * «Angre hele verkstedet»: the plan as it was before the workshop started — the workshop and its
 * cards go, and so do the measures made from them (with every reference to those measures).
 */
export function undoWorkshop(plan: Plan, workshopId: string): Plan {
  const workshop = plan.workshops.find((w) => w.id === workshopId);
  if (!workshop) return plan;
  const measureIds = new Set(
    workshop.cards.flatMap((c) => (c.measureId !== null ? [c.measureId] : [])),
  );
  const withoutMeasures = removeMeasures(plan, measureIds);
  return {
    ...withoutMeasures,
    workshops: withoutMeasures.workshops.filter((w) => w.id !== workshopId),
  };
}

function wholeNonNegative(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0;
}

function replaceWorkshop(plan: Plan, workshop: Workshop): Plan {
  return { ...plan, workshops: plan.workshops.map((w) => (w.id === workshop.id ? workshop : w)) };
}

function changeWorkshop(
  plan: Plan,
  workshopId: string,
  change: (workshop: Workshop) => Workshop,
): Plan {
  const workshop = plan.workshops.find((w) => w.id === workshopId);
  if (!workshop) return plan;
  const next = change(workshop);
  return next === workshop ? plan : replaceWorkshop(plan, next);
}

function changeCard(
  plan: Plan,
  workshopId: string,
  cardId: string,
  change: (card: WorkshopCard) => WorkshopCard,
): Plan {
  return changeWorkshop(plan, workshopId, (w) => {
    const card = w.cards.find((c) => c.id === cardId);
    if (!card) return w;
    const next = change(card);
    return next === card ? w : { ...w, cards: w.cards.map((c) => (c.id === cardId ? next : c)) };
  });
}
