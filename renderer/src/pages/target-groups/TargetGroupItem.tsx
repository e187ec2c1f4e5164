import type { TargetGroup } from '#shared/model/strategies';
import {
  moveTargetGroup,
  removeTargetGroup,
  targetGroupUsage,
  updateTargetGroup,
  type TargetGroupFields,
} from '#shared/plan/target-group-operations';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlan } from '../../state/plan-context';
import { keepingFocus } from '../../components/focus';
import { SortableCard } from '../../components/sortable/SortableCard';
import type { SortableDrag } from '../../components/sortable/SortableList';
import { LinkList, MeasureLink } from '../../components/links/entity-links';

interface TargetGroupItemProps {
  group: TargetGroup;
  index: number;
  count: number;
  drag: SortableDrag;
  onDeleted: (message: string, restoreFocusId: string) => void;
}

export function TargetGroupItem({ group, index, count, drag, onDeleted }: TargetGroupItemProps) {
  const { plan, edit } = usePlan();
  const idBase = `target-group-${group.id}`;
  const name = group.name.trim();
  const what = name ? `målgruppen ${name}` : `målgruppe ${index + 1}`;
  const usage = targetGroupUsage(plan, group.id);
  const change = (fields: TargetGroupFields, field: string) =>
    edit((p) => updateTargetGroup(p, group.id, fields), `targetGroup.${group.id}.${field}`);
  const move = (delta: -1 | 1) =>
    keepingFocus(() => edit((p) => moveTargetGroup(p, group.id, delta)));

  const remove = () => {
    const uses = [
      usage.measures.length > 0 && `${usage.measures.length} tiltak`,
      usage.workshopCardCount > 0 && `${usage.workshopCardCount} verkstedkort`,
    ].filter(Boolean);
    edit((p) => removeTargetGroup(p, group.id));
    onDeleted(
      `${name ? `Målgruppen «${name}»` : `Målgruppe ${index + 1}`} er slettet${
        uses.length ? ` og tatt ut av ${uses.join(' og ')}` : ''
      }.`,
      `${idBase}-name`,
    );
  };

  return (
    <SortableCard
      id={group.id}
      idBase={idBase}
      className="reorder-card"
      drag={drag}
      heading={name || `Målgruppe ${index + 1}`}
      what={what}
      index={index}
      count={count}
      onMove={move}
      onDelete={remove}
    >
      <DraftTextField
        id={`${idBase}-name`}
        label="Navn på målgruppen"
        value={group.name}
        onChange={(value) => change({ name: value }, 'name')}
      />
      <DraftTextField
        id={`${idBase}-description`}
        label="Beskrivelse"
        hint="Hvem gruppen er, og hva de trenger."
        multiline
        rows={2}
        value={group.description}
        onChange={(description) => change({ description }, 'description')}
      />
      <p className="target-group-usage">
        <span className="target-group-usage__label">Tiltak for gruppen: </span>
        {usage.measures.length > 0 ? (
          <LinkList
            items={usage.measures}
            keyOf={(m) => m.id}
            render={(m) => <MeasureLink measure={m} />}
          />
        ) : (
          <span className="tag tag--gap">Ingen tiltak retter seg mot gruppen ennå</span>
        )}
      </p>
    </SortableCard>
  );
}
