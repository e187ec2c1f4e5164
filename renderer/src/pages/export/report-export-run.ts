import type { PlanApi } from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import type { StatusReport } from '#shared/model/status-report';
import { failed, reason, save, type ExportOutcome, type ExportStep } from './export-run';

/**
 * What a report export needs from the outside: the three builders and the save call. The app
 * passes the real ones (app-export-tools.ts), tests their own.
 */
export interface ReportExportTools {
  buildReportDocx(report: StatusReport): Promise<Uint8Array>;
  buildReportXlsx(report: StatusReport): Promise<Uint8Array>;
  buildFinalReportDocx(plan: Plan, today: string): Promise<Uint8Array>;
  exportFile: PlanApi['exportFile'];
}

export const reportExportSteps: ExportStep[] = ['report', 'save'];

type Build = () => Promise<Uint8Array>;

/** Build, then save where the user chooses; the plan is only read, whatever fails. */
async function buildAndSave(
  kind: 'docx' | 'xlsx',
  build: Build,
  what: string,
  suggestedName: string,
  tools: ReportExportTools,
  onStep: (step: ExportStep) => void,
): Promise<ExportOutcome> {
  let bytes: Uint8Array;
  try {
    onStep('report');
    bytes = await build();
  } catch (error) {
    return failed(`${what} kunne ikke lages: ${reason(error)}`);
  }
  onStep('save');
  return save(kind, bytes, suggestedName, tools);
}

export function exportReportWord(
  report: StatusReport,
  suggestedName: string,
  tools: ReportExportTools,
  onStep: (step: ExportStep) => void,
): Promise<ExportOutcome> {
  return buildAndSave(
    'docx',
    () => tools.buildReportDocx(report),
    'Word-rapporten',
    suggestedName,
    tools,
    onStep,
  );
}

export function exportReportExcel(
  report: StatusReport,
  suggestedName: string,
  tools: ReportExportTools,
  onStep: (step: ExportStep) => void,
): Promise<ExportOutcome> {
  return buildAndSave(
    'xlsx',
    () => tools.buildReportXlsx(report),
    'Excel-rapporten',
    suggestedName,
    tools,
    onStep,
  );
}

export function exportFinalReport(
  plan: Plan,
  today: string,
  suggestedName: string,
  tools: ReportExportTools,
  onStep: (step: ExportStep) => void,
): Promise<ExportOutcome> {
  return buildAndSave(
    'docx',
    () => tools.buildFinalReportDocx(plan, today),
    'Sluttrapporten',
    suggestedName,
    tools,
    onStep,
  );
}
