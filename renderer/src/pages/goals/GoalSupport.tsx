import { goalSupport } from '#shared/plan/traceability';
import { usePlan } from '../../state/plan-context';
import { LinkList, MeasureLink, StrategyLink } from '../../components/links/entity-links';
import '../../styles/traceability.css';

/**
 * "Dette målet støttes av: strategier … tiltak …" under a goal on Visjon og mål, so the user sees
 * at once whether anything in the plan works towards it.
 */
export function GoalSupport({ goalId }: { goalId: string }) {
  const { plan } = usePlan();
  const { strategies, measures, coveredBy } = goalSupport(plan, goalId);

  if (strategies.length === 0 && measures.length === 0) {
    return (
      <p className="goal-support goal-support--empty">
        {coveredBy ? (
          <span className="muted">
            Ingen strategi eller tiltak er knyttet til dette målet selv. Det dekkes gjennom{' '}
            {coveredBy.label.toLowerCase()}.
          </span>
        ) : (
          <span className="tag tag--gap">Ikke knyttet til strategi eller tiltak</span>
        )}
      </p>
    );
  }
  return (
    <div className="goal-support">
      <p className="goal-support__title">Dette målet støttes av</p>
      <dl className="goal-support__list">
        <dt>Strategier</dt>
        <dd>
          {strategies.length > 0 ? (
            <LinkList
              items={strategies}
              keyOf={(s) => s.id}
              render={(s) => <StrategyLink strategy={s} />}
            />
          ) : (
            <span className="muted">ingen</span>
          )}
        </dd>
        <dt>Tiltak</dt>
        <dd>
          {measures.length > 0 ? (
            <LinkList
              items={measures}
              keyOf={(m) => m.id}
              render={(m) => <MeasureLink measure={m} short />}
            />
          ) : (
            <span className="muted">ingen ennå</span>
          )}
        </dd>
      </dl>
    </div>
  );
}
