import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { bodyTypeColours } from '#shared/charts/org-chart-source';
import { type OrgBody } from '#shared/model/organisation';
import type { Plan } from '#shared/model/plan';
import {
  canReportTo,
  childrenOf,
  indentBody,
  moveBody,
  outdentBody,
  placeBody,
  type BodyPlace,
} from '#shared/plan/organisation-operations';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { leftElement, startDrag } from '../../components/sortable/drag-data';
import { zoneOf, type DropZone } from '../../components/sortable/drop-position';
import { bodyName, rowId, shortTypeLabel } from './body-ids';

interface BodyTreeProps {
  selectedId: string | null;
  onSelect: (bodyId: string) => void;
}

/**
 * The bodies as nested lists, one button per body. Only the selected body is a tab stop; the
 * arrow keys move between bodies (and select them), Alt + arrows move the selected body: up and
 * down among its siblings, left to the level above, right in under the body above it. Bodies
 * can also be dragged: onto the upper or lower edge of another body to go beside it, onto the
 * middle to go under it.
 */
export function BodyTree({ selectedId, onSelect }: BodyTreeProps) {
  const { plan, edit } = usePlan();
  const treeRef = useRef<HTMLUListElement>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; spot: DropZone } | null>(null);
  const focusable = selectedId ?? plan.organisation[0]?.id ?? null;

  const focusRow = (bodyId: string) => {
    changeThenFocus(() => onSelect(bodyId), rowId(bodyId));
  };

  const onKeyDown = (event: KeyboardEvent, body: OrgBody) => {
    const rows = [...(treeRef.current?.querySelectorAll<HTMLElement>('[data-row-id]') ?? [])];
    const index = rows.findIndex((row) => row.dataset.rowId === body.id);
    const modified = event.ctrlKey || event.metaKey || event.shiftKey;
    if (event.altKey && !modified) {
      const change = {
        ArrowUp: (p: Plan) => moveBody(p, body.id, -1),
        ArrowDown: (p: Plan) => moveBody(p, body.id, 1),
        ArrowLeft: (p: Plan) => outdentBody(p, body.id),
        ArrowRight: (p: Plan) => indentBody(p, body.id),
      }[event.key];
      if (!change) return;
      event.preventDefault();
      edit(change);
      focusRow(body.id);
      return;
    }
    if (event.altKey || modified) return;
    const target = {
      ArrowUp: rows[index - 1],
      ArrowDown: rows[index + 1],
      Home: rows[0],
      End: rows[rows.length - 1],
    }[event.key];
    if (event.key in { ArrowUp: 1, ArrowDown: 1, Home: 1, End: 1 }) event.preventDefault();
    if (target?.dataset.rowId) focusRow(target.dataset.rowId);
  };

  const placeFor = (target: OrgBody, spot: DropZone): BodyPlace => {
    if (spot === 'inside') return { parentId: target.id };
    if (spot === 'before') return { parentId: target.parentId, beforeId: target.id };
    const siblings = childrenOf(plan, target.parentId).filter((b) => b.id !== dragged);
    const next = siblings[siblings.findIndex((b) => b.id === target.id) + 1];
    return { parentId: target.parentId, beforeId: next?.id ?? null };
  };

  const dragHandlers = (body: OrgBody) => ({
    draggable: true,
    onDragStart: (event: DragEvent) => {
      startDrag(event, 'body', body.id);
      setDragged(body.id);
    },
    onDragEnd: () => {
      setDragged(null);
      setDrop(null);
    },
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!dragged || dragged === body.id) return;
      const spot = zoneOf(event);
      if (!canReportTo(plan, dragged, placeFor(body, spot).parentId)) {
        setDrop(null);
        return;
      }
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (drop?.id !== body.id || drop.spot !== spot) setDrop({ id: body.id, spot });
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => {
      if (leftElement(event)) setDrop(null);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      if (dragged && drop) {
        const moving = dragged;
        edit((p) => placeBody(p, moving, placeFor(body, drop.spot)));
        focusRow(moving);
      }
      setDragged(null);
      setDrop(null);
    },
  });

  const renderLevel = (parentId: string | null) => {
    const bodies = childrenOf(plan, parentId);
    if (bodies.length === 0) return null;
    return (
      <ul
        className={parentId === null ? 'body-tree' : 'body-tree__children'}
        ref={parentId === null ? treeRef : undefined}
      >
        {bodies.map((body) => {
          const selected = body.id === selectedId;
          const spot = drop?.id === body.id ? drop.spot : null;
          return (
            <li key={body.id} className="body-tree__item">
              <div
                className={[
                  'body-tree__row',
                  selected ? 'body-tree__row--selected' : '',
                  dragged === body.id ? 'body-tree__row--dragged' : '',
                  spot ? `body-tree__row--drop-${spot}` : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                {...dragHandlers(body)}
              >
                <button
                  type="button"
                  id={rowId(body.id)}
                  data-row-id={body.id}
                  className="body-tree__select"
                  tabIndex={body.id === focusable ? 0 : -1}
                  // "Styringsgruppe, Styringsgruppe": the name, then the type.
                  aria-label={`${bodyName(body)}, ${shortTypeLabel(body.type)}`}
                  aria-current={selected ? 'true' : undefined}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight"
                  onClick={() => onSelect(body.id)}
                  onKeyDown={(event) => onKeyDown(event, body)}
                >
                  <span
                    className="body-tree__swatch"
                    style={{ background: bodyTypeColours[body.type] }}
                    aria-hidden="true"
                  />
                  <span className="body-tree__name">{bodyName(body)}</span>
                  <span className="body-tree__type">{shortTypeLabel(body.type)}</span>
                </button>
              </div>
              {renderLevel(body.id)}
            </li>
          );
        })}
      </ul>
    );
  };

  const draggedBody = plan.organisation.find((b) => b.id === dragged);
  return (
    <div className="body-tree-scroll">
      {renderLevel(null)}
      {draggedBody?.parentId && (
        <div
          className={`body-tree__drop-top${drop?.id === '' ? ' body-tree__drop-top--active' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            if (drop?.id !== '') setDrop({ id: '', spot: 'inside' });
          }}
          onDragLeave={() => setDrop(null)}
          onDrop={(event) => {
            event.preventDefault();
            edit((p) => placeBody(p, draggedBody.id, { parentId: null }));
            focusRow(draggedBody.id);
            setDragged(null);
            setDrop(null);
          }}
        >
          Slipp her for å flytte «{bodyName(draggedBody)}» til øverste nivå
        </div>
      )}
    </div>
  );
}
