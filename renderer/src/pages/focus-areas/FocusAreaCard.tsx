import { memo, useState, type DragEvent } from 'react';
import type { Measure } from '#shared/model/measures';
import type { FocusArea } from '#shared/model/strategies';
import { moveFocusArea, moveFocusAreaTo } from '#shared/plan/focus-area-operations';
import { renumberMeasures } from '#shared/plan/measure-codes';
import { addMeasure, placeMeasure } from '#shared/plan/measure-operations';
import { newId } from '#shared/plan/new-id';
import { AddButton } from '../../components/AddButton';
import { usePlanSession } from '../../state/plan-context';
import { changeThenFocus, keepingFocus } from '../../components/focus';
import { ItemActions } from '../../components/lists/ItemActions';
import { moveKeyHandler } from '../../components/lists/MoveButtons';
import { MeasureListItem } from './measures/MeasureListItem';
import { partyKey } from './measures/party-labels';
import { areaName } from './area-name';
import { useChangeNotice } from './change-notice';
import { AREA_DRAG, carries, isUpperHalf, leftElement, MEASURE_DRAG, startDrag } from './drag-data';
import { FocusAreaDetails } from './FocusAreaDetails';

interface FocusAreaCardProps {
  area: FocusArea;
  index: number;
  count: number;
  measures: Measure[];
  partyLabels: ReadonlyMap<string, string>;
  expandedIds: ReadonlySet<string>;
  detailsOpen: boolean;
  onToggleMeasure: (measureId: string) => void;
  onToggleDetails: (areaId: string, open?: boolean) => void;
  onDelete: (area: FocusArea, measureCount: number) => void;
}

/** One focus area: what it is, its goals and strategies, and its measures. */
export const FocusAreaCard = memo(function FocusAreaCard({
  area,
  index,
  count,
  measures,
  partyLabels,
  expandedIds,
  detailsOpen,
  onToggleMeasure,
  onToggleDetails,
  onDelete,
}: FocusAreaCardProps) {
  const session = usePlanSession();
  const notice = useChangeNotice();
  const [drop, setDrop] = useState<'measure' | 'before' | 'after' | null>(null);
  const idBase = `area-${area.id}`;
  const short = `satsningsområde ${area.code}`.trim();
  const move = (delta: -1 | 1) =>
    keepingFocus(() => session.edit((p) => moveFocusArea(p, area.id, delta)));

  const onDragOver = (event: DragEvent<HTMLLIElement>) => {
    if (carries(event, MEASURE_DRAG)) {
      event.preventDefault();
      setDrop('measure');
    } else if (carries(event, AREA_DRAG)) {
      event.preventDefault();
      setDrop(isUpperHalf(event) ? 'before' : 'after');
    }
  };
  const onDrop = (event: DragEvent<HTMLLIElement>) => {
    const upper = isUpperHalf(event);
    setDrop(null);
    const measureId = event.dataTransfer.getData(MEASURE_DRAG);
    if (measureId) {
      event.preventDefault();
      session.edit((p) => placeMeasure(p, measureId, area.id, null));
      return;
    }
    const areaId = event.dataTransfer.getData(AREA_DRAG);
    if (!areaId || areaId === area.id) return;
    event.preventDefault();
    session.edit((p) => {
      const from = p.focusAreas.findIndex((f) => f.id === areaId);
      const to = upper ? index : index + 1;
      return moveFocusAreaTo(p, areaId, from < to ? to - 1 : to);
    });
  };

  return (
    <li
      className={`area-card${drop ? ` area-card--drop-${drop}` : ''}`}
      data-entity-id={area.id}
      onKeyDown={moveKeyHandler(move)}
      onDragOver={onDragOver}
      onDragLeave={(event) => leftElement(event) && setDrop(null)}
      onDrop={onDrop}
    >
      <section aria-labelledby={`${idBase}-heading`}>
        <div className="area-card__head">
          <span
            className="drag-handle drag-handle--area"
            draggable
            onDragStart={(event) => startDrag(event, AREA_DRAG, area.id)}
            title="Dra for å flytte satsningsområdet"
            aria-hidden="true"
          >
            ⠿
          </span>
          <h2 id={`${idBase}-heading`} className="area-card__heading" tabIndex={-1}>
            {areaName(area)}
          </h2>
          <ItemActions
            className="area-card__actions"
            idBase={idBase}
            what={short}
            index={index}
            count={count}
            onMove={move}
            onDelete={() => onDelete(area, measures.length)}
          />
        </div>
        <button
          id={`${idBase}-details-toggle`}
          type="button"
          className="disclosure"
          aria-expanded={detailsOpen}
          aria-controls={detailsOpen ? `${idBase}-details` : undefined}
          onClick={() => onToggleDetails(area.id)}
        >
          <span className="disclosure__icon" aria-hidden="true">
            {detailsOpen ? '▾' : '▸'}
          </span>
          Beskrivelse, mål og strategier
        </button>
        {detailsOpen && <FocusAreaDetails id={`${idBase}-details`} area={area} />}

        <div className="area-card__measures-head">
          <h3 className="subheading" id={`${idBase}-measures`}>
            Tiltak ({measures.length})
          </h3>
          {measures.length > 1 && (
            <button
              id={`${idBase}-renumber`}
              type="button"
              className="button button--quiet button--small"
              aria-describedby={`${idBase}-renumber-hint`}
              onClick={() => {
                session.edit((p) => renumberMeasures(p, area.id));
                notice.announce(`Tiltakene i ${short} er nummerert på nytt.`, `${idBase}-renumber`);
              }}
            >
              Nummerer tiltakene på nytt
            </button>
          )}
        </div>
        {measures.length > 1 && (
          <p id={`${idBase}-renumber-hint`} className="visually-hidden">
            Gir tiltakene kodene {area.code}A, {area.code}B, {area.code}C og så videre i den
            rekkefølgen de står nå.
          </p>
        )}
        {measures.length === 0 ? (
          <p className="muted area-card__empty">
            Ingen tiltak ennå. Legg til et tiltak, eller dra et tiltak hit fra et annet
            satsningsområde.
          </p>
        ) : (
          <ol className="measure-list" aria-labelledby={`${idBase}-measures`}>
            {measures.map((m, i) => (
              <MeasureListItem
                key={m.id}
                measure={m}
                ownerLabel={m.owner ? (partyLabels.get(partyKey(m.owner)) ?? '') : ''}
                index={i}
                count={measures.length}
                nextId={measures[i + 1]?.id ?? null}
                expanded={expandedIds.has(m.id)}
                onToggle={onToggleMeasure}
              />
            ))}
          </ol>
        )}
        <AddButton
          small
          aria-label={`Legg til tiltak i ${short}`}
          onClick={() => {
            const id = newId();
            changeThenFocus(() => {
              session.edit((p) => addMeasure(p, area.id, {}, id));
              onToggleMeasure(id);
            }, `measure-${id}-title`);
          }}
        >
          Legg til tiltak
        </AddButton>
      </section>
    </li>
  );
});
