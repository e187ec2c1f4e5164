import { memo } from 'react';
import type { MeasureRow } from './measure-table-model';
import { MeasureTableRow } from './MeasureTableRow';

/** About one row: the height a group out of sight is assumed to have per row shown. */
const ROW_REM = 3.25;

interface MeasureTableChunkProps {
  rows: MeasureRow[];
  /** One character per row, «1» shown and «0» filtered out. */
  shownMask: string;
  /** The selected measure if it is in this group, else null. */
  selectedId: string | null;
  onSelect: (measureId: string) => void;
  compact: boolean;
}

const sameRows = (a: MeasureRow[], b: MeasureRow[]) =>
  a.length === b.length && a.every((row, i) => row === b[i]);

/**
 * A group of rows that the browser skips while it is out of sight (content-visibility). It is
 * drawn again only when one of its own rows, their visibility or the selection in it changes:
 * typing in one title redraws one group of 25 rows, not 500.
 */
export const MeasureTableChunk = memo(
  function MeasureTableChunk({
    rows,
    shownMask,
    selectedId,
    onSelect,
    compact,
  }: MeasureTableChunkProps) {
    const shown = shownMask.split('').filter((c) => c === '1').length;
    return (
      <div
        role="rowgroup"
        className="measure-table__chunk"
        hidden={shown === 0}
        style={{ containIntrinsicHeight: `${shown * ROW_REM}rem` }}
      >
        {rows.map((row, i) => (
          <MeasureTableRow
            key={row.measure.id}
            measure={row.measure}
            code={row.code}
            areaLabel={row.areaLabel}
            ownerLabel={row.ownerLabel}
            period={row.period}
            cost={row.cost}
            hidden={shownMask[i] !== '1'}
            selected={row.measure.id === selectedId}
            onSelect={onSelect}
            compact={compact}
          />
        ))}
      </div>
    );
  },
  // The row lists are sliced anew on every change; equal rows mean an equal group.
  (a, b) =>
    sameRows(a.rows, b.rows) &&
    a.shownMask === b.shownMask &&
    a.selectedId === b.selectedId &&
    a.onSelect === b.onSelect &&
    a.compact === b.compact,
);
