import { useState } from 'react';
import type { FocusArea } from '#shared/model/strategies';
import { areaGoalGroups } from '#shared/plan/area-goals';
import { addMainGoal } from '#shared/plan/goal-operations';
import { goalNumbers } from '#shared/plan/goal-numbers';
import { newId } from '#shared/plan/new-id';
import { usePlan } from '../../state/plan-context';
import { useNavigation } from '../../shell/navigation';
import { AreaSubGoalForm } from './AreaSubGoalForm';

/**
 * The goals of a focus area as Husbanken's form gives them: the area's sub-goals («Delmål 1.1»)
 * under the main goal they serve, each a link to where it is edited; a form to add the next
 * sub-goal (the main path), and, folded away, a main goal that only this area has.
 */
export function FocusAreaGoals({ area }: { area: FocusArea }) {
  const { plan } = usePlan();
  const { navigate } = useNavigation();
  const idBase = `area-${area.id}-goals`;
  const numbers = goalNumbers(plan);
  const groups = areaGoalGroups(plan, area.id);
  const editLink = (goalId: string, what: string) => (
    <a
      href="#visjon-og-mal"
      className="link area-goals__edit"
      onClick={(event) => {
        event.preventDefault();
        navigate('visjon-og-mal', { entityId: goalId, field: 'title' });
      }}
    >
      Rediger<span className="visually-hidden"> {what}</span>
    </a>
  );

  return (
    <div className="area-goals">
      <h3 className="subheading" id={`${idBase}-heading`}>
        Mål for satsningsområdet
      </h3>
      {groups.length === 0 ? (
        <p className="muted">Ingen mål hører til dette satsningsområdet ennå.</p>
      ) : (
        <ul className="area-goals__list" aria-labelledby={`${idBase}-heading`}>
          {groups.map(({ mainGoal, ownsMainGoal, subGoals }) => {
            const mainNumber = numbers.get(mainGoal.id) ?? '';
            return (
              <li key={mainGoal.id} data-goal-id={mainGoal.id}>
                <span className="area-goals__title">
                  Hovedmål {mainNumber}: {mainGoal.title || 'uten tittel'}
                  {ownsMainGoal && <span className="tag area-goals__tag">Bare dette området</span>}
                </span>
                {subGoals.length > 0 && (
                  <ul
                    className="area-goals__subs"
                    aria-label={`Delmål under hovedmål ${mainNumber}`}
                  >
                    {subGoals.map((sub) => {
                      const label = `Delmål ${numbers.get(sub.id) ?? ''}`;
                      const results = sub.resultGoals.length;
                      return (
                        <li key={sub.id} data-goal-id={sub.id} className="area-goals__sub">
                          <span>
                            <span className="area-goals__number">{label}</span>:{' '}
                            {sub.title || 'uten tittel'}
                            {results > 0 && <span className="muted"> ({results} resultatmål)</span>}
                          </span>{' '}
                          {editLink(sub.id, label.toLocaleLowerCase('nb'))}
                        </li>
                      );
                    })}
                  </ul>
                )}
                {ownsMainGoal && editLink(mainGoal.id, `hovedmål ${mainNumber}`)}
              </li>
            );
          })}
        </ul>
      )}
      <AreaSubGoalForm area={area} />
      <AreaMainGoalForm area={area} />
    </div>
  );
}

/** The older path, kept for plans whose focus areas have main goals of their own. */
function AreaMainGoalForm({ area }: { area: FocusArea }) {
  const { edit } = usePlan();
  const [title, setTitle] = useState('');
  const inputId = `area-${area.id}-goals-new-main`;
  return (
    <details className="area-goals__more">
      <summary>Hovedmål som bare gjelder dette satsningsområdet</summary>
      <form
        className="inline-add"
        onSubmit={(event) => {
          event.preventDefault();
          const text = title.trim();
          if (!text) return;
          edit((p) => addMainGoal(p, { title: text, focusAreaId: area.id }, newId()));
          setTitle('');
        }}
      >
        <label className="field__label field__label--small" htmlFor={inputId}>
          Nytt hovedmål for satsningsområdet
        </label>
        <div className="inline-add__row">
          <input
            id={inputId}
            className="input"
            type="text"
            autoComplete="off"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="button button--small" aria-disabled={!title.trim()}>
            Legg til hovedmål
          </button>
        </div>
      </form>
    </details>
  );
}
