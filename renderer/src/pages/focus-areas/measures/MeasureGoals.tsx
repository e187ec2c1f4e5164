import { Fragment } from 'react';
import { goalsServedByMeasure, type ServedGoal } from '#shared/plan/traceability';
import { usePlan } from '../../../state/plan-context';
import { GoalLink, LinkList, StrategyLink } from '../../../components/links/entity-links';
import '../../../styles/traceability.css';

interface MeasureGoalsProps {
  measureId: string;
  /** A heading level that fits where the block is embedded; without it the title is a paragraph. */
  headingLevel?: 2 | 3 | 4 | 5;
}

/**
 * "Tiltaket bidrar til disse målene": the goals a measure serves, directly, through its
 * strategies, or as a main goal of its focus area. Listed as hovedmål › delmål.
 */
export function MeasureGoals({ measureId, headingLevel }: MeasureGoalsProps) {
  const { plan } = usePlan();
  const served = goalsServedByMeasure(plan, measureId);
  const Title = headingLevel ? (`h${headingLevel}` as const) : 'p';

  return (
    <div className="measure-goals">
      <Title className="measure-goals__title">Tiltaket bidrar til disse målene</Title>
      {served.length === 0 ? (
        <p className="tag tag--gap">
          Henger løst: tiltaket er ikke knyttet til noe mål, verken direkte eller gjennom en
          strategi
        </p>
      ) : (
        <ul className="measure-goals__list">
          {served.map((s) => (
            <li key={s.goal.id}>
              {s.path.map((goal, i) => (
                <Fragment key={goal.id}>
                  {i > 0 && <span aria-hidden="true"> › </span>}
                  {i > 0 && <span className="visually-hidden">: </span>}
                  <GoalLink goal={goal} />
                </Fragment>
              ))}
              <span className="measure-goals__via"> – {viaText(s)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function viaText(served: ServedGoal) {
  const parts = [];
  if (served.direct) parts.push(<Fragment key="direct">knyttet direkte</Fragment>);
  if (served.viaStrategies.length > 0) {
    parts.push(
      <Fragment key="strategies">
        gjennom strategi{' '}
        <LinkList
          items={served.viaStrategies}
          keyOf={(s) => s.id}
          render={(s) => <StrategyLink strategy={s} />}
        />
      </Fragment>,
    );
  }
  if (served.viaFocusArea) parts.push(<Fragment key="area">mål for satsningsområdet</Fragment>);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && ', '}
      {part}
    </Fragment>
  ));
}
