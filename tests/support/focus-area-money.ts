import type { FocusArea } from '#shared/model/strategies';

/** A focus area's own cost line and spending, empty: what a new focus area gets. */
export const noAreaCost = (): Pick<FocusArea, 'budget' | 'spent'> => ({
  budget: { costs: [], financing: { mode: 'default' } },
  spent: [],
});
