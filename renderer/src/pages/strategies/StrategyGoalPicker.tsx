import { useState } from 'react';
import type { Strategy } from '#shared/model/strategies';
import { setStrategyGoal } from '#shared/plan/strategy-operations';
import { goalGroups, listGoals, type GoalEntry } from '#shared/plan/traceability';
import { usePlan } from '../../state/plan-context';
import { GoalLink } from '../../components/links/entity-links';
import { PlanLink } from '../../components/links/PlanLink';
import { groupTitle } from './TraceOverview';

interface StrategyGoalPickerProps {
  strategy: Strategy;
  /** "strategi 1", for labels. */
  what: string;
}

/**
 * The goals a strategy serves: always listed, chosen in a checkbox tree (hovedmål → delmål →
 * resultatmål) that opens on demand, since a plan can have dozens of goals.
 */
export function StrategyGoalPicker({ strategy, what }: StrategyGoalPickerProps) {
  const { plan, edit } = usePlan();
  const [open, setOpen] = useState(false);
  const goals = listGoals(plan);
  const byId = new Map(goals.map((g) => [g.id, g]));
  const chosen = strategy.goalIds
    .map((id) => byId.get(id))
    .filter((g): g is GoalEntry => g !== undefined);
  const idBase = `strategy-${strategy.id}-goals`;
  const childrenOf = (goal: GoalEntry) =>
    goals.filter(
      (g) => g.pathIds.length === goal.pathIds.length + 1 && g.pathIds.includes(goal.id),
    );

  const check = (goal: GoalEntry) => (
    <li key={goal.id} className={`goal-check goal-check--${goal.level}`}>
      <label className="goal-check__label">
        <input
          type="checkbox"
          checked={strategy.goalIds.includes(goal.id)}
          onChange={(event) =>
            edit((p) => setStrategyGoal(p, strategy.id, goal.id, event.target.checked))
          }
        />
        <span>
          <span className="goal-check__number">{goal.label}</span>{' '}
          {goal.title.trim() || <span className="muted">(uten tittel)</span>}
        </span>
      </label>
      {childrenOf(goal).length > 0 && (
        <ul className="goal-checks">{childrenOf(goal).map(check)}</ul>
      )}
    </li>
  );

  return (
    <div className="goal-picker">
      <p className="goal-picker__title">Mål strategien bidrar til</p>
      {chosen.length > 0 ? (
        <ul className="goal-picker__chosen">
          {chosen.map((goal) => (
            <li key={goal.id}>
              <GoalLink goal={goal} />
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <span className="tag tag--gap">Ikke knyttet til noe mål ennå</span>
        </p>
      )}
      {goals.length === 0 ? (
        <p className="muted">
          Planen har ingen mål ennå. Skriv dem under{' '}
          <PlanLink page="visjon-og-mal">Visjon og mål</PlanLink>.
        </p>
      ) : (
        <button
          id={`${idBase}-toggle`}
          type="button"
          className="button button--small"
          aria-expanded={open}
          aria-controls={open ? `${idBase}-panel` : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Lukk listen over mål' : `Velg mål for ${what} …`}
        </button>
      )}
      {open && (
        <fieldset id={`${idBase}-panel`} className="goal-picker__panel">
          <legend className="visually-hidden">Mål {what} bidrar til</legend>
          {goalGroups(plan).map((group) => (
            <fieldset key={group.focusArea?.id ?? 'whole-plan'} className="goal-picker__group">
              <legend className="goal-picker__group-title">{groupTitle(group.focusArea)}</legend>
              <ul className="goal-checks goal-checks--top">
                {group.mainGoalIds.map((id) => check(byId.get(id)!))}
              </ul>
            </fieldset>
          ))}
        </fieldset>
      )}
    </div>
  );
}
