import type { MouseEvent } from 'react';
import { goalOutline } from '#shared/plan/goal-outline';
import { changeThenFocus } from '../../components/focus';
import { usePlan } from '../../state/plan-context';
import { useGoalFolding } from './goal-folding';

/**
 * The goals at a glance, as links: the vision, each main goal and its sub-goals, numbered as
 * everywhere else. A link unfolds its goal, scrolls it to the top and puts the cursor in its
 * title. Beside the goals on a wide window (sticky, so it stays while the goals scroll); above
 * them, folded away, on a narrower one, where the folded goal list is itself an overview.
 */
export function GoalOutline({ beside }: { beside: boolean }) {
  const { plan } = usePlan();
  const folding = useGoalFolding();
  const outline = goalOutline(plan);

  const jump = (event: MouseEvent, mainGoalId: string | null, focusId: string) => {
    event.preventDefault();
    // Unfolded and focused in this same event, so what is typed next lands in the title.
    changeThenFocus(
      () => {
        if (mainGoalId) folding.open(mainGoalId);
      },
      () => {
        const field = document.getElementById(focusId);
        field?.closest<HTMLElement>('[data-entity-id], section')?.scrollIntoView({
          block: 'start',
        });
        return field;
      },
    );
  };

  const list = (
    <ol className="goal-outline__list">
      <li>
        <a href="#vision-text" onClick={(e) => jump(e, null, 'vision-text')}>
          Visjon
        </a>
      </li>
      {outline.map((main) => (
        <li key={main.id}>
          <a
            href={`#goal-${main.id}-title`}
            onClick={(e) => jump(e, main.id, `goal-${main.id}-title`)}
          >
            <span className="goal-outline__number">Hovedmål {main.number}</span>{' '}
            <span className="goal-outline__title">{main.title || 'Uten tittel'}</span>
          </a>
          {main.subGoals.length > 0 && (
            <ol className="goal-outline__subs">
              {main.subGoals.map((sub) => (
                <li key={sub.id}>
                  <a
                    href={`#sub-${sub.id}-title`}
                    onClick={(e) => jump(e, main.id, `sub-${sub.id}-title`)}
                  >
                    <span className="goal-outline__number">Delmål {sub.number}</span>{' '}
                    <span className="goal-outline__title">{sub.title || 'Uten tittel'}</span>
                  </a>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );

  if (beside)
    return (
      <nav className="goal-outline goal-outline--beside" aria-labelledby="goal-outline-heading">
        <h2 id="goal-outline-heading" className="goal-outline__heading">
          Oversikt over målene
        </h2>
        {list}
      </nav>
    );
  return (
    <nav className="goal-outline goal-outline--above" aria-label="Oversikt over målene">
      <details className="goal-outline__details">
        <summary className="goal-outline__summary">Oversikt over målene</summary>
        {list}
      </details>
    </nav>
  );
}
