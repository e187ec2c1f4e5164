import type { WordPresetId } from '#shared/export/word/word-export-options';
import type { Plan } from '#shared/model/plan';
import { reportTitle, type StatusReport } from '#shared/model/status-report';

// Suggested file names for the save dialog; the main process makes them safe for the disk
// (fileNameFromTitle) and adds the extension.

const title = (plan: Plan) => plan.info.title.trim() || 'Boligsosial handlingsplan';

export function wordFileName(plan: Plan, preset: WordPresetId | null): string {
  return preset === 'kortversjon' ? `${title(plan)} – kortversjon` : title(plan);
}

export function excelFileName(plan: Plan): string {
  return `${title(plan)} – aktivitetsplan og budsjett`;
}

/** «Halvårsrapport 1. halvår 2027 – Bydel Fjellstad», «Årsrapport 2027 – Bydel Fjellstad». */
export function reportFileName(report: StatusReport): string {
  const name = reportTitle(report.period);
  const place = report.context.municipality.trim() || report.context.planTitle.trim();
  return place ? `${name} – ${place}` : name;
}

export function reportExcelFileName(report: StatusReport): string {
  return `${reportFileName(report)} – tabeller`;
}

export function finalReportFileName(plan: Plan): string {
  const place = [plan.info.district, plan.info.municipality].map((s) => s.trim()).find(Boolean);
  return `Sluttrapport – ${place ?? title(plan)}`;
}
