import { memo } from 'react';
import { formatKroner } from '#shared/format/numbers';
import { measureStatusLabel, type Measure } from '#shared/model/measures';

interface MeasureTableRowProps {
  measure: Measure;
  /** The code as read without a heading («Felles 1A» where a local measure has 1A). */
  code: string;
  areaLabel: string;
  ownerLabel: string;
  period: string;
  /** Whole kroner over the programme period. */
  cost: number;
  /** Filtered out: kept mounted, so that clearing the filter is cheap. */
  hidden: boolean;
  selected: boolean;
  onSelect: (measureId: string) => void;
  compact: boolean;
}

export const rowButtonId = (measureId: string) => `measure-row-${measureId}`;

/** «01.02.2027–31.12.2027» may break after the dash in a narrow column. */
const withBreak = (period: string) => {
  const [from, to] = period.split('–');
  return (
    <>
      {from}–<wbr />
      {to}
    </>
  );
};

/**
 * One row of «Alle tiltak». Every prop is a value or a stable callback, so when one measure
 * changes only its row is drawn again; when the filter hides or shows the row, only the row
 * element itself changes, not its cells.
 */
export const MeasureTableRow = memo(function MeasureTableRow({
  measure,
  code,
  areaLabel,
  ownerLabel,
  period,
  cost,
  hidden,
  selected,
  onSelect,
  compact,
}: MeasureTableRowProps) {
  return (
    <div
      role="row"
      className={`measure-table__row measure-row${selected ? ' measure-row--selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      hidden={hidden}
      data-measure-id={measure.id}
      onClick={() => onSelect(measure.id)}
    >
      <MeasureRowCells
        measure={measure}
        code={code}
        areaLabel={areaLabel}
        ownerLabel={ownerLabel}
        period={period}
        cost={cost}
        compact={compact}
      />
    </div>
  );
});

const MeasureRowCells = memo(function MeasureRowCells({
  measure,
  code,
  areaLabel,
  ownerLabel,
  period,
  cost,
  compact,
}: Pick<
  MeasureTableRowProps,
  'measure' | 'code' | 'areaLabel' | 'ownerLabel' | 'period' | 'cost' | 'compact'
>) {
  return (
    <>
      <div role="cell" className="measure-row__code">
        {code || '–'}
      </div>
      <div role="cell" className="measure-row__title">
        <button id={rowButtonId(measure.id)} type="button" className="row-button">
          {measure.title || 'Tiltak uten tittel'}
        </button>
        {measure.sharedProject && (
          <>
            {' '}
            <span className="tag tag--shared">Felles prosjekt</span>
          </>
        )}
      </div>
      {!compact && (
        <div role="cell" className="measure-row__area">
          {areaLabel}
        </div>
      )}
      <div role="cell">{ownerLabel || <span className="tag tag--gap">Mangler</span>}</div>
      <div role="cell">
        <span className={`status-tag status-tag--${measure.status ?? 'unset'}`}>
          {measureStatusLabel(measure.status)}
        </span>
      </div>
      {!compact && (
        <div role="cell" className="measure-row__number">
          {measure.progress} %
        </div>
      )}
      {!compact && (
        <div role="cell" className="measure-row__period">
          {period ? withBreak(period) : '–'}
        </div>
      )}
      {!compact && (
        <div role="cell" className="measure-row__number measure-row__cost">
          {cost > 0 ? formatKroner(cost) : '–'}
        </div>
      )}
    </>
  );
});
