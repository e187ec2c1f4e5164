import { useMemo } from 'react';
import type { Plan } from '#shared/model/plan';
import { targetGroupName } from '#shared/model/strategies';
import type { CheckboxOption } from './CheckboxGroup';

/** «1 KUNNSKAP» as a box to tick, in a measure and in a focus area alike. */
export const strategyOption = (s: Plan['strategies'][number]): CheckboxOption => ({
  id: s.id,
  label: `${s.code} ${s.title}`.trim() || 'Strategi uten navn',
});

/**
 * What a measure can be linked to, as boxes to tick: target groups, strategies (those
 * its focus area uses first) and goals. Each list is rebuilt only when its part of the plan
 * changes, so the memoised checkbox groups do not redraw while the user types.
 */
export function useLinkOptions(plan: Plan, focusAreaId: string) {
  const areaStrategyIds = plan.focusAreas.find((f) => f.id === focusAreaId)?.strategyIds;
  const strategies = useMemo(() => {
    const used = new Set(areaStrategyIds);
    return {
      all: plan.strategies.map(strategyOption),
      sections: [
        {
          title: 'Satsningsområdet bruker',
          options: plan.strategies.filter((s) => used.has(s.id)).map(strategyOption),
        },
        {
          title: 'Andre strategier',
          options: plan.strategies.filter((s) => !used.has(s.id)).map(strategyOption),
        },
      ],
    };
  }, [plan.strategies, areaStrategyIds]);
  const targetGroups = useMemo(
    () => plan.targetGroups.map((t) => ({ id: t.id, label: targetGroupName(t) })),
    [plan.targetGroups],
  );
  const goals = useMemo(
    () =>
      plan.mainGoals.flatMap((g, i) => [
        { id: g.id, label: `Hovedmål ${i + 1}: ${g.title || 'uten tittel'}` },
        ...g.subGoals.flatMap((s, j) => [
          { id: s.id, label: `Delmål ${i + 1}.${j + 1}: ${s.title || 'uten tittel'}`, level: 1 },
          ...s.resultGoals.map((r, k) => ({
            id: r.id,
            label: `Resultatmål ${i + 1}.${j + 1}.${k + 1}: ${r.title || 'uten tittel'}`,
            level: 2,
          })),
        ]),
      ]),
    [plan.mainGoals],
  );
  return { strategies, targetGroups, goals };
}
