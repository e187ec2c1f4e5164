import type { Strategy } from '#shared/model/strategies';
import { strategyUsage } from '#shared/plan/strategy-operations';
import { usePlan } from '../../state/plan-context';
import { LinkList, MeasureLink } from '../../components/links/entity-links';
import { PlanLink } from '../../components/links/PlanLink';

/** Which focus areas and measures use the strategy, each a link. */
export function StrategyUsageInfo({ strategy }: { strategy: Strategy }) {
  const { plan } = usePlan();
  const { focusAreas, measures } = strategyUsage(plan, strategy.id);
  return (
    <dl className="usage-facts">
      <dt>Satsningsområder som bruker strategien</dt>
      <dd>
        {focusAreas.length > 0 ? (
          <LinkList
            items={focusAreas}
            keyOf={(f) => f.id}
            render={(f) => (
              <PlanLink page="satsningsomrader" target={{ entityId: f.id }}>
                {f.code} {f.title || 'uten tittel'}
              </PlanLink>
            )}
          />
        ) : (
          <span className="muted">Ingen satsningsområder bruker denne strategien ennå.</span>
        )}
      </dd>
      <dt>Tiltak som bruker strategien</dt>
      <dd>
        {measures.length > 0 ? (
          <LinkList
            items={measures}
            keyOf={(m) => m.id}
            render={(m) => <MeasureLink measure={m} />}
          />
        ) : (
          <span className="tag tag--gap">Ingen tiltak bruker denne strategien ennå</span>
        )}
      </dd>
    </dl>
  );
}
