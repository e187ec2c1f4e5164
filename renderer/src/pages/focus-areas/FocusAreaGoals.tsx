import { useState } from 'react';
import type { FocusArea } from '#shared/model/strategies';
import { addMainGoal } from '#shared/plan/goal-operations';
import { newId } from '#shared/plan/new-id';
import { usePlan } from '../../state/plan-context';
import { useNavigation } from '../../shell/navigation';

/** The main goals that belong to this focus area, a way to them, and a quick way to add one. */
export function FocusAreaGoals({ area }: { area: FocusArea }) {
  const { plan, edit } = usePlan();
  const { navigate } = useNavigation();
  const [title, setTitle] = useState('');
  const idBase = `area-${area.id}-goals`;
  const goals = plan.mainGoals
    .map((goal, index) => ({ goal, number: index + 1 }))
    .filter(({ goal }) => goal.focusAreaId === area.id);

  return (
    <div className="area-goals">
      <h3 className="subheading" id={`${idBase}-heading`}>
        Mål for satsningsområdet
      </h3>
      {goals.length === 0 ? (
        <p className="muted">Ingen hovedmål hører til dette satsningsområdet ennå.</p>
      ) : (
        <ul className="area-goals__list" aria-labelledby={`${idBase}-heading`}>
          {goals.map(({ goal, number }) => (
            <li key={goal.id}>
              <span className="area-goals__title">
                Hovedmål {number}: {goal.title || 'uten tittel'}
              </span>
              {goal.subGoals.length > 0 && (
                <ul className="area-goals__subs">
                  {goal.subGoals.map((sub, j) => (
                    <li key={sub.id}>
                      Delmål {number}.{j + 1}: {sub.title || 'uten tittel'}
                    </li>
                  ))}
                </ul>
              )}
              <a
                href="#visjon-og-mal"
                className="link"
                onClick={(event) => {
                  event.preventDefault();
                  navigate('visjon-og-mal', { entityId: goal.id, field: 'title' });
                }}
              >
                Rediger målene<span className="visually-hidden"> (hovedmål {number})</span>
              </a>
            </li>
          ))}
        </ul>
      )}
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
        <label className="field__label field__label--small" htmlFor={`${idBase}-new`}>
          Nytt hovedmål for satsningsområdet
        </label>
        <div className="inline-add__row">
          <input
            id={`${idBase}-new`}
            className="input"
            type="text"
            autoComplete="off"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit" className="button button--small" aria-disabled={!title.trim()}>
            Legg til mål
          </button>
        </div>
      </form>
    </div>
  );
}
