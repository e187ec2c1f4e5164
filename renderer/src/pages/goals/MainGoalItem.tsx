import type { MainGoal } from '#shared/model/goals';
import {
  addSubGoal,
  moveMainGoal,
  removeMainGoal,
  updateMainGoal,
} from '#shared/plan/goal-operations';
import { goalNumbers } from '#shared/plan/goal-numbers';
import { goalSummary } from '#shared/plan/goal-outline';
import { newId } from '#shared/plan/new-id';
import { AddButton } from '../../components/AddButton';
import { SelectField } from '../../components/SelectField';
import { usePlan } from '../../state/plan-context';
import { useDeletionAnnouncer } from '../../components/notices/deletion-notice';
import { changeThenFocus, keepingFocus } from '../../components/focus';
import { MainGoalHead } from './MainGoalHead';
import { NationalGoalField } from './NationalGoalField';
import { useGoalFolding } from './goal-folding';
import { GoalTextFields } from './GoalTextFields';
import { moveKeyHandler } from '../../components/lists/MoveButtons';
import { SubGoalItem } from './SubGoalItem';
import { GoalSupport } from './GoalSupport';

interface MainGoalItemProps {
  goal: MainGoal;
  index: number;
  count: number;
}

const WHOLE_PLAN = '';

export function MainGoalItem({ goal, index, count }: MainGoalItemProps) {
  const { plan, edit } = usePlan();
  const announcer = useDeletionAnnouncer();
  const folding = useGoalFolding();
  const folded = folding.isFolded(goal.id);
  const number = goalNumbers(plan).get(goal.id) ?? String(index + 1);
  const idBase = `goal-${goal.id}`;
  const focusArea = plan.focusAreas.find((f) => f.id === goal.focusAreaId);
  const key = (field: string) => `mainGoal.${goal.id}.${field}`;
  const label = `Hovedmål ${number}`;
  const move = (delta: -1 | 1) => keepingFocus(() => edit((p) => moveMainGoal(p, goal.id, delta)));

  return (
    <li className="goal-card" data-entity-id={goal.id} onKeyDown={moveKeyHandler(move)}>
      <article aria-labelledby={`${idBase}-heading`}>
        <MainGoalHead
          idBase={idBase}
          label={label}
          title={goal.title}
          summary={goalSummary(goal)}
          folded={folded}
          onToggle={() => folding.toggle(goal.id)}
          index={index}
          count={count}
          onMove={move}
          onDelete={() => {
            edit((p) => removeMainGoal(p, goal.id));
            announcer.deleted(
              `${label}${goal.title ? ` «${goal.title}»` : ''} er slettet, med delmålene sine.`,
              `${idBase}-title`,
            );
          }}
        >
          <span className="tag">
            {focusArea ? `Satsningsområde ${focusArea.code}` : 'Hele planen'}
          </span>
        </MainGoalHead>
        {/* Folded, the fields stay mounted (hidden): typing not yet accepted is kept. */}
        <div id={`${idBase}-body`} className="goal-card__body" hidden={folded}>
          <GoalTextFields
            idBase={idBase}
            titleLabel="Tittel på hovedmålet"
            descriptionLabel="Beskrivelse"
            title={goal.title}
            description={goal.description}
            onChange={(fields, field) =>
              edit((p) => updateMainGoal(p, goal.id, fields), key(field))
            }
          />
          {/* One under the other: both choices have long names (a national goal, a focus area). */}
          <NationalGoalField
            idBase={idBase}
            frame={plan.info.nationalFrame}
            value={goal.nationalGoal}
            onChange={(nationalGoal) => edit((p) => updateMainGoal(p, goal.id, { nationalGoal }))}
          />
          <SelectField
            label="Gjelder"
            hint="Hele planen eller ett satsningsområde."
            value={goal.focusAreaId ?? WHOLE_PLAN}
            onChange={(value) =>
              edit((p) =>
                updateMainGoal(p, goal.id, { focusAreaId: value === WHOLE_PLAN ? null : value }),
              )
            }
          >
            <option value={WHOLE_PLAN}>Hele planen</option>
            {plan.focusAreas.map((area) => (
              <option key={area.id} value={area.id}>
                Satsningsområde {area.code}: {area.title}
              </option>
            ))}
          </SelectField>

          <GoalSupport goalId={goal.id} />

          <h4 className="subheading">Delmål</h4>
          {goal.subGoals.length === 0 ? (
            <p className="muted">Ingen delmål ennå.</p>
          ) : (
            <ol className="sub-goal-list">
              {goal.subGoals.map((sub, subIndex) => (
                <SubGoalItem
                  key={sub.id}
                  subGoal={sub}
                  index={subIndex}
                  count={goal.subGoals.length}
                />
              ))}
            </ol>
          )}
          <AddButton
            small
            aria-label={`Legg til delmål under hovedmål ${number}`}
            onClick={() => {
              const id = newId();
              changeThenFocus(() => edit((p) => addSubGoal(p, goal.id, {}, id)), `sub-${id}-title`);
            }}
          >
            Legg til delmål
          </AddButton>
        </div>
      </article>
    </li>
  );
}
