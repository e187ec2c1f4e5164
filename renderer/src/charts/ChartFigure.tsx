import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ChartSource } from '#shared/charts/org-chart-source';
import type { ChartState } from './use-rendered-chart';
import '../styles/charts.css';

interface ChartFigureProps {
  source: ChartSource;
  state: ChartState;
  /** Short name of the chart for screen readers: "Organisasjonskart". */
  label: string;
  /** The chart in words (describeOrganisation …), shown under «Kartet beskrevet med ord». */
  description: string;
  /** Shown when there is nothing to draw yet, instead of the source's own message. */
  emptyHint?: ReactNode;
  /** Legend or notes under the chart. */
  children?: ReactNode;
}

/**
 * A drawn chart with its states: drawing, drawn (fitted to the width or at full size), or a
 * message in bokmål, while the last good drawing stays in view. Never an empty box.
 */
export function ChartFigure({
  source,
  state,
  label,
  description,
  emptyHint,
  children,
}: ChartFigureProps) {
  const descriptionId = useId();
  const [fullSize, setFullSize] = useState(false);
  const canvas = useRef<HTMLDivElement>(null);
  // At full size a big chart is larger than its frame: start with its top box in the middle,
  // not with an empty corner.
  useEffect(() => {
    const frame = canvas.current;
    const top = frame?.querySelector('g.node');
    if (!fullSize || !frame || !top) return;
    const outer = frame.getBoundingClientRect();
    const inner = top.getBoundingClientRect();
    frame.scrollLeft += inner.left + inner.width / 2 - (outer.left + outer.width / 2);
    frame.scrollTop += inner.top + inner.height / 2 - (outer.top + outer.height / 2);
  }, [fullSize]);
  const { chart, pending, error } = state;
  const showChart = source.ok && chart !== null;

  return (
    <figure className="chart-figure" aria-busy={pending}>
      {!source.ok && (
        <div className="chart-figure__message notice notice--info">
          <p>{source.message}</p>
          {emptyHint}
        </div>
      )}
      {error && (
        <div className="chart-figure__message notice notice--error" role="alert">
          <p>{error.message}</p>
          <details>
            <summary>Teknisk forklaring</summary>
            <p className="file-path">{error.detail}</p>
          </details>
        </div>
      )}
      {source.ok && !chart && !error && <p className="chart-figure__drawing">Tegner kartet …</p>}
      {showChart && (
        <>
          <div className="chart-figure__frame">
            <div
              ref={canvas}
              className={`chart-figure__canvas${fullSize ? ' chart-figure__canvas--full' : ''}`}
              // Scrollable at full size, so it must be reachable with the keyboard.
              tabIndex={fullSize ? 0 : undefined}
              role="img"
              aria-label={label}
              aria-describedby={descriptionId}
              dangerouslySetInnerHTML={{ __html: chart.svg }}
            />
            {pending && (
              <span className="chart-figure__status" aria-hidden="true">
                Oppdaterer …
              </span>
            )}
          </div>
          <div className="chart-figure__tools">
            <button
              type="button"
              className="button button--quiet button--small"
              aria-pressed={fullSize}
              onClick={() => setFullSize((on) => !on)}
            >
              {fullSize ? 'Tilpass til bredden' : 'Vis i full størrelse'}
            </button>
          </div>
        </>
      )}
      {children}
      <details className="chart-figure__text">
        <summary>Kartet beskrevet med ord</summary>
        <p id={descriptionId}>{description}</p>
      </details>
    </figure>
  );
}
