import type { ReactNode } from 'react';
import { ItemActions } from '../../components/lists/ItemActions';

interface GoalHeadProps {
  idBase: string;
  /** h3 for a main goal, h5 for a sub-goal. */
  level: 'h3' | 'h5';
  className: string;
  /** «Hovedmål 1», «Delmål 1.2». */
  label: string;
  /** Shown between the heading and the buttons. */
  children?: ReactNode;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}

/** A goal's number as its heading, with Flytt opp / Flytt ned / Slett. */
export function GoalHead({
  idBase,
  level: Heading,
  className,
  label,
  children,
  ...actions
}: GoalHeadProps) {
  // The buttons name the goal as in running text: «Slett hovedmål 1».
  const what = label.charAt(0).toLocaleLowerCase('nb') + label.slice(1);
  return (
    <div className="goal-card__head">
      <Heading id={`${idBase}-heading`} className={className}>
        {label}
      </Heading>
      {children}
      <ItemActions idBase={idBase} what={what} {...actions} />
    </div>
  );
}
