import type { FinalReport, FinalReportArea } from '../model/final-report';
import type { Plan } from '../model/plan';
import { localIsoDate } from '../format/local-date';

// The final report's texts. The report exists from the first word written; its figures are
// always computed from the plan, so only the group's own words are stored.

export type FinalReportAreaFields = Partial<Omit<FinalReportArea, 'focusAreaId'>>;

const emptyReport = (): FinalReport => ({ summary: '', areas: [], submittedDate: null });

export function updateFinalReportSummary(plan: Plan, summary: string): Plan {
  const report = plan.finalReport ?? emptyReport();
  if (report.summary === summary && plan.finalReport) return plan;
  if (!plan.finalReport && !summary) return plan;
  return { ...plan, finalReport: { ...report, summary } };
}

export function updateFinalReportArea(
  plan: Plan,
  focusAreaId: string,
  fields: FinalReportAreaFields,
): Plan {
  if (!plan.focusAreas.some((f) => f.id === focusAreaId)) return plan;
  const report = plan.finalReport ?? emptyReport();
  const current = report.areas.find((a) => a.focusAreaId === focusAreaId) ?? {
    focusAreaId,
    facts: '',
    assessment: '',
    improvements: '',
    recommendations: '',
  };
  const keys = Object.keys(fields) as (keyof FinalReportAreaFields)[];
  if (keys.every((k) => current[k] === fields[k])) return plan;
  const next = { ...current, ...fields };
  const areas = report.areas.some((a) => a.focusAreaId === focusAreaId)
    ? report.areas.map((a) => (a.focusAreaId === focusAreaId ? next : a))
    : [...report.areas, next];
  return { ...plan, finalReport: { ...report, areas } };
}

export function setFinalReportSubmitted(
  plan: Plan,
  submitted: boolean,
  date: string = localIsoDate(),
): Plan {
  const report = plan.finalReport ?? emptyReport();
  const submittedDate = submitted ? date : null;
  if (report.submittedDate === submittedDate) return plan;
  return { ...plan, finalReport: { ...report, submittedDate } };
}
