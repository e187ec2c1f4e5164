import { newId } from '#shared/plan/new-id';
import { addTargetGroup, moveTargetGroupTo } from '#shared/plan/target-group-operations';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { SortableList } from '../../components/sortable/SortableList';
import { TargetGroupItem } from './TargetGroupItem';

interface TargetGroupListProps {
  onDeleted: (message: string, restoreFocusId: string) => void;
}

export function TargetGroupList({ onDeleted }: TargetGroupListProps) {
  const { plan, edit } = usePlan();
  const groups = plan.targetGroups;

  return (
    <section className="form-section target-group-section" aria-labelledby="target-groups-heading">
      <h2 id="target-groups-heading">Målgruppene</h2>
      <p className="muted">
        Flytt en målgruppe med knappene, med Alt + pil opp / pil ned når du står i den, eller ved å
        dra i håndtaket med musen. Rekkefølgen her er rekkefølgen i tabellen og i planen.
      </p>
      <SortableList
        items={groups}
        label="Målgrupper"
        className="reorder-list"
        empty="Planen har ingen målgrupper ennå."
        onMoveTo={(id, to) => {
          changeThenFocus(() => edit((p) => moveTargetGroupTo(p, id, to)), `target-group-${id}`);
        }}
        addLabel="Legg til målgruppe"
        onAdd={() => {
          const id = newId();
          changeThenFocus(() => edit((p) => addTargetGroup(p, {}, id)), `target-group-${id}-name`);
        }}
      >
        {(group, index, drag) => (
          <TargetGroupItem
            group={group}
            index={index}
            count={groups.length}
            drag={drag}
            onDeleted={onDeleted}
          />
        )}
      </SortableList>
    </section>
  );
}
