import type { SubGoal } from '../../../../shared/model/goals';
import {
  addResultGoal,
  moveSubGoal,
  removeSubGoal,
  updateSubGoal,
} from '../../../../shared/plan/goal-operations';
import { newId } from '../../../../shared/plan/new-id';
import { TextField } from '../../components/TextField';
import { usePlan } from '../../state/plan-context';
import { useDeletionAnnouncer } from './deletion-notice';
import { focusSoon, keepingFocus } from './focus';
import { MoveButtons, moveKeyHandler } from './MoveButtons';
import { ResultGoalItem } from './ResultGoalItem';
import { GoalSupport } from '../traceability/GoalSupport';

interface SubGoalItemProps {
  subGoal: SubGoal;
  /** "1.2": main goal number and position. */
  number: string;
  index: number;
  count: number;
}

export function SubGoalItem({ subGoal, number, index, count }: SubGoalItemProps) {
  const { edit } = usePlan();
  const announcer = useDeletionAnnouncer();
  const idBase = `sub-${subGoal.id}`;
  const key = (field: string) => `subGoal.${subGoal.id}.${field}`;
  const move = (delta: -1 | 1) =>
    keepingFocus(() => edit((p) => moveSubGoal(p, subGoal.id, delta)));

  return (
    <li className="sub-goal" data-entity-id={subGoal.id} onKeyDown={moveKeyHandler(move)}>
      <div className="goal-card__head">
        <h5 id={`${idBase}-heading`} className="sub-goal__heading">
          Delmål {number}
        </h5>
        <div className="goal-card__actions">
          <MoveButtons
            idBase={idBase}
            what={`delmål ${number}`}
            canMoveUp={index > 0}
            canMoveDown={index < count - 1}
            onMove={move}
          />
          <button
            type="button"
            className="button button--quiet button--small button--danger-text"
            aria-label={`Slett delmål ${number}`}
            onClick={() => {
              edit((p) => removeSubGoal(p, subGoal.id));
              announcer.deleted(
                `Delmål ${number}${subGoal.title ? ` «${subGoal.title}»` : ''} er slettet.`,
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
        label="Tittel på delmålet"
        value={subGoal.title}
        onChange={(title) => edit((p) => updateSubGoal(p, subGoal.id, { title }), key('title'))}
      />
      <TextField
        label="Beskrivelse av delmålet"
        multiline
        rows={2}
        value={subGoal.description}
        onChange={(description) =>
          edit((p) => updateSubGoal(p, subGoal.id, { description }), key('description'))
        }
      />
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
                number={`${number}.${resultIndex + 1}`}
              />
            ))}
          </ol>
        )}
        <button
          type="button"
          className="button button--small"
          data-field="resultGoals"
          aria-label={`Legg til resultatmål under delmål ${number}`}
          onClick={() => {
            const id = newId();
            edit((p) => addResultGoal(p, subGoal.id, {}, id));
            focusSoon(`result-${id}-title`);
          }}
        >
          <span aria-hidden="true">+ </span>Legg til resultatmål
        </button>
      </div>
    </li>
  );
}
