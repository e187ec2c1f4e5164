import type { ChartHints } from '#shared/charts/org-chart-source';
import { renderChartSvg } from './render-chart';
import { PNG_SCALE, svgToPng } from './svg-to-png';

/** A chart for a document: the SVG, and a PNG (as base64) for programs that cannot show SVG. */
export interface DocumentChart {
  svg: string;
  pngBase64: string;
  /** Size of the drawing in CSS pixels; the PNG has PNG_SCALE times as many. */
  width: number;
  height: number;
}

/**
 * Draws a chart for the Word document. The app's window and the headless command's Chromium
 * page both call this, so a document looks the same however it was made.
 */
export async function drawChartForDocument(
  source: string,
  hints: ChartHints,
): Promise<DocumentChart> {
  const chart = await renderChartSvg(source, hints);
  const png = await svgToPng(chart.svg, PNG_SCALE);
  return { svg: chart.svg, pngBase64: png.base64, width: chart.width, height: chart.height };
}
