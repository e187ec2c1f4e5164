import { CHECK_FIELDS } from '#shared/checks/check-fields';
import type { SubGoal } from '#shared/model/goals';
import {
  addResultGoal,
  moveSubGoal,
  removeSubGoal,
  updateSubGoal,
} from '#shared/plan/goal-operations';
import { goalNumbers } from '#shared/plan/goal-numbers';
import { newId } from '#shared/plan/new-id';
import { SelectField } from '../../components/SelectField';
import { AddButton } from '../../components/AddButton';
import { usePlan } from '../../state/plan-context';
import { useDeletionAnnouncer } from '../../components/notices/deletion-notice';
import { changeThenFocus, keepingFocus } from '../../components/focus';
import { GoalHead } from './GoalHead';
import { GoalTextFields } from './GoalTextFields';
import { moveKeyHandler } from '../../components/lists/MoveButtons';
import { ResultGoalItem } from './ResultGoalItem';
import { GoalSupport } from './GoalSupport';

interface SubGoalItemProps {
  subGoal: SubGoal;
  index: number;
  count: number;
}

const WHOLE_PLAN = '';

export function SubGoalItem({ subGoal, index, count }: SubGoalItemProps) {
  const { plan, edit } = usePlan();
  // «1.2» under its main goal, or the focus area's «2.1» when it belongs to one (goalNumbers).
  const numbers = goalNumbers(plan);
  const number = numbers.get(subGoal.id) ?? '';
  const area = plan.focusAreas.find((f) => f.id === subGoal.focusAreaId);
  const announcer = useDeletionAnnouncer();
  const idBase = `sub-${subGoal.id}`;
  const key = (field: string) => `subGoal.${subGoal.id}.${field}`;
  const label = `Delmål ${number}`;
  const move = (delta: -1 | 1) =>
    keepingFocus(() => edit((p) => moveSubGoal(p, subGoal.id, delta)));

  return (
    <li className="sub-goal" data-entity-id={subGoal.id} onKeyDown={moveKeyHandler(move)}>
      <GoalHead
        idBase={idBase}
        level="h5"
        className="sub-goal__heading"
        label={label}
        index={index}
        count={count}
        onMove={move}
        onDelete={() => {
          edit((p) => removeSubGoal(p, subGoal.id));
          announcer.deleted(
            `${label}${subGoal.title ? ` «${subGoal.title}»` : ''} er slettet.`,
            `${idBase}-title`,
          );
        }}
      >
        {area && <span className="tag">Satsningsområde {area.code}</span>}
      </GoalHead>
      <GoalTextFields
        idBase={idBase}
        titleLabel="Tittel på delmålet"
        descriptionLabel="Beskrivelse av delmålet"
        title={subGoal.title}
        description={subGoal.description}
        onChange={(fields, field) => edit((p) => updateSubGoal(p, subGoal.id, fields), key(field))}
      />
      <SelectField
        id={`${idBase}-area`}
        label="Satsningsområde"
        hint="Et delmål for ett satsningsområde får områdets nummer, som i Husbankens skjema."
        value={subGoal.focusAreaId ?? WHOLE_PLAN}
        onChange={(value) =>
          edit((p) =>
            updateSubGoal(p, subGoal.id, { focusAreaId: value === WHOLE_PLAN ? null : value }),
          )
        }
      >
        <option value={WHOLE_PLAN}>Ingen (hele planen)</option>
        {plan.focusAreas.map((area) => (
          <option key={area.id} value={area.id}>
            Satsningsområde {area.code}: {area.title || 'uten tittel'}
          </option>
        ))}
      </SelectField>
      <GoalSupport goalId={subGoal.id} />
      <div className="result-goals">
        <p className="result-goals__title">Resultatmål</p>
        {subGoal.resultGoals.length === 0 ? (
          <p className="muted">
            Ingen resultatmål ennå. Et resultatmål med en målbar indikator viser om delmålet nås.
          </p>
        ) : (
          <ol className="result-goal-list">
            {subGoal.resultGoals.map((result, resultIndex) => (
              <ResultGoalItem
                key={result.id}
                resultGoal={result}
                number={numbers.get(result.id) ?? `${number}.${resultIndex + 1}`}
              />
            ))}
          </ol>
        )}
        <AddButton
          small
          data-field={CHECK_FIELDS.resultGoals}
          aria-label={`Legg til resultatmål under delmål ${number}`}
          onClick={() => {
            const id = newId();
            changeThenFocus(
              () => edit((p) => addResultGoal(p, subGoal.id, {}, id)),
              `result-${id}-title`,
            );
          }}
        >
          Legg til resultatmål
        </AddButton>
      </div>
    </li>
  );
}
