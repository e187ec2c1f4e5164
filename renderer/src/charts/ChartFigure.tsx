import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { ChartSource } from '#shared/charts/org-chart-source';
import { ChartViewer } from './ChartViewer';
import { chartTextPx, shownScale } from './chart-text-size';
import { READABLE_TEXT_PX, textOnScreen } from './chart-zoom';
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
 * A drawn chart with its states: drawing, drawn, or a message in bokmål, while the last good
 * drawing stays in view. Never an empty box. On the page the chart is fitted to the width (and
 * to most of the window's height); «Vis i full størrelse» opens it over the whole window, to
 * zoom and move around in. When the fitted chart's text is too small to read, the page says so.
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
  const [viewing, setViewing] = useState(false);
  const [tooSmall, setTooSmall] = useState(false);
  const canvas = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const { chart, pending, error } = state;
  const showChart = source.ok && chart !== null;

  // How large the text is on screen, again whenever the chart or its room changes size.
  useLayoutEffect(() => {
    const frame = canvas.current;
    const svg = frame?.querySelector('svg');
    if (!frame || !svg || !chart) return;
    const textPx = chartTextPx(svg);
    // A tall chart is held to part of the window's height, but not so far that its text
    // becomes unreadable (charts.css: max-height).
    frame.style.setProperty(
      '--readable-height',
      `${Math.ceil((chart.height * READABLE_TEXT_PX) / textPx)}px`,
    );
    const check = () =>
      setTooSmall(textOnScreen(textPx, shownScale(svg, chart)) < READABLE_TEXT_PX - 0.05);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(frame);
    return () => observer.disconnect();
  }, [chart, showChart]);

  // A click on the picture opens the view as the button does, and Esc brings the focus back
  // to the button.
  const openViewer = () => {
    opener.current?.focus();
    setViewing(true);
  };

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
              className="chart-figure__canvas"
              role="img"
              aria-label={label}
              aria-describedby={descriptionId}
              onClick={openViewer}
              dangerouslySetInnerHTML={{ __html: chart.svg }}
            />
            {pending && (
              <span className="chart-figure__status" aria-hidden="true">
                Oppdaterer …
              </span>
            )}
          </div>
          <div className="chart-figure__tools">
            {tooSmall && (
              <p className="chart-figure__small">
                Kartet er forminsket for å få plass. Vis det i full størrelse for å lese teksten.
              </p>
            )}
            <button
              ref={opener}
              type="button"
              className={`button button--small${tooSmall ? '' : ' button--quiet'}`}
              aria-haspopup="dialog"
              onClick={() => setViewing(true)}
            >
              Vis i full størrelse
            </button>
          </div>
          {viewing && (
            <ChartViewer
              chart={chart}
              label={label}
              description={description}
              onClose={() => setViewing(false)}
            >
              {children}
            </ChartViewer>
          )}
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
