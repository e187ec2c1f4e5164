import { withTimeout } from '#shared/export/with-timeout';
import { getPlanApi } from '../../api/get-plan-api';
import { drawChartForDocument } from '../../charts/draw-chart-image';
import { base64ToBytes } from '#shared/format/base64';
import { buildDocxOffThread } from './docx-job';
import type { ExportTools } from './export-run';
import type { ReportExportTools } from './report-export-run';

/**
 * The real export in the window. docx and write-excel-file are loaded the first time someone
 * exports, not at start-up: most sessions never export, and the start bundle stays as it was.
 */
/** Mermaid draws a chart in a second or two; past this the export goes on without it. */
const CHART_TIMEOUT_MS = 60_000;

export function appExportTools(): ExportTools {
  return {
    drawChart: async (source, hints) => {
      const chart = await withTimeout(
        drawChartForDocument(source, hints),
        CHART_TIMEOUT_MS,
        `tegningen tok mer enn ${CHART_TIMEOUT_MS / 1000} sekunder og ble stoppet.`,
      );
      return {
        svg: chart.svg,
        png: base64ToBytes(chart.pngBase64),
        width: chart.width,
        height: chart.height,
      };
    },
    buildDocx: (plan, options, assets) =>
      buildDocxOffThread({ plan, options, assets }, async (job) => {
        const { buildPlanDocx } = await import('#shared/export/word/build-plan-docx');
        return buildPlanDocx(job.plan, job.options, job.assets);
      }),
    buildXlsx: async (plan) => {
      const { buildPlanXlsx } = await import('#shared/export/excel/build-plan-xlsx');
      return buildPlanXlsx(plan);
    },
    chooseExportLocation: (request) => getPlanApi().chooseExportLocation(request),
    exportFile: (request) => getPlanApi().exportFile(request),
  };
}

/** The report builders, loaded the first time someone makes a report. */
export function appReportExportTools(): ReportExportTools {
  return {
    buildReportDocx: async (report) => {
      const { buildReportDocx } = await import('#shared/export/word/report/build-report-docx');
      return buildReportDocx(report);
    },
    buildReportXlsx: async (report) => {
      const { buildReportXlsx } = await import('#shared/export/excel/build-report-xlsx');
      return buildReportXlsx(report);
    },
    buildFinalReportDocx: async (plan, today) => {
      const { buildFinalReportDocx } =
        await import('#shared/export/word/final-report/build-final-report-docx');
      return buildFinalReportDocx(plan, today);
    },
    chooseExportLocation: (request) => getPlanApi().chooseExportLocation(request),
    exportFile: (request) => getPlanApi().exportFile(request),
  };
}
