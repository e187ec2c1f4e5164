import type { ChartHints } from '#shared/charts/org-chart-source';
import { drawChartForDocument, type DocumentChart } from '../charts/draw-chart-image';

declare global {
  interface Window {
    planverkstedRenderChart?: (source: string, hints: ChartHints) => Promise<DocumentChart>;
  }
}

// The page the headless command (npm run export) opens in Chromium to draw the organisation
// chart with the app's own drawing code.
window.planverkstedRenderChart = drawChartForDocument;
