import type { ReactNode } from 'react';
import type { Measure } from '#shared/model/measures';
import type { Strategy } from '#shared/model/strategies';
import { goalName, type GoalEntry } from '#shared/plan/traceability';
import { measureDisplayCode } from '#shared/plan/measure-groups';
import { useSessionSnapshot } from '../../state/plan-context';
import { PlanLink } from './PlanLink';

/** "1A Boligtorg": opens the measure under Satsningsområder og tiltak. */
export function MeasureLink({ measure, short }: { measure: Measure; short?: boolean }) {
  // Read without its heading: a shared project whose code a local measure has is «Felles 1A».
  const { plan } = useSessionSnapshot();
  const code = measureDisplayCode(plan, measure) || '(uten kode)';
  const title = measure.title.trim() || 'uten tittel';
  return (
    <PlanLink
      page="satsningsomrader"
      target={{ entityId: measure.id }}
      label={short ? `Tiltak ${code} ${title}` : undefined}
    >
      {short ? code : `${code} ${title}`}
    </PlanLink>
  );
}

/** "1 KUNNSKAP": opens the strategy on the Strategier page. */
export function StrategyLink({ strategy }: { strategy: Strategy }) {
  return (
    <PlanLink page="strategier" target={{ entityId: strategy.id }}>
      {strategyName(strategy)}
    </PlanLink>
  );
}

export function strategyName(strategy: Strategy): string {
  const code = strategy.code.trim();
  const title = strategy.title.trim() || 'uten tittel';
  return code ? `${code} ${title}` : title;
}

/** "Hovedmål 1 «…»": opens the goal under Visjon og mål. */
export function GoalLink({ goal, labelOnly }: { goal: GoalEntry; labelOnly?: boolean }) {
  if (labelOnly) {
    // A calmer line in long lists: only "Hovedmål 1" is the link, the title follows as text.
    return (
      <span>
        <PlanLink page="visjon-og-mal" target={{ entityId: goal.id }}>
          {goal.label}
        </PlanLink>{' '}
        {goal.title.trim() || <span className="muted">(uten tittel)</span>}
      </span>
    );
  }
  return (
    <PlanLink page="visjon-og-mal" target={{ entityId: goal.id }}>
      {goalName(goal)}
    </PlanLink>
  );
}

/** Items separated by commas, each a link. */
export function LinkList<T>({
  items,
  render,
  keyOf,
}: {
  items: readonly T[];
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
}) {
  return (
    <>
      {items.map((item, i) => (
        <span key={keyOf(item)}>
          {i > 0 && ', '}
          {render(item)}
        </span>
      ))}
    </>
  );
}
