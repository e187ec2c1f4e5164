import type { MainGoal } from '../../../../shared/model/goals';
import {
  addSubGoal,
  moveMainGoal,
  removeMainGoal,
  updateMainGoal,
} from '../../../../shared/plan/goal-operations';
import { newId } from '../../../../shared/plan/new-id';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { usePlan } from '../../state/plan-context';
import { useDeletionAnnouncer } from './deletion-notice';
import { focusSoon, keepingFocus } from './focus';
import { MoveButtons, moveKeyHandler } from './MoveButtons';
import { SubGoalItem } from './SubGoalItem';
import { GoalSupport } from '../traceability/GoalSupport';

interface MainGoalItemProps {
  goal: MainGoal;
  index: number;
  count: number;
}

const WHOLE_PLAN = '';

export function MainGoalItem({ goal, index, count }: MainGoalItemProps) {
  const { plan, edit } = usePlan();
  const announcer = useDeletionAnnouncer();
  const number = index + 1;
  const idBase = `goal-${goal.id}`;
  const focusArea = plan.focusAreas.find((f) => f.id === goal.focusAreaId);
  const key = (field: string) => `mainGoal.${goal.id}.${field}`;
  const move = (delta: -1 | 1) => keepingFocus(() => edit((p) => moveMainGoal(p, goal.id, delta)));

  return (
    <li className="goal-card" data-entity-id={goal.id} onKeyDown={moveKeyHandler(move)}>
      <article aria-labelledby={`${idBase}-heading`}>
        <div className="goal-card__head">
          <h3 id={`${idBase}-heading`} className="goal-card__heading">
            Hovedmål {number}
          </h3>
          <span className="tag">
            {focusArea ? `Satsningsområde ${focusArea.code}` : 'Hele planen'}
          </span>
          <div className="goal-card__actions">
            <MoveButtons
              idBase={idBase}
              what={`hovedmål ${number}`}
              canMoveUp={index > 0}
              canMoveDown={index < count - 1}
              onMove={move}
            />
            <button
              type="button"
              className="button button--quiet button--small button--danger-text"
              aria-label={`Slett hovedmål ${number}`}
              onClick={() => {
                edit((p) => removeMainGoal(p, goal.id));
                announcer.deleted(
                  `Hovedmål ${number}${goal.title ? ` «${goal.title}»` : ''} er slettet, med delmålene sine.`,
                  `${idBase}-title`,
                );
              }}
            >
              Slett
            </button>
          </div>
        </div>
        <TextField
          id={`${idBase}-title`}
          label="Tittel på hovedmålet"
          value={goal.title}
          onChange={(title) => edit((p) => updateMainGoal(p, goal.id, { title }), key('title'))}
        />
        <TextField
          label="Beskrivelse"
          multiline
          rows={2}
          value={goal.description}
          onChange={(description) =>
            edit((p) => updateMainGoal(p, goal.id, { description }), key('description'))
          }
        />
        <div className="field-row">
          <TextField
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
                number={`${number}.${subIndex + 1}`}
                index={subIndex}
                count={goal.subGoals.length}
              />
            ))}
          </ol>
        )}
        <button
          type="button"
          className="button button--small"
          aria-label={`Legg til delmål under hovedmål ${number}`}
          onClick={() => {
            const id = newId();
            edit((p) => addSubGoal(p, goal.id, {}, id));
            focusSoon(`sub-${id}-title`);
          }}
        >
          <span aria-hidden="true">+ </span>Legg til delmål
        </button>
      </article>
    </li>
  );
}
