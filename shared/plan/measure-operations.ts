import type { z } from 'zod';
import { measureSchema, type Measure } from '../model/measures';
import { endsBeforeStart } from '../format/partial-date';
import type { Plan } from '../model/plan';
import { hasSameValues } from './list-operations';
import { nextMeasureCode, numbersGroupsApart } from './measure-codes';
import { measureGroupOf } from './measure-groups';
import { newId } from './new-id';

// Pure edits of measures (tiltak). Each returns a new plan, or the very same plan object when
// nothing changes. The order of plan.measures is the order within each group of a focus area:
// its own measures, then its shared projects (measure-groups.ts).

/** What the editor sets directly; focus area, id and budget have their own operations. */
export type MeasureFields = Partial<Omit<Measure, 'id' | 'focusAreaId' | 'budget'>>;

/**
 * A new, empty measure. Fields added to the file format later carry a default in the schema
 * (docs/file-format.md); a new measure takes them from there, so they need no line here.
 */
export function newMeasure(id: string, focusAreaId: string, code: string): Measure {
  const fields = {
    id,
    focusAreaId,
    code,
    title: '',
    description: '',
    expectedResult: '',
    owner: null,
    partnerIds: [],
    targetGroupIds: [],
    strategyIds: [],
    goalIds: [],
    startDate: null,
    endDate: null,
    // Like the form's blank box: «ikke angitt» until someone sets it.
    status: null,
    progress: 0,
    challenges: '',
    correctiveAction: '',
    sharedProject: null,
    // Cost per year is set on the budget page.
    budget: { costs: [], financing: { mode: 'default' } },
  } satisfies z.input<typeof measureSchema>;
  // The fields above are every field without a default (satisfies checks it); parse fills the rest,
  // which the schema lists last, so the keys keep the schema's order.
  return { ...fields, ...measureSchema.partial().parse({}) } as Measure;
}

/** Adds a measure at the end of its group in its focus area, with the next code there. */
export function addMeasure(
  plan: Plan,
  focusAreaId: string,
  fields: MeasureFields = {},
  id: string = newId(),
): Plan {
  if (!plan.focusAreas.some((f) => f.id === focusAreaId)) return plan;
  const group = measureGroupOf({ sharedProject: fields.sharedProject ?? null });
  const code = nextMeasureCode(plan, focusAreaId, undefined, group);
  const measure = { ...newMeasure(id, focusAreaId, code), ...fields };
  return { ...plan, measures: insertAfterArea(plan.measures, measure, focusAreaId) };
}

/**
 * Why a start and end cannot be stored together, in bokmål; null when they can. They are years,
 * months or days: the end is too early only when its last day is before the start's first day,
 * so «2014» – «juni 2014» is allowed.
 */
export function measureDatesProblem(start: string | null, end: string | null): string | null {
  if (start && end && endsBeforeStart(start, end))
    return 'Sluttdatoen kan ikke være før startdatoen.';
  return null;
}

/**
 * Changes fields of a measure. Dates that would end before they start are refused. A measure
 * made a shared project (or no longer one) moves to the end of its new group; when the plan
 * numbers shared projects apart it takes the next code of that group, as a measure moved to
 * another focus area does (the code it had belongs to the other sequence).
 */
export function updateMeasure(plan: Plan, measureId: string, fields: MeasureFields): Plan {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure || hasSameValues(measure, fields)) return plan;
  const next = { ...measure, ...fields };
  if (measureDatesProblem(next.startDate, next.endDate)) return plan;
  const group = measureGroupOf(next);
  if (group === measureGroupOf(measure))
    return { ...plan, measures: plan.measures.map((m) => (m.id === measureId ? next : m)) };
  const moved =
    numbersGroupsApart(plan) && !('code' in fields)
      ? { ...next, code: nextMeasureCode(plan, next.focusAreaId, measureId, group) }
      : next;
  const rest = plan.measures.filter((m) => m.id !== measureId);
  return { ...plan, measures: insertAfterArea(rest, moved, moved.focusAreaId) };
}

/** Adds or removes one id in one of a measure's lists (partners, target groups, strategies, goals). */
export function toggleMeasureLink(
  plan: Plan,
  measureId: string,
  list: 'partnerIds' | 'targetGroupIds' | 'strategyIds' | 'goalIds',
  id: string,
  on: boolean,
): Plan {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure || measure[list].includes(id) === on) return plan;
  const ids = on ? [...measure[list], id] : measure[list].filter((x) => x !== id);
  return updateMeasure(plan, measureId, { [list]: ids });
}

/**
 * Deletes measures and the workshop cards' links to them. Status reports keep their lines: a
 * report is a record of what was reported, with its own snapshot of each measure.
 */
