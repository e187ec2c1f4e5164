import { useEffect, useRef, useState } from 'react';
import type { ChartSource } from '#shared/charts/org-chart-source';
import { renderChartSvg, type RenderedChart } from './render-chart';

export interface ChartState {
  /** The last chart drawn without error; kept while a newer one is drawn or fails. */
  chart: RenderedChart | null;
  /** The source the shown chart was drawn from. */
  drawnSource: string | null;
  /** A newer source is waiting to be drawn. */
  pending: boolean;
  /** Why the newest source could not be drawn, in bokmål, with mermaid's own words. */
  error: { message: string; detail: string } | null;
}

interface Drawn {
  chart: RenderedChart | null;
  source: string | null;
  failed: { source: string; detail: string } | null;
}

/**
 * Draws the chart for `source` a moment after it stops changing, so typing a name is never held
 * up by drawing, and keeps showing the last good drawing meanwhile.
 */
export function useRenderedChart(source: ChartSource, delay = 250): ChartState {
  const [drawn, setDrawn] = useState<Drawn>({ chart: null, source: null, failed: null });
  const latest = useRef(0);
  const text = source.ok ? source.source : null;
  const hints = source.ok ? source.hints : undefined;
  const first = drawn.source === null && drawn.failed === null;

  useEffect(() => {
    if (text === null) return;
    const run = ++latest.current;
    const timer = window.setTimeout(
      () => {
        renderChartSvg(text, hints).then(
          (chart) => {
            if (run === latest.current) setDrawn({ chart, source: text, failed: null });
          },
          (error: unknown) => {
            if (run !== latest.current) return;
            const detail = error instanceof Error ? error.message : String(error);
            setDrawn((previous) => ({ ...previous, failed: { source: text, detail } }));
          },
        );
      },
      first ? 0 : delay,
    );
    return () => window.clearTimeout(timer);
    // The hints are made together with the text, so they change when it does; `first` only
    // decides the delay of the very first drawing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, delay]);

  const failedNow = drawn.failed !== null && drawn.failed.source === text;
  return {
    chart: drawn.chart,
    drawnSource: drawn.source,
    pending: text !== null && text !== drawn.source && !failedNow,
    error: failedNow
      ? {
          message: drawn.chart
            ? 'Kartet kunne ikke tegnes på nytt. Du ser forrige versjon.'
            : 'Kartet kunne ikke tegnes.',
          detail: drawn.failed!.detail,
        }
      : null,
  };
}
