import type { MainGoal } from '../model/goals';
import type { Plan } from '../model/plan';
import type { FocusArea } from '../model/strategies';

// The one numbering of the goals. Every place that shows a goal's number (Visjon og mål, the
// focus area panel, a measure's goal links, Sporbarhet, the goal chart, Word, Excel, status
// reports) reads it from here, so a goal never has two numbers.
//
// - A main goal is numbered by its place in the list: «Hovedmål 1», «Hovedmål 2» …
// - A sub-goal that belongs to a focus area is numbered as Husbanken's form numbers it:
//   «Delmål {area code}.{n}», n counting the area's sub-goals in plan order (main goal by main
//   goal, each main goal's sub-goals in their order).
// - Any other sub-goal is «{main goal number}.{j}», j counting that main goal's sub-goals that
//   belong to no focus area.
// - A result goal adds its place under the sub-goal: «Resultatmål 1.1.2».
//
// The two sub-goal rules can meet: focus area 1's first sub-goal and main goal 1's own first
// sub-goal would both be «1.1». The form's number wins: area sub-goals are numbered first, and a
// sub-goal whose number is taken counts on to the next free one in the same series (main goal
// 1's own sub-goal becomes «1.2» when area 1 has one sub-goal, «1.3» when it has two). The same
// happens when two focus areas share a code. So no two goals of a level show the same number.

/** The goal numbers of a plan by goal id: "1", "1.2", "1.2.1". */
export function goalNumbers(
  plan: Pick<Plan, 'mainGoals' | 'focusAreas'>,
): ReadonlyMap<string, string> {
  // Memoised per goal list and area list: plans are immutable, and a page asks many times.
  const cached = cache.get(plan.mainGoals);
  if (cached && cached.focusAreas === plan.focusAreas) return cached.numbers;
  const numbers = numberGoals(plan.mainGoals, plan.focusAreas);
  cache.set(plan.mainGoals, { focusAreas: plan.focusAreas, numbers });
  return numbers;
}

const cache = new WeakMap<
  readonly MainGoal[],
  { focusAreas: readonly FocusArea[]; numbers: ReadonlyMap<string, string> }
>();

/** The prefix of a focus area's sub-goal numbers: its code, or its place when it has none. */
export function areaNumberPrefix(area: FocusArea, index: number): string {
  return area.code.trim() || String(index + 1);
}

function numberGoals(
  mainGoals: readonly MainGoal[],
  focusAreas: readonly FocusArea[],
): Map<string, string> {
  const numbers = new Map<string, string>();
  const taken = new Set<string>();
  /** The first free «prefix.n» from `from` on; returns n so the series counts on from it. */
  const claim = (prefix: string, from: number): number => {
    let n = from;
    while (taken.has(`${prefix}.${n}`)) n += 1;
    taken.add(`${prefix}.${n}`);
    return n;
  };

  mainGoals.forEach((main, i) => numbers.set(main.id, String(i + 1)));

  // The form's numbers first, so they win a collision.
  const areaIds = new Set(focusAreas.map((f) => f.id));
  focusAreas.forEach((area, index) => {
    const prefix = areaNumberPrefix(area, index);
    let n = 0;
    for (const main of mainGoals)
      for (const sub of main.subGoals) {
        if (sub.focusAreaId !== area.id) continue;
        n = claim(prefix, n + 1);
        numbers.set(sub.id, `${prefix}.${n}`);
      }
  });

  mainGoals.forEach((main, i) => {
    const prefix = String(i + 1);
    let j = 0;
    for (const sub of main.subGoals) {
      // A sub-goal pointing at a focus area that is gone is numbered as the plan's own.
      if (sub.focusAreaId !== null && areaIds.has(sub.focusAreaId)) continue;
      j = claim(prefix, j + 1);
      numbers.set(sub.id, `${prefix}.${j}`);
    }
  });

  for (const main of mainGoals)
    for (const sub of main.subGoals) {
      const subNumber = numbers.get(sub.id)!;
      sub.resultGoals.forEach((result, k) => numbers.set(result.id, `${subNumber}.${k + 1}`));
    }
  return numbers;
}
