import { addStrategy, moveStrategyTo } from '#shared/plan/strategy-operations';
import { newId } from '#shared/plan/new-id';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { SortableList } from '../../components/sortable/SortableList';
import { StrategyItem } from './StrategyItem';

interface StrategyListProps {
  /** Tells the page's deletion notice; `restoreFocusId` gets focus on undo. */
  onDeleted: (message: string, restoreFocusId: string) => void;
}

export function StrategyList({ onDeleted }: StrategyListProps) {
  const { plan, edit } = usePlan();
  const strategies = plan.strategies;

  return (
    <section aria-labelledby="strategy-list-heading">
      <h2 id="strategy-list-heading" className="visually-hidden">
        Strategiene i planen
      </h2>
      <p className="muted">
        Rekkefølgen her er rekkefølgen i planen. Flytt en strategi med knappene, med Alt + pil opp /
        pil ned når du står i den, eller ved å dra i håndtaket med musen.
      </p>
      <SortableList
        items={strategies}
        label="Strategier"
        className="strategy-list"
        empty="Planen har ingen strategier ennå."
        onMoveTo={(id, to) => {
          changeThenFocus(() => edit((p) => moveStrategyTo(p, id, to)), `strategy-${id}`);
        }}
        addLabel="Legg til strategi"
        onAdd={() => {
          const id = newId();
          changeThenFocus(() => edit((p) => addStrategy(p, {}, id)), `strategy-${id}-title`);
        }}
      >
        {(strategy, index, drag) => (
          <StrategyItem
            strategy={strategy}
            index={index}
            count={strategies.length}
            drag={drag}
            onDeleted={onDeleted}
          />
        )}
      </SortableList>
    </section>
  );
}
