import type { FocusArea } from '#shared/model/strategies';
import { findLooseEnds, goalName, traceTree, type TraceNode } from '#shared/plan/traceability';
import { usePlan } from '../../state/plan-context';
import { PlanLink } from '../../components/links/PlanLink';
import { GoalLink, LinkList, MeasureLink, StrategyLink } from '../../components/links/entity-links';
import '../../styles/traceability.css';

/**
 * Sporbarhet: every goal with the strategies and measures that serve it, as an indented list,
 * and the loose ends first, so that nothing hangs loose without the app saying so.
 */
export function TraceOverview() {
  const { plan } = usePlan();
  const loose = findLooseEnds(plan);
  const groups = traceTree(plan);
  const looseCount = loose.goals.length + loose.strategies.length + loose.measures.length;

  return (
    <div className="trace-overview">
      <p className="muted">
        Her ser du hvordan målene henger sammen med strategiene og tiltakene. Et tiltak støtter et
        mål når det er knyttet til målet, bruker en strategi som er knyttet til målet, eller ligger
        i satsningsområdet målet hører til.
      </p>
      {looseCount === 0 ? (
        <p className="notice notice--success">
          Alt henger sammen: alle mål støttes, og alle strategier og tiltak er knyttet til et mål.
        </p>
      ) : (
        <section className="notice notice--warning loose-ends" aria-labelledby="loose-ends-title">
          <h3 id="loose-ends-title" className="loose-ends__title">
            Ikke knyttet til et mål, en strategi eller et tiltak ({looseCount})
          </h3>
          <ul className="loose-ends__list">
            {loose.goals.length > 0 && (
              <li>
                <strong>Mål som ingen strategi eller tiltak støtter:</strong>{' '}
                <LinkList
                  items={loose.goals}
                  keyOf={(g) => g.id}
                  render={(g) => <GoalLink goal={g} />}
                />
              </li>
            )}
            {loose.strategies.length > 0 && (
              <li>
                <strong>Strategier som ikke er knyttet til noe mål:</strong>{' '}
                <LinkList
                  items={loose.strategies}
                  keyOf={(s) => s.id}
                  render={(s) => <StrategyLink strategy={s} />}
                />
              </li>
            )}
            {loose.measures.length > 0 && (
              <li>
                <strong>Tiltak som ikke bidrar til noe mål:</strong>{' '}
                <LinkList
                  items={loose.measures}
                  keyOf={(m) => m.id}
                  render={(m) => <MeasureLink measure={m} />}
                />
              </li>
            )}
          </ul>
        </section>
      )}

      {groups.length === 0 ? (
        <p>
          Planen har ingen mål ennå. Skriv dem under{' '}
          <PlanLink page="visjon-og-mal">Visjon og mål</PlanLink>.
        </p>
      ) : (
        groups.map((group) => (
          <section
            key={group.focusArea?.id ?? 'whole-plan'}
            className="trace-group"
            aria-labelledby={`trace-${group.focusArea?.id ?? 'whole-plan'}`}
          >
            <h3 id={`trace-${group.focusArea?.id ?? 'whole-plan'}`}>
              {groupTitle(group.focusArea)}
            </h3>
            <ul className="trace-tree">
              {group.nodes.map((node) => (
                <TraceGoal key={node.goal.id} node={node} />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

export function groupTitle(focusArea: FocusArea | null): string {
  if (!focusArea) return 'Mål for hele planen';
  return `Satsningsområde ${focusArea.code}: ${focusArea.title || 'uten tittel'}`;
}

function TraceGoal({ node }: { node: TraceNode }) {
  const { goal, strategies, measures, areaMeasures, loose, children } = node;
  const hasLinks = strategies.length > 0 || measures.length > 0 || areaMeasures.length > 0;
  return (
    <li className={`trace-goal trace-goal--${goal.level}${loose ? ' trace-goal--loose' : ''}`}>
      <div className="trace-goal__name">
        <GoalLink goal={goal} labelOnly />
        {loose && <span className="tag tag--gap">Ikke knyttet til strategi eller tiltak</span>}
      </div>
      {hasLinks && (
        <ul className="trace-links">
          {strategies.map(({ strategy, measures: used }) => (
            <li key={strategy.id}>
              <span className="trace-links__kind">Strategi</span>{' '}
              <StrategyLink strategy={strategy} />
              {' → '}
              {used.length > 0 ? (
                <>
                  tiltak{' '}
                  <LinkList
                    items={used}
                    keyOf={(m) => m.id}
                    render={(m) => <MeasureLink measure={m} short />}
                  />
                </>
              ) : (
                <span className="muted">ingen tiltak bruker strategien ennå</span>
              )}
            </li>
          ))}
          {measures.length > 0 && (
            <li>
              <span className="trace-links__kind">Tiltak knyttet direkte</span>{' '}
              <LinkList
                items={measures}
                keyOf={(m) => m.id}
                render={(m) => <MeasureLink measure={m} short />}
              />
            </li>
          )}
          {areaMeasures.length > 0 && (
            <li>
              <span className="trace-links__kind">Tiltak i satsningsområdet</span>{' '}
              <LinkList
                items={areaMeasures}
                keyOf={(m) => m.id}
                render={(m) => <MeasureLink measure={m} short />}
              />
            </li>
          )}
        </ul>
      )}
      {children.length > 0 && (
        <ul className="trace-tree trace-tree--nested" aria-label={`Under ${goalName(goal)}`}>
          {children.map((child) => (
            <TraceGoal key={child.goal.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
