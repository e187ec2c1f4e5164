import type { FocusArea } from '#shared/model/strategies';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { noAreaCost } from './focus-area-money';

/** A focus area as a new one is made: no strategies, no description, no cost line yet. */
export const focusArea = (
  id: string,
  code: string,
  title: string,
  fields: Partial<FocusArea> = {},
): FocusArea => ({
  id,
  code,
  title,
  description: '',
  strategyIds: [],
  ...noAreaCost(),
  ...fields,
});

/** The two areas most plan tests start from: «1 Egnede boliger» and «2 Oppfølging». */
export const twoFocusAreas = (): FocusArea[] => [
  focusArea('fa-1', '1', 'Egnede boliger'),
  focusArea('fa-2', '2', 'Oppfølging'),
];

/** An empty plan made at a fixed time, with the two areas and nothing else. */
export function planWithTwoAreas(): Plan {
  const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  plan.focusAreas = twoFocusAreas();
  return plan;
}
