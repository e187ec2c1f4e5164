import { useMemo } from 'react';
import type { Plan } from '#shared/model/plan';
import { targetGroupName } from '#shared/model/strategies';
import { goalNumbers } from '#shared/plan/goal-numbers';
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
  // Numbered as on Visjon og mål (a focus area's sub-goal is «Delmål 2.1»), from goalNumbers.
  const { mainGoals, focusAreas } = plan;
  const goals = useMemo(() => {
    const numbers = goalNumbers({ mainGoals, focusAreas });
    const name = (what: string, id: string, title: string) =>
      `${what} ${numbers.get(id) ?? ''}: ${title || 'uten tittel'}`;
    return mainGoals.flatMap((g) => [
      { id: g.id, label: name('Hovedmål', g.id, g.title) },
      ...g.subGoals.flatMap((s) => [
        { id: s.id, label: name('Delmål', s.id, s.title), level: 1 },
        ...s.resultGoals.map((r) => ({
          id: r.id,
          label: name('Resultatmål', r.id, r.title),
          level: 2,
        })),
      ]),
    ]);
  }, [mainGoals, focusAreas]);
  return { strategies, targetGroups, goals };
}
