import { useRef, useState } from 'react';
import type { FocusArea } from '#shared/model/strategies';
import {
  addAreaSubGoal,
  defaultMainGoalForArea,
  type AreaSubGoalParent,
} from '#shared/plan/area-goals';
import { goalNumbers } from '#shared/plan/goal-numbers';
import { newId } from '#shared/plan/new-id';
import { usePlan } from '../../state/plan-context';

/**
 * Adds the focus area's next sub-goal under a chosen main goal, as fast as typing the form's
 * list: Enter adds, and the cursor stays in the title field for the next one. A plan without
 * main goals gets a field for the first one here, so the user never has to leave the page.
 */
export function AreaSubGoalForm({ area }: { area: FocusArea }) {
  const { plan, edit } = usePlan();
  const idBase = `area-${area.id}-subgoal`;
  const titleRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [newMainTitle, setNewMainTitle] = useState('');
  /** The main goal the user picked; null (or a goal since deleted) means the default. */
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<{ field: 'title' | 'main'; text: string } | null>(null);
  const [added, setAdded] = useState('');

  const hasMainGoals = plan.mainGoals.length > 0;
  const mainGoalId =
    picked && plan.mainGoals.some((g) => g.id === picked)
      ? picked
      : defaultMainGoalForArea(plan, area.id);
  const numbers = goalNumbers(plan);

  const submit = () => {
    const text = title.trim();
    if (!hasMainGoals && !newMainTitle.trim()) {
      setError({ field: 'main', text: 'Skriv hovedmålet delmålet skal høre under.' });
      mainRef.current?.focus();
      return;
    }
    if (!text) {
      setError({ field: 'title', text: 'Skriv delmålet først.' });
      titleRef.current?.focus();
      return;
    }
    const mainId = newId();
    const parent: AreaSubGoalParent =
      hasMainGoals && mainGoalId
        ? { kind: 'existing', mainGoalId }
        : { kind: 'new', title: newMainTitle.trim(), id: mainId };
    const id = newId();
    let number = '';
    edit((p) => {
      const next = addAreaSubGoal(p, area.id, parent, text, id);
      number = goalNumbers(next).get(id) ?? '';
      return next;
    });
    setTitle('');
    setError(null);
    setAdded(number ? `Delmål ${number} «${text}» er lagt til.` : '');
    if (parent.kind === 'new') {
      setNewMainTitle('');
      setPicked(mainId);
    }
    // Synchronously, so the next keys typed land in the field for the next sub-goal.
    titleRef.current?.focus();
  };

  const errorId = (field: 'title' | 'main') =>
    error?.field === field ? `${idBase}-${field}-error` : undefined;

  return (
    <form
      className="area-subgoal-form"
      aria-labelledby={`${idBase}-legend`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className="area-subgoal-form__legend" id={`${idBase}-legend`}>
        Nytt delmål for satsningsområde {area.code}
      </p>
      {hasMainGoals ? (
        <div className="field field--small">
          <label className="field__label field__label--small" htmlFor={`${idBase}-main`}>
            Under hovedmål
          </label>
          <select
            id={`${idBase}-main`}
            className="input input--select"
            value={mainGoalId ?? ''}
            onChange={(e) => setPicked(e.target.value)}
          >
            {plan.mainGoals.map((g) => (
              <option key={g.id} value={g.id}>
                Hovedmål {numbers.get(g.id)}: {g.title || 'uten tittel'}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className={`field field--small${error?.field === 'main' ? ' field--error' : ''}`}>
          <label className="field__label field__label--small" htmlFor={`${idBase}-new-main`}>
            Hovedmål delmålet hører under
          </label>
          <p className="field__hint" id={`${idBase}-new-main-hint`}>
            Planen har ingen hovedmål ennå. Skriv det her, så lages hovedmålet (for hele planen)
            sammen med delmålet.
          </p>
          {error?.field === 'main' && (
            <p className="field__error" id={errorId('main')}>
              {error.text}
            </p>
          )}
          <input
            ref={mainRef}
            id={`${idBase}-new-main`}
            className="input"
            type="text"
            autoComplete="off"
            aria-describedby={[`${idBase}-new-main-hint`, errorId('main')]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={error?.field === 'main' ? true : undefined}
            value={newMainTitle}
            onChange={(e) => {
              setNewMainTitle(e.target.value);
              if (error?.field === 'main') setError(null);
            }}
          />
        </div>
      )}
      <div className={`field field--small${error?.field === 'title' ? ' field--error' : ''}`}>
        <label className="field__label field__label--small" htmlFor={`${idBase}-title`}>
          Delmål
        </label>
        {error?.field === 'title' && (
          <p className="field__error" id={errorId('title')}>
            {error.text}
          </p>
        )}
        <div className="inline-add__row">
          <input
            ref={titleRef}
            id={`${idBase}-title`}
            className="input"
            type="text"
            autoComplete="off"
            aria-describedby={errorId('title')}
            aria-invalid={error?.field === 'title' ? true : undefined}
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              if (error?.field === 'title') setError(null);
            }}
          />
          <button type="submit" className="button button--small">
            Legg til delmål
          </button>
        </div>
      </div>
      <p className="area-subgoal-form__status" role="status">
        {added}
      </p>
    </form>
  );
}
