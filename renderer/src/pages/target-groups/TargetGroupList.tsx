import { useRef } from 'react';
import { newId } from '../../../../shared/plan/new-id';
import { addTargetGroup, moveTargetGroupTo } from '../../../../shared/plan/target-group-operations';
import { usePlan } from '../../state/plan-context';
import { focusSoon } from '../goals/focus';
import { useDragReorder } from '../strategies/use-drag-reorder';
import { TargetGroupItem } from './TargetGroupItem';

interface TargetGroupListProps {
  onDeleted: (message: string, restoreFocusId: string) => void;
}

export function TargetGroupList({ onDeleted }: TargetGroupListProps) {
  const { plan, edit } = usePlan();
  const groups = plan.targetGroups;
  const listRef = useRef<HTMLOListElement>(null);
  const drag = useDragReorder(
    listRef,
    groups.map((g) => g.id),
    (id, to) => {
      edit((p) => moveTargetGroupTo(p, id, to));
      focusSoon(`target-group-${id}`);
    },
  );

  return (
    <section className="form-section target-group-section" aria-labelledby="target-groups-heading">
      <h2 id="target-groups-heading">Målgruppene</h2>
      <p className="muted">
        Flytt en målgruppe med knappene, med Alt + pil opp / pil ned når du står i den, eller ved å
        dra i håndtaket med musen. Rekkefølgen her er rekkefølgen i tabellen og i planen.
      </p>
      {groups.length === 0 ? (
        <p>Planen har ingen målgrupper ennå.</p>
      ) : (
        <ol
          ref={listRef}
          className={`reorder-list${drag.dragging ? ' is-dragging' : ''}`}
          aria-label="Målgrupper"
        >
          {groups.map((group, index) => (
            <TargetGroupItem
              key={group.id}
              group={group}
              index={index}
              count={groups.length}
              dragClass={drag.itemClass(group.id)}
              dragHandle={drag.handleProps(group.id)}
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
          edit((p) => addTargetGroup(p, {}, id));
          focusSoon(`target-group-${id}-name`);
        }}
      >
        <span aria-hidden="true">+ </span>Legg til målgruppe
      </button>
    </section>
  );
}