export function removeMeasures(plan: Plan, measureIds: ReadonlySet<string>): Plan {
  if (!plan.measures.some((m) => measureIds.has(m.id))) return plan;
  const cardsTouched = plan.workshops.some((w) =>
    w.cards.some((c) => c.measureId !== null && measureIds.has(c.measureId)),
  );
  return {
    ...plan,
    measures: plan.measures.filter((m) => !measureIds.has(m.id)),
    // A risk no longer threatens a measure that is gone.
    risks: plan.risks.map((r) =>
      r.measureIds.some((id) => measureIds.has(id))
        ? { ...r, measureIds: r.measureIds.filter((id) => !measureIds.has(id)) }
        : r,
    ),
    workshops: cardsTouched
      ? plan.workshops.map((w) => ({
          ...w,
          cards: w.cards.map((c) =>
            c.measureId !== null && measureIds.has(c.measureId) ? { ...c, measureId: null } : c,
          ),
        }))
      : plan.workshops,
  };
}

export function removeMeasure(plan: Plan, measureId: string): Plan {
  return removeMeasures(plan, new Set([measureId]));
}

/** A copy right after the original, with a new id, the next code and «(kopi)» in the title. */
export function duplicateMeasure(plan: Plan, measureId: string, id: string = newId()): Plan {
  const index = plan.measures.findIndex((m) => m.id === measureId);
  const original = plan.measures[index];
  if (!original) return plan;
  const copy: Measure = {
    ...structuredClone(original),
    id,
    code: nextMeasureCode(plan, original.focusAreaId, undefined, measureGroupOf(original)),
    title: original.title.trim() ? `${original.title.trim()} (kopi)` : '',
  };
  const measures = plan.measures.slice();
  measures.splice(index + 1, 0, copy);
  return { ...plan, measures };
}

/** Moves a measure one or more places within its group (own measures or shared projects). */
export function moveMeasure(plan: Plan, measureId: string, delta: number): Plan {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure || delta === 0) return plan;
  const group = measureGroupOf(measure);
  const siblings = plan.measures.filter(
    (m) => m.focusAreaId === measure.focusAreaId && measureGroupOf(m) === group,
  );
  const from = siblings.indexOf(measure);
  const to = from + delta;
  if (to < 0 || to >= siblings.length) return plan;
  // Anchor on the sibling we pass: before it when moving up, after it when moving down.
  const anchor = siblings[delta < 0 ? to : to + 1];
  return placeMeasure(plan, measureId, measure.focusAreaId, anchor?.id ?? null);
}

/**
 * Puts a measure in a focus area, before another measure there (or last when `beforeId` is null):
 * used by drag and drop and by «Flytt til satsningsområde». A measure that changes focus area
 * gets the next free code there; see measure-codes.ts for why the old area is not renumbered.
 */
export function placeMeasure(
  plan: Plan,
  measureId: string,
  focusAreaId: string,
  beforeId: string | null,
): Plan {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure || beforeId === measureId) return plan;
  if (!plan.focusAreas.some((f) => f.id === focusAreaId)) return plan;
  let before = beforeId ? plan.measures.find((m) => m.id === beforeId) : undefined;
  if (beforeId && (!before || before.focusAreaId !== focusAreaId)) return plan;
  // The groups stay apart: dropped among the other group's measures, a measure goes to the
  // nearest end of its own group (last of the area's own measures, first of its shared projects).
  const group = measureGroupOf(measure);
  if (before && measureGroupOf(before) !== group)
    before =
      group === 'local'
        ? undefined
        : plan.measures.find(
            (m) =>
              m.focusAreaId === focusAreaId && m.id !== measureId && measureGroupOf(m) === group,
          );
  const moved =
    measure.focusAreaId === focusAreaId
      ? measure
      : {
          ...measure,
          focusAreaId,
          code: nextMeasureCode(plan, focusAreaId, measureId, measureGroupOf(measure)),
        };
  const rest = plan.measures.filter((m) => m.id !== measureId);
  let measures: Measure[];
  if (before) {
    measures = rest.slice();
    measures.splice(rest.indexOf(before), 0, moved);
  } else {
    measures = insertAfterArea(rest, moved, focusAreaId);
  }
  const unchanged = moved === measure && measures.every((m, i) => m === plan.measures[i]);
  return unchanged ? plan : { ...plan, measures };
}

/** Moves a measure to the end of another focus area (with the next code there). */
export function moveMeasureToFocusArea(plan: Plan, measureId: string, focusAreaId: string): Plan {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure || measure.focusAreaId === focusAreaId) return plan;
  return placeMeasure(plan, measureId, focusAreaId, null);
}

/** Inserts after the last measure of the focus area, or at the end when it has none. */
function insertAfterArea(measures: Measure[], measure: Measure, focusAreaId: string): Measure[] {
  let last = -1;
  measures.forEach((m, i) => {
    if (m.focusAreaId === focusAreaId) last = i;
  });
  const next = measures.slice();
  next.splice(last < 0 ? next.length : last + 1, 0, measure);
  return next;
}
