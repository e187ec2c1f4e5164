import { useRef } from 'react';
import { addStrategy, moveStrategyTo } from '../../../../shared/plan/strategy-operations';
import { newId } from '../../../../shared/plan/new-id';
import { usePlan } from '../../state/plan-context';
import { focusSoon } from '../goals/focus';
import { StrategyItem } from './StrategyItem';
import { useDragReorder } from './use-drag-reorder';

interface StrategyListProps {
  /** Tells the page's deletion notice; `restoreFocusId` gets focus on undo. */
  onDeleted: (message: string, restoreFocusId: string) => void;
}

export function StrategyList({ onDeleted }: StrategyListProps) {
  const { plan, edit } = usePlan();
  const strategies = plan.strategies;
  const listRef = useRef<HTMLOListElement>(null);
  const drag = useDragReorder(
    listRef,
    strategies.map((s) => s.id),
    (id, to) => {
      edit((p) => moveStrategyTo(p, id, to));
      focusSoon(`strategy-${id}`);
    },
  );

  return (
    <section aria-labelledby="strategy-list-heading">
      <h2 id="strategy-list-heading" className="visually-hidden">
        Strategiene i planen
      </h2>
      <p className="muted">
        Rekkefølgen her er rekkefølgen i planen. Flytt en strategi med knappene, med Alt + pil opp /
        pil ned når du står i den, eller ved å dra i håndtaket med musen.
      </p>
      {strategies.length === 0 ? (
        <p>Planen har ingen strategier ennå.</p>
      ) : (
        <ol
          ref={listRef}
          className={`strategy-list${drag.dragging ? ' is-dragging' : ''}`}
          aria-label="Strategier"
        >
          {strategies.map((strategy, index) => (
            <StrategyItem
              key={strategy.id}
              strategy={strategy}
              index={index}
              count={strategies.length}
              dragClass={drag.itemClass(strategy.id)}
              dragHandle={drag.handleProps(strategy.id)}
              onDeleted={onDeleted}
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          const id = newId();
          edit((p) => addStrategy(p, {}, id));
          focusSoon(`strategy-${id}-title`);
        }}
      >
        <span aria-hidden="true">+ </span>Legg til strategi
      </button>
    </section>
  );
}
