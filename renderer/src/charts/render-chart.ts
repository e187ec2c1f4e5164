import type { ChartHints } from '#shared/charts/org-chart-source';
import { finishChart } from './finish-chart';
import { loadMermaid } from './load-mermaid';

export interface RenderedChart {
  /** A standalone SVG document: plain text labels, white background, size in pixels. */
  svg: string;
  width: number;
  height: number;
}

let counter = 0;

/**
 * Draws mermaid source as SVG. Used for the charts on screen, their SVG/PNG export and the Word
 * document, so all of them look the same. Rejects with mermaid's message if the source is bad.
 */
export async function renderChartSvg(source: string, hints?: ChartHints): Promise<RenderedChart> {
  const mermaid = await loadMermaid();
  // The id ends up in the SVG's CSS selectors, so each drawing gets its own.
  const id = `planverksted-chart-${++counter}`;
  const { svg } = await mermaid.render(id, source);
  const host = document.createElement('div');
  // Laid out but unseen: finishing measures text and boxes.
  host.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  host.innerHTML = svg;
  document.body.append(host);
  try {
    const element = host.querySelector('svg');
    if (!element) throw new Error('Mermaid ga ingen SVG.');
    const size = finishChart(element, hints);
    if (!element.getAttribute('xmlns')) element.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return { svg: new XMLSerializer().serializeToString(element), ...size };
  } finally {
    host.remove();
  }
}
