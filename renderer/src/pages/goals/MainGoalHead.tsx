import type { ReactNode } from 'react';
import { ItemActions } from '../../components/lists/ItemActions';

interface MainGoalHeadProps {
  idBase: string;
  /** «Hovedmål 1»: the article's name. */
  label: string;
  title: string;
  /** «3 delmål · 5 resultatmål». */
  summary: string;
  folded: boolean;
  onToggle: () => void;
  /** Shown between the heading and the buttons (the focus area tag). */
  children?: ReactNode;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}

/**
 * A main goal's head line: a heading that is one button folding the goal to this line or
 * opening it (the disclosure pattern: `aria-expanded`, `aria-controls`), with its number, title
 * and what it holds, then Flytt opp / Flytt ned / Slett, which work folded too.
 */
export function MainGoalHead({
  idBase,
  label,
  title,
  summary,
  folded,
  onToggle,
  children,
  ...actions
}: MainGoalHeadProps) {
  const what = label.charAt(0).toLocaleLowerCase('nb') + label.slice(1);
  return (
    <div className="goal-card__head">
      <h3 className="goal-card__heading">
        <button
          type="button"
          id={`${idBase}-fold`}
          className="goal-fold"
          aria-expanded={!folded}
          aria-controls={`${idBase}-body`}
          onClick={onToggle}
        >
          <span className="goal-fold__chevron" aria-hidden="true" />
          <span className="goal-fold__text">
            <span id={`${idBase}-heading`} className="goal-fold__number">
              {label}
            </span>{' '}
            {/* Open, the title field right below shows it, and a head that rewraps while one types
                would move everything below; the name stays the same for screen readers. */}
            <span className={folded ? 'goal-fold__title' : 'visually-hidden'}>
              {title.trim() || 'Uten tittel'}
            </span>{' '}
            <span className="goal-fold__summary">{summary}</span>
          </span>
        </button>
      </h3>
      {children}
      <ItemActions idBase={idBase} what={what} {...actions} />
    </div>
  );
}
