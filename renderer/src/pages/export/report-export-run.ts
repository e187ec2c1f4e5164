import type { Plan } from '#shared/model/plan';
import type { StatusReport } from '#shared/model/status-report';
import {
  buildOneAndSave,
  type ExportListener,
  type ExportOutcome,
  type ExportStep,
  type SaveTools,
} from '../../components/export/save-export';

/**
 * What a report export needs from the outside: the three builders and the save calls. The app
 * passes the real ones (app-export-tools.ts), tests their own.
 */
export interface ReportExportTools extends SaveTools {
  buildReportDocx(report: StatusReport): Promise<Uint8Array>;
  buildReportXlsx(report: StatusReport): Promise<Uint8Array>;
  buildFinalReportDocx(plan: Plan, today: string): Promise<Uint8Array>;
}

export const reportExportSteps: ExportStep[] = ['place', 'report', 'save'];

/** Ask where, build, then save there; the plan is only read, whatever fails. */
function buildReport(
  kind: 'docx' | 'xlsx',
  build: () => Promise<Uint8Array>,
  what: string,
  suggestedName: string,
  tools: ReportExportTools,
  listener: ExportListener,
): Promise<ExportOutcome> {
  return buildOneAndSave(kind, 'report', what, build, suggestedName, tools, listener);
}

export function exportReportWord(
  report: StatusReport,
  suggestedName: string,
  tools: ReportExportTools,
  listener: ExportListener,
): Promise<ExportOutcome> {
  return buildReport(
    'docx',
    () => tools.buildReportDocx(report),
    'Word-rapporten',
    suggestedName,
    tools,
    listener,
  );
}

export function exportReportExcel(
  report: StatusReport,
  suggestedName: string,
  tools: ReportExportTools,
  listener: ExportListener,
): Promise<ExportOutcome> {
  return buildReport(
    'xlsx',
    () => tools.buildReportXlsx(report),
    'Excel-rapporten',
    suggestedName,
    tools,
    listener,
  );
}

export function exportFinalReport(
  plan: Plan,
  today: string,
  suggestedName: string,
  tools: ReportExportTools,
  listener: ExportListener,
): Promise<ExportOutcome> {
  return buildReport(
    'docx',
    () => tools.buildFinalReportDocx(plan, today),
    'Sluttrapporten',
    suggestedName,
    tools,
    listener,
  );
}
