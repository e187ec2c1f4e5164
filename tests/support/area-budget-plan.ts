import type { Plan } from '#shared/model/plan';
import { samplePlan } from './plan-fixtures';

/**
 * The sample plan budgeted per focus area only, as Husbanken's form does it: measure 1A has no
 * cost; focus area 1 has 300 000 kr in 2027 and 200 000 kr in 2028 on the default split (50 %
 * Husbanken, 50 % kommunal); focus area 2 (no measures) has 100 000 kr in 2027, financed by
 * amounts (60 000 Husbanken, 40 000 kommunal).
 *
 * Totals: 600 000 kr; Husbanken 310 000, kommunal 290 000; 2027: 400 000, 2028: 200 000.
 */
export function areaBudgetPlan(): Plan {
  const plan = samplePlan();
  const [husbanken, kommunal] = plan.budget.sources;
  plan.measures[0]!.budget = { costs: [], financing: { mode: 'default' } };
  plan.focusAreas[0]!.budget = {
    costs: [
      { year: 2027, amount: 300_000 },
      { year: 2028, amount: 200_000 },
    ],
    financing: { mode: 'default' },
  };
  plan.focusAreas[1]!.budget = {
    costs: [{ year: 2027, amount: 100_000 }],
    financing: {
      mode: 'amount',
      amounts: [
        { year: 2027, sourceId: husbanken!.id, amount: 60_000 },
        { year: 2027, sourceId: kommunal!.id, amount: 40_000 },
      ],
    },
  };
  return plan;
}
