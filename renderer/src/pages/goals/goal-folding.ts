import { createContext, useContext } from 'react';

/** Which main goals are folded to their head line on Visjon og mål (UI state, not the plan). */
export interface GoalFolding {
  isFolded: (mainGoalId: string) => boolean;
  toggle: (mainGoalId: string) => void;
  /** Unfolds one goal (an outline jump, a link, a new goal). */
  open: (mainGoalId: string) => void;
  foldAll: () => void;
  openAll: () => void;
}

export const GoalFoldingContext = createContext<GoalFolding>({
  isFolded: () => false,
  toggle: () => {},
  open: () => {},
  foldAll: () => {},
  openAll: () => {},
});

export function useGoalFolding(): GoalFolding {
  return useContext(GoalFoldingContext);
}

/**
 * With more main goals than this, the page first shows them folded: eight open goals are some
 * 11 000 px, and a folded list is the overview a new user needs. With a few goals (a new plan,
 * a small one) everything stays open, as there is little to fold.
 */
export const FOLD_WHEN_MORE_THAN = 3;

/** The folded goals when the page is first shown in a session. */
export function initiallyFolded(plan: {
  mainGoals: readonly { id: string }[];
}): ReadonlySet<string> {
  return plan.mainGoals.length > FOLD_WHEN_MORE_THAN
    ? new Set(plan.mainGoals.map((g) => g.id))
    : new Set();
}

/**
 * The goal a focus id on this page names (`goal-…-title`, `sub-…-title`, `result-…-title`, as
 * the items build them), so undoing a deletion can unfold the goal the restored item is in.
 */
export function goalIdOfFocusId(focusId: string): string | null {
  return /^(?:goal|sub|result)-(.+)-title$/.exec(focusId)?.[1] ?? null;
}

/** A set with one id added or removed, or the same set when nothing changes. */
export function withFolded(
  set: ReadonlySet<string>,
  id: string,
  folded: boolean,
): ReadonlySet<string> {
  if (set.has(id) === folded) return set;
  const next = new Set(set);
  if (folded) next.add(id);
  else next.delete(id);
  return next;
}
