import type { ChartPageGlobal } from '#shared/charts/chart-page';
import { drawChartForDocument } from '../charts/draw-chart-image';

declare global {
  interface Window {
    planverkstedRenderChart?: ChartPageGlobal['planverkstedRenderChart'];
  }
}

// The page the headless command (npm run export) opens in Chromium to draw the organisation
// chart with the app's own drawing code.
window.planverkstedRenderChart = drawChartForDocument;
