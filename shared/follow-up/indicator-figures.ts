import type { Indicator } from '../model/goals';
import type { Plan } from '../model/plan';
import { listGoals } from '../plan/traceability';

/** Where a result goal's indicator stands: latest value and the share of the way to the target. */
export interface IndicatorStanding {
  resultGoalId: string;
  /** «Resultatmål 1.1.1» */
  label: string;
  title: string;
  indicator: Indicator;
  latest: { date: string; value: number } | null;
  /**
   * How far from the baseline toward the target the latest value has come, whole percent (may be
   * below 0 or above 100); null without a baseline, target or measurement, or when they are equal.
   */
  towardTarget: number | null;
}

export function indicatorStandings(plan: Plan): IndicatorStanding[] {
  const labels = new Map(listGoals(plan).map((g) => [g.id, g.label]));
  return plan.mainGoals.flatMap((main) =>
    main.subGoals.flatMap((sub) =>
      sub.resultGoals.flatMap((result) => {
        const indicator = result.indicator;
        if (!indicator) return [];
        const last = indicator.measurements.at(-1) ?? null;
        const latest = last ? { date: last.date, value: last.value } : null;
        const { baseline, target } = indicator;
        const span = baseline && target ? target.value - baseline.value : 0;
        const towardTarget =
          latest && baseline && target && span !== 0
            ? Math.round(((latest.value - baseline.value) / span) * 100)
            : null;
        return [
          {
            resultGoalId: result.id,
            label: labels.get(result.id) ?? 'Resultatmål',
            title: result.title,
            indicator,
            latest,
            towardTarget,
          },
        ];
      }),
    ),
  );
}
