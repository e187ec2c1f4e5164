import { useMemo, type ReactNode } from 'react';
import type { ChartSource } from '#shared/charts/org-chart-source';
import { dropZeroBars } from './drop-zero-bars';
import { useRenderedChart } from './use-rendered-chart';
import '../styles/follow-up.css';

interface FollowUpChartProps {
  source: ChartSource;
  /** The visible caption: what the chart shows, in words. */
  caption: string;
  /**
   * The same numbers as a table. With `tableShown` it stands under the chart; otherwise it is
   * behind «Vis som tabell» (when the page shows the numbers beside the chart already).
   */
  table?: ReactNode;
  tableShown?: boolean;
  /** Read under the chart (what the colours mean, in words). */
  note?: ReactNode;
}

/**
 * A small follow-up chart (mermaid xychart) with its text alternative. The picture only repeats
 * numbers that the caption and the table give in words, so it is hidden from screen readers and
 * never needed to read the page; nothing depends on telling the colours apart.
 */
export function FollowUpChart({ source, caption, table, tableShown, note }: FollowUpChartProps) {
  const state = useRenderedChart(source, 150);
  const svg = useMemo(() => (state.chart ? dropZeroBars(state.chart.svg) : null), [state.chart]);
  return (
    <figure className="follow-up-chart" aria-busy={state.pending}>
      <figcaption className="follow-up-chart__caption">{caption}</figcaption>
      {!source.ok && <p className="follow-up-chart__empty muted">{source.message}</p>}
      {source.ok && state.error && (
        <p className="follow-up-chart__empty muted">
          Diagrammet kunne ikke tegnes. Tallene står i tabellen.
        </p>
      )}
      {source.ok && !state.chart && !state.error && (
        <p className="follow-up-chart__empty muted">Tegner diagrammet …</p>
      )}
      {source.ok && svg && (
        <div
          className="follow-up-chart__canvas"
          aria-hidden="true"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
      {note && source.ok && <div className="follow-up-chart__note">{note}</div>}
      {table &&
        (tableShown ? (
          <div className="follow-up-chart__table">{table}</div>
        ) : (
          <details className="follow-up-chart__details">
            <summary>Vis som tabell</summary>
            {table}
          </details>
        ))}
    </figure>
  );
}
