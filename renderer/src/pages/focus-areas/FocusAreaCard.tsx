import { yearsBetween } from '#shared/budget/budget-tables';
import { costOverYears } from '#shared/budget/financing';
import { Fragment, memo, useMemo, type ClipboardEvent } from 'react';
import type { Measure } from '#shared/model/measures';
import type { FocusArea } from '#shared/model/strategies';
import type { PastedTable } from '#shared/plan/paste-table';
import { moveFocusArea, moveFocusAreaTo } from '#shared/plan/focus-area-operations';
import { renumberMeasures } from '#shared/plan/measure-codes';
import { SHARED_PROJECTS_HEADING, groupsOf } from '#shared/plan/measure-groups';
import { addMeasure, placeMeasure } from '#shared/plan/measure-operations';
import { newId } from '#shared/plan/new-id';
import { AddButton } from '../../components/AddButton';
import { startDrag } from '../../components/sortable/drag-data';
import { dropIndex, sideOf } from '../../components/sortable/drop-position';
import { useDropSpot } from '../../components/sortable/use-drop-spot';
import { usePlanSession } from '../../state/plan-context';
import { changeThenFocus, keepingFocus } from '../../components/focus';
import { ItemActions } from '../../components/lists/ItemActions';
import { moveKeyHandler } from '../../components/lists/MoveButtons';
import { MeasureListItem } from './measures/MeasureListItem';
import { partyKey } from '../../components/owner/party-labels';
import { pastedTableOf } from './measures/PasteMeasuresDialog';
import { isTextEntry } from './measures/use-paste-measures';
import { areaName } from './area-name';
import { useChangeNotice } from './change-notice';
import { AreaCostLink } from './AreaCostLink';
import { FocusAreaDetails } from './FocusAreaDetails';

interface FocusAreaCardProps {
  area: FocusArea;
  index: number;
  count: number;
  measures: Measure[];
  /** Whether shared projects have codes of their own (the plan's setting on Om planen). */
  numberedApart: boolean;
  /** The programme period, for each measure's cost over it. */
  periodStart: number;
  periodEnd: number;
  partyLabels: ReadonlyMap<string, string>;
  expandedIds: ReadonlySet<string>;
  detailsOpen: boolean;
  onToggleMeasure: (measureId: string) => void;
  onToggleDetails: (areaId: string, open?: boolean) => void;
  onDelete: (area: FocusArea, measureCount: number) => void;
  /** Rows pasted into the measures (or null: ask for them); `restoreFocusId` is for «Angre». */
  onPasteRows: (areaId: string, table: PastedTable | null, restoreFocusId: string) => void;
}

/** One focus area: what it is, its goals and strategies, and its measures. */
export const FocusAreaCard = memo(function FocusAreaCard({
  area,
  index,
  count,
  measures,
  numberedApart,
  periodStart,
  periodEnd,
  partyLabels,
  expandedIds,
  detailsOpen,
  onToggleMeasure,
  onToggleDetails,
  onDelete,
  onPasteRows,
}: FocusAreaCardProps) {
  const session = usePlanSession();
  const notice = useChangeNotice();
  const idBase = `area-${area.id}`;
  const short = `satsningsområde ${area.code}`.trim();
  // The area's own measures, then «Felles prosjekter» (each group moved within itself).
  const groups = useMemo(() => groupsOf(measures), [measures]);
  const years = useMemo(() => yearsBetween(periodStart, periodEnd), [periodStart, periodEnd]);
  const move = (delta: -1 | 1) =>
    keepingFocus(() => session.edit((p) => moveFocusArea(p, area.id, delta)));

  // A measure dropped on the area goes last in it; an area goes before or after this one.
  const { spot: drop, dropProps } = useDropSpot({
    kinds: ['measure', 'area'],
    spotAt: (event, kind) => (kind === 'measure' ? 'measure' : sideOf(event)),
    onDrop: (dragged, spot) => {
      if (spot === 'measure') {
        session.edit((p) => placeMeasure(p, dragged, area.id, null));
      } else if (dragged !== area.id) {
        session.edit((p) => {
          const from = p.focusAreas.findIndex((f) => f.id === dragged);
          return moveFocusAreaTo(p, dragged, dropIndex(from, index, spot));
        });
      }
    },
  });

  const pasteButtonId = `${idBase}-paste`;
  // Ctrl+V anywhere in the focus area but a text field: rows copied from Word or Excel.
  const onPaste = (event: ClipboardEvent) => {
    if (isTextEntry(event.target)) return;
    const table = pastedTableOf(event.clipboardData);
    if (table.length === 0) return;
    event.preventDefault();
    onPasteRows(area.id, table, pasteButtonId);
  };

  return (
    <li
      className={`area-card${drop ? ` area-card--drop-${drop}` : ''}`}
      data-entity-id={area.id}
      onKeyDown={moveKeyHandler(move)}
      {...dropProps}
    >
      <section aria-labelledby={`${idBase}-heading`} onPaste={onPaste}>
        <div className="area-card__head">
          <span
            className="drag-handle drag-handle--area"
            draggable
            onDragStart={(event) => startDrag(event, 'area', area.id)}
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
        <AreaCostLink area={area} />
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
            rekkefølgen de står nå
            {numberedApart && groups[1]!.measures.length > 0
              ? ', og de felles prosjektene egne koder fra A'
              : ''}
            .
          </p>
        )}
        {measures.length === 0 ? (
          <p className="muted area-card__empty">
            Ingen tiltak ennå. Legg til et tiltak, eller dra et tiltak hit fra et annet
            satsningsområde.
          </p>
        ) : (
          groups.map((group) => {
            if (group.measures.length === 0) return null;
            const listLabel =
              group.kind === 'shared' ? `${idBase}-shared-heading` : `${idBase}-measures`;
            return (
              <Fragment key={group.kind}>
                {group.kind === 'shared' && (
                  <h4 className="measure-group-heading" id={`${idBase}-shared-heading`}>
                    {SHARED_PROJECTS_HEADING} ({group.measures.length})
                  </h4>
                )}
                <ol
                  className={`measure-list measure-list--${group.kind}`}
                  aria-labelledby={listLabel}
                >
                  {group.measures.map((m, i) => (
                    <MeasureListItem
                      key={m.id}
                      measure={m}
                      ownerLabel={m.owner ? (partyLabels.get(partyKey(m.owner)) ?? '') : ''}
                      cost={costOverYears(m.budget, years)}
                      index={i}
                      count={group.measures.length}
                      nextId={group.measures[i + 1]?.id ?? null}
                      expanded={expandedIds.has(m.id)}
                      onToggle={onToggleMeasure}
                    />
                  ))}
                </ol>
              </Fragment>
            );
          })
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
        </AddButton>{' '}
        <button
          id={pasteButtonId}
          type="button"
          className="button button--quiet button--small"
          onClick={() => onPasteRows(area.id, null, pasteButtonId)}
        >
          Lim inn fra Word/Excel …
        </button>
      </section>
    </li>
  );
});
