import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import { areaMeasureGroups, measureGroupOf, type MeasureGroupKind } from './measure-groups';

/*
 * The rule for measure codes (tiltakskoder), as Husbanken's activity plans write them:
 *
 * - A code is the focus area's code followed by letters: 1A, 1B … 1Z, 1AA, 1AB … (the letters
 *   count like spreadsheet columns, so there is no end).
 * - A new measure gets the letter after the highest letter already used in its focus area; a
 *   letter is never reused when a measure is deleted, so a code that was in a report does not
 *   come back meaning something else. A code that some other measure in the plan already has is
 *   skipped.
 * - A measure moved to another focus area gets the next code there in the same way. The focus
 *   area it left is NOT renumbered: codes are referenced in reports and minutes, so gaps are
 *   kept until the user asks for «Nummerer tiltakene på nytt», which gives A, B, C … in the
 *   current order (one undoable step).
 * - When a focus area's code changes (1 → 6), codes that follow the rule change with it
 *   (1A → 6A); codes the user wrote differently are left alone.
 * - The user may edit any code by hand; the quality check reports codes used twice.
 *
 * Shared projects (felles prosjekter) stand last in a focus area under their own heading (see
 * measure-groups.ts). When the plan uses the form's numbering (`info.sharedProjectsNumberedApart`,
 * on Om planen), they are numbered apart: the first shared project in area 1 is 1A even when a
 * local measure is 1A, and a code may repeat across the two groups but never within one. The
 * setting is off by default, so a plan that had one sequence keeps it; it is a choice for the
 * whole plan because the form numbers every focus area the same way. Read without its heading,
 * such a code is told apart as «Felles 1A» (`measureDisplayCode`).
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 0 → A, 25 → Z, 26 → AA, 27 → AB … (bijective base 26, like spreadsheet columns). */
export function lettersFor(index: number): string {
  let n = Math.floor(index) + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = LETTERS[rest] + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 0, Z → 25, AA → 26 …; null when the text is not only letters A–Z. */
export function indexOfLetters(letters: string): number | null {
  if (!/^[A-Z]+$/i.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (LETTERS.indexOf(ch) + 1);
  return n - 1;
}

const normalise = (code: string) => code.trim().toLocaleUpperCase('nb');

/** The letter index of a code that follows the rule for this focus area code, else null. */
export function letterIndexInArea(code: string, areaCode: string): number | null {
  const full = normalise(code);
  const prefix = normalise(areaCode);
  if (!full.startsWith(prefix)) return null;
  return indexOfLetters(full.slice(prefix.length));
}

/** Whether a code may repeat across local measures and shared projects in this plan. */
export function numbersGroupsApart(plan: Plan): boolean {
  return plan.info.sharedProjectsNumberedApart === true;
}

/**
 * The measures whose codes a measure of `group` must not repeat: all of them, or only its own
 * group's when the plan numbers shared projects apart.
 */
function codePool(plan: Plan, group: MeasureGroupKind): Measure[] {
  return numbersGroupsApart(plan)
    ? plan.measures.filter((m) => measureGroupOf(m) === group)
    : plan.measures;
}

/**
 * The code a new (or moved-in) measure gets in a focus area: the letter after the highest one
 * in use there, skipping codes other measures in the plan already have. `ignoreMeasureId` leaves
 * one measure out (the one being moved). A shared project, when the plan numbers them apart,
 * counts among the area's shared projects only (1A, 1B … beside the local 1A, 1B …).
 */
export function nextMeasureCode(
  plan: Plan,
  focusAreaId: string,
  ignoreMeasureId?: string,
  group: MeasureGroupKind = 'local',
): string {
  const area = plan.focusAreas.find((f) => f.id === focusAreaId);
  const areaCode = area?.code.trim() ?? '';
  const others = codePool(plan, group).filter((m) => m.id !== ignoreMeasureId);
  let highest = -1;
  for (const m of others) {
    if (m.focusAreaId !== focusAreaId) continue;
    const index = letterIndexInArea(m.code, areaCode);
    if (index !== null && index > highest) highest = index;
  }
  const taken = new Set(others.map((m) => normalise(m.code)));
  let index = highest + 1;
  while (taken.has(normalise(`${areaCode}${lettersFor(index)}`))) index += 1;
  return `${areaCode}${lettersFor(index)}`;
}

/**
 * The other measures that have the same code as this one under the plan's rule (any measure, or
 * only its own group's when shared projects are numbered apart): what the code field and the
 * quality check report.
 */
export function measuresWithSameCode(plan: Plan, measure: Measure): Measure[] {
  const code = normalise(measure.code);
  if (!code) return [];
  return codePool(plan, measureGroupOf(measure)).filter(
    (m) => m.id !== measure.id && normalise(m.code) === code,
  );
}

/**
 * Gives the measures of a focus area the codes A, B, C … in the order they are listed (local
 * measures, then shared projects); when shared projects are numbered apart, each group starts
 * from A.
 */
export function renumberMeasures(plan: Plan, focusAreaId: string): Plan {
  const area = plan.focusAreas.find((f) => f.id === focusAreaId);
  if (!area) return plan;
  const groups = areaMeasureGroups(plan, focusAreaId).map((g) => g.measures);
  const sequences = numbersGroupsApart(plan) ? groups : [groups.flat()];
  const codes = new Map(
    sequences.flatMap((measures) =>
      measures.map((m, i): [string, string] => [m.id, `${area.code.trim()}${lettersFor(i)}`]),
    ),
  );
  if (plan.measures.every((m) => !codes.has(m.id) || m.code === codes.get(m.id))) return plan;
  return {
    ...plan,
    measures: plan.measures.map((m) => {
      const code = codes.get(m.id);
      return code !== undefined && code !== m.code ? { ...m, code } : m;
    }),
  };
}

/** After a focus area's code changed: codes that followed the old code follow the new one. */
export function recodeAfterAreaCodeChange(
  plan: Plan,
  focusAreaId: string,
  oldAreaCode: string,
  newAreaCode: string,
): Plan {
  const from = oldAreaCode.trim();
  const to = newAreaCode.trim();
  if (normalise(from) === normalise(to)) return plan;
  let changed = false;
  const measures = plan.measures.map((m) => {
    if (m.focusAreaId !== focusAreaId) return m;
    const index = letterIndexInArea(m.code, from);
    if (index === null) return m;
    changed = true;
    return { ...m, code: `${to}${m.code.trim().slice(from.length).toLocaleUpperCase('nb')}` };
  });
  return changed ? { ...plan, measures } : plan;
}
