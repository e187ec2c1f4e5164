import type { MainGoal } from '../model/goals';
import type { Plan } from '../model/plan';
import { goalNumbers } from './goal-numbers';

// What the outline of Visjon og mål and a folded main goal's head line show: each main goal
// with its number, title and sub-goals, numbered by the one numbering (goal-numbers.ts).

export interface OutlineSubGoal {
  id: string;
  /** «1.2», or the focus area's «2.1». */
  number: string;
  title: string;
}

export interface OutlineMainGoal {
  id: string;
  number: string;
  title: string;
  subGoals: readonly OutlineSubGoal[];
  /** «3 delmål · 5 resultatmål». */
  summary: string;
}

export function goalOutline(plan: Pick<Plan, 'mainGoals' | 'focusAreas'>): OutlineMainGoal[] {
  const numbers = goalNumbers(plan);
  return plan.mainGoals.map((main, i) => ({
    id: main.id,
    number: numbers.get(main.id) ?? String(i + 1),
    title: main.title.trim(),
    subGoals: main.subGoals.map((sub) => ({
      id: sub.id,
      number: numbers.get(sub.id) ?? '',
      title: sub.title.trim(),
    })),
    summary: goalSummary(main),
  }));
}

/** What a main goal holds, in a few words: «3 delmål · 5 resultatmål», «Ingen delmål ennå». */
export function goalSummary(main: Pick<MainGoal, 'subGoals'>): string {
  const subs = main.subGoals.length;
  if (subs === 0) return 'Ingen delmål ennå';
  const results = main.subGoals.reduce((sum, sub) => sum + sub.resultGoals.length, 0);
  // «delmål» and «resultatmål» are the same in the plural.
  return `${subs} delmål · ${results === 0 ? 'ingen' : results} resultatmål`;
}

/** The main goal that is or holds the goal with this id (a sub-goal or result goal), or null. */
export function mainGoalOf(plan: Pick<Plan, 'mainGoals'>, goalId: string): string | null {
  for (const main of plan.mainGoals) {
    if (main.id === goalId) return main.id;
    for (const sub of main.subGoals)
      if (sub.id === goalId || sub.resultGoals.some((r) => r.id === goalId)) return main.id;
  }
  return null;
}
