import type { DocumentChart } from '#shared/charts/chart-page';
import type { ChartHints } from '#shared/charts/org-chart-source';
import { dropZeroBars } from './drop-zero-bars';
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
  const drawn = await renderChartSvg(source, hints);
  // A bar chart's zero values would show as stubs that read as «a little» (see dropZeroBars).
  const svg = source.includes('xychart-beta') ? dropZeroBars(drawn.svg) : drawn.svg;
  const png = await svgToPng(svg, PNG_SCALE);
  return { svg, pngBase64: png.base64, width: drawn.width, height: drawn.height };
}
