import type { ChartHints } from './org-chart-source';

/** A chart for a document: the SVG, and a PNG (as base64) for programs that cannot show SVG. */
export interface DocumentChart {
  svg: string;
  pngBase64: string;
  /** Size of the drawing in CSS pixels; the PNG has PNG_SCALE times as many. */
  width: number;
  height: number;
}

/**
 * What the chart page (renderer/chart-render.html) puts on its global object for the headless
 * export command, which drives the page from Node and cannot import the window's code.
 */
export interface ChartPageGlobal {
  planverkstedRenderChart?: (source: string, hints: ChartHints) => Promise<DocumentChart>;
}
