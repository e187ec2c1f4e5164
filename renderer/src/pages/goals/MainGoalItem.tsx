import type { MainGoal } from '#shared/model/goals';
import {
  addSubGoal,
  moveMainGoal,
  removeMainGoal,
  updateMainGoal,
} from '#shared/plan/goal-operations';
import { goalNumbers } from '#shared/plan/goal-numbers';
import { newId } from '#shared/plan/new-id';
import { AddButton } from '../../components/AddButton';
import { SelectField } from '../../components/SelectField';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlan } from '../../state/plan-context';
import { useDeletionAnnouncer } from '../../components/notices/deletion-notice';
import { changeThenFocus, keepingFocus } from '../../components/focus';
import { GoalHead } from './GoalHead';
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
  const number = goalNumbers(plan).get(goal.id) ?? String(index + 1);
  const idBase = `goal-${goal.id}`;
  const focusArea = plan.focusAreas.find((f) => f.id === goal.focusAreaId);
  const key = (field: string) => `mainGoal.${goal.id}.${field}`;
  const label = `Hovedmål ${number}`;
  const move = (delta: -1 | 1) => keepingFocus(() => edit((p) => moveMainGoal(p, goal.id, delta)));

  return (
    <li className="goal-card" data-entity-id={goal.id} onKeyDown={moveKeyHandler(move)}>
      <article aria-labelledby={`${idBase}-heading`}>
        <GoalHead
          idBase={idBase}
          level="h3"
          className="goal-card__heading"
          label={label}
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
        </GoalHead>
        <GoalTextFields
          idBase={idBase}
          titleLabel="Tittel på hovedmålet"
          descriptionLabel="Beskrivelse"
          title={goal.title}
          description={goal.description}
          onChange={(fields, field) => edit((p) => updateMainGoal(p, goal.id, fields), key(field))}
        />
        <div className="field-row">
          <DraftTextField
            label="Nasjonalt mål"
            hint="Hvilket nasjonalt mål hovedmålet hører under, hvis noe."
            value={goal.nationalGoal}
            onChange={(nationalGoal) =>
              edit((p) => updateMainGoal(p, goal.id, { nationalGoal }), key('nationalGoal'))
            }
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
        </div>

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
      </article>
    </li>
  );
}
