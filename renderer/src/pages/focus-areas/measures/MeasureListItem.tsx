import { memo } from 'react';
import { formatKroner } from '#shared/format/numbers';
import { measureStatusLabel, type Measure } from '#shared/model/measures';
import { moveMeasure, placeMeasure } from '#shared/plan/measure-operations';
import { usePlanSession } from '../../../state/plan-context';
import { startDrag } from '../../../components/sortable/drag-data';
import { sideOf } from '../../../components/sortable/drop-position';
import { useDropSpot } from '../../../components/sortable/use-drop-spot';
import { changeThenFocus, keepingFocus } from '../../../components/focus';
import { MoveButtons, moveKeyHandler } from '../../../components/lists/MoveButtons';
import { MeasureEditor } from './MeasureEditor';

interface MeasureListItemProps {
  measure: Measure;
  ownerLabel: string;
  /** Whole kroner over the programme period; 0 shows nothing. */
  cost: number;
  index: number;
  count: number;
  /** The measure after this one in the focus area (for dropping below this one). */
  nextId: string | null;
  expanded: boolean;
  onToggle: (measureId: string) => void;
}

export const measureToggleId = (measureId: string) => `measure-${measureId}-toggle`;

/**
 * One measure in a focus area: a summary row that opens the editor. Memoised, and it reads the
 * plan only through its props, so typing in one measure does not redraw the others.
 */
export const MeasureListItem = memo(function MeasureListItem({
  measure,
  ownerLabel,
  cost,
  index,
  count,
  nextId,
  expanded,
  onToggle,
}: MeasureListItemProps) {
  const session = usePlanSession();
  const id = measure.id;
  const idBase = `measure-${id}`;
  const label = `tiltak ${measure.code || 'uten kode'}`;
  const move = (delta: -1 | 1) =>
    keepingFocus(() => session.edit((p) => moveMeasure(p, id, delta)));

  // A measure dropped here goes before or after this one, in this focus area.
  const { spot: drop, dropProps } = useDropSpot({
    kinds: ['measure'],
    spotAt: sideOf,
    onDrop: (dragged, side) => {
      const before = side === 'before' ? id : nextId;
      session.edit((p) => placeMeasure(p, dragged, measure.focusAreaId, before));
    },
    isolate: true,
  });

  return (
    <li
      className={`measure-item${drop ? ` measure-item--drop-${drop}` : ''}${expanded ? ' measure-item--open' : ''}`}
      data-entity-id={id}
      onKeyDown={moveKeyHandler(move)}
      {...dropProps}
    >
      <div
        className="measure-item__row"
        draggable
        onDragStart={(event) => startDrag(event, 'measure', id)}
      >
        <span className="drag-handle" aria-hidden="true" title="Dra for å flytte">
          ⠿
        </span>
        <button
          id={measureToggleId(id)}
          type="button"
          className="measure-item__toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? `${idBase}-editor` : undefined}
          onClick={() => onToggle(id)}
        >
          <span className="measure-code">{measure.code || '–'}</span>{' '}
          <span className="measure-item__title">{measure.title || 'Tiltak uten tittel'}</span>
          {measure.priority && (
            <>
              {' '}
              <span className="tag tag--priority">Prioritert</span>
            </>
          )}
        </button>
        <span className="measure-item__meta">
          {ownerLabel ? (
            <span className="measure-item__owner">{ownerLabel}</span>
          ) : (
            <span className="tag tag--gap">Mangler ansvarlig</span>
          )}
          <span className={`status-tag status-tag--${measure.status ?? 'unset'}`}>
            {measureStatusLabel(measure.status)}
          </span>
          {cost > 0 && <span className="measure-item__cost">{formatKroner(cost)}</span>}
          <span className="measure-item__progress">{measure.progress} %</span>
        </span>
      </div>
      {expanded && (
        <div id={`${idBase}-editor`} className="measure-item__editor">
          <MeasureEditor
            measure={measure}
            restoreFocusId={measureToggleId}
            extraActions={
              <MoveButtons
                idBase={idBase}
                what={label}
                canMoveUp={index > 0}
                canMoveDown={index < count - 1}
                onMove={move}
              />
            }
            onDuplicated={(copyId) => {
              changeThenFocus(() => onToggle(copyId), `measure-${copyId}-title`);
            }}
          />
        </div>
      )}
    </li>
  );
});
