import { memo } from 'react';
import type { MeasureRow, MeasureSort, SortKey } from './measure-table-model';
import { MeasureTableChunk } from './MeasureTableChunk';

interface MeasureTableProps {
  /** Every row, sorted; the filter only hides rows, so typing in the search never builds rows. */
  rows: readonly MeasureRow[];
  visibleIds: ReadonlySet<string>;
  sort: MeasureSort;
  selectedId: string | null;
  onSort: (key: SortKey) => void;
  onSelect: (measureId: string) => void;
  /** Beside the detail panel: without the focus area, progress and period columns. */
  compact: boolean;
}

const columns: { key: SortKey; label: string; wide?: boolean; numeric?: boolean }[] = [
  { key: 'code', label: 'Kode' },
  { key: 'title', label: 'Tiltak' },
  { key: 'focusArea', label: 'Satsningsområde', wide: true },
  { key: 'owner', label: 'Ansvarlig' },
  { key: 'status', label: 'Status' },
  { key: 'progress', label: 'Framdrift', wide: true },
  { key: 'period', label: 'Periode', wide: true },
  { key: 'cost', label: 'Kostnad', wide: true, numeric: true },
];

/** Rows per group; each group is skipped by the browser as a whole while out of sight. */
const CHUNK = 25;

/**
 * The compact table, sortable by every column (aria-sort tells which and how). Built for 500
 * measures:
 * - Rows are CSS grid rows with table roles rather than <tr>, in groups of 25 with
 *   `content-visibility: auto`, so the browser skips layout and paint of the groups out of sight
 *   (per group rather than per row, because it checks each such element on every frame).
 * - Every row stays mounted and the filter only sets `hidden`: going from 5 matches back to 500
 *   changes an attribute on 495 rows instead of building 495 rows.
 */
function chunksOf<T>(list: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) chunks.push(list.slice(i, i + CHUNK));
  return chunks;
}

export const MeasureTable = memo(function MeasureTable({
  rows,
  visibleIds,
  sort,
  selectedId,
  onSort,
  onSelect,
  compact,
}: MeasureTableProps) {
  const shown = compact ? columns.filter((c) => !c.wide) : columns;
  return (
    <div
      role="table"
      aria-label="Alle tiltak"
      aria-describedby="measure-table-help"
      className={compact ? 'measure-table measure-table--compact' : 'measure-table'}
    >
      <p id="measure-table-help" className="visually-hidden">
        Velg et tiltak for å se og endre det ved siden av tabellen.
      </p>
      <div role="rowgroup" className="measure-table__head">
        <div role="row" className="measure-table__row">
          {shown.map((c) => {
            const active = sort.key === c.key;
            return (
              <div
                key={c.key}
                role="columnheader"
                className={`measure-table__header${c.numeric ? ' measure-table__header--number' : ''}`}
                aria-sort={active ? sort.direction : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span className="sort-button__icon" aria-hidden="true">
                    {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      {chunksOf(rows).map((chunk, i) => (
        <MeasureTableChunk
          key={i}
          rows={chunk}
          shownMask={chunk.map((row) => (visibleIds.has(row.measure.id) ? '1' : '0')).join('')}
          selectedId={chunk.some((row) => row.measure.id === selectedId) ? selectedId : null}
          onSelect={onSelect}
          compact={compact}
        />
      ))}
    </div>
  );
});
