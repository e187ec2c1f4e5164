import { CHECK_FIELDS } from '#shared/checks/check-fields';
import type { ResultGoal } from '#shared/model/goals';
import { removeResultGoal, updateIndicator, updateResultGoal } from '#shared/plan/goal-operations';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlan } from '../../state/plan-context';
import { useDeletionAnnouncer } from '../../components/notices/deletion-notice';
import { changeThenFocus } from '../../components/focus';
import { IndicatorFields } from './IndicatorFields';
import { GoalSupport } from './GoalSupport';

interface ResultGoalItemProps {
  resultGoal: ResultGoal;
  /** "1.2.1". */
  number: string;
}

export function ResultGoalItem({ resultGoal, number }: ResultGoalItemProps) {
  const { edit } = usePlan();
  const announcer = useDeletionAnnouncer();
  const idBase = `result-${resultGoal.id}`;
  const { indicator } = resultGoal;

  return (
    <li className="result-goal" data-entity-id={resultGoal.id}>
      <fieldset className="fieldset">
        <legend className="result-goal__legend">Resultatmål {number}</legend>
        <DraftTextField
          id={`${idBase}-title`}
          label="Tittel på resultatmålet"
          value={resultGoal.title}
          onChange={(title) =>
            edit(
              (p) => updateResultGoal(p, resultGoal.id, { title }),
              `result.${resultGoal.id}.title`,
            )
          }
        />
        {indicator ? (
          <IndicatorFields idBase={idBase} resultGoalId={resultGoal.id} indicator={indicator} />
        ) : (
          <div className="gap-row">
            <span className="tag tag--gap">Mangler målbar indikator</span>
            <button
              type="button"
              className="button button--small"
              data-field={CHECK_FIELDS.indicator}
              aria-label={`Legg til indikator for resultatmål ${number}`}
              onClick={() => {
                changeThenFocus(
                  () => edit((p) => updateIndicator(p, resultGoal.id, {})),
                  `${idBase}-indicator-name`,
                );
              }}
            >
              Legg til indikator
            </button>
          </div>
        )}
        <GoalSupport goalId={resultGoal.id} />
        <div className="button-row">
          {indicator && (
            <button
              type="button"
              className="button button--quiet button--small"
              aria-label={`Fjern indikator for resultatmål ${number}`}
              onClick={() => {
                changeThenFocus(
                  () => edit((p) => updateResultGoal(p, resultGoal.id, { indicator: null })),
                  `${idBase}-title`,
                );
              }}
            >
              Fjern indikator
            </button>
          )}
          <button
            type="button"
            className="button button--quiet button--small button--danger-text"
            aria-label={`Slett resultatmål ${number}`}
            onClick={() => {
              edit((p) => removeResultGoal(p, resultGoal.id));
              announcer.deleted(
                `Resultatmål ${number}${resultGoal.title ? ` «${resultGoal.title}»` : ''} er slettet.`,
                `${idBase}-title`,
              );
            }}
          >
            Slett resultatmål
          </button>
        </div>
      </fieldset>
    </li>
  );
}
