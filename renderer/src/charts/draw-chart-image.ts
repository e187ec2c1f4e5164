import type { DocumentChart } from '#shared/charts/chart-page';
import type { ChartHints } from '#shared/charts/org-chart-source';
import { renderChartSvg } from './render-chart';
import { PNG_SCALE, svgToPng } from './svg-to-png';

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
