import { isLedByOther } from '../budget/counted-measures';
import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import { partyNamer, partnerName } from '../model/party-name';
import {
  reportPeriodEnd,
  type MeasureSnapshot,
  type ReportContext,
  type ReportMoney,
  type ReportPeriod,
} from '../model/status-report';
import { planForDocument } from './document-plan';
import { listGoals } from './traceability';
import { lineMoneyInYear } from '../budget/spending';

// A report freezes what it shows: names, texts and money as they were when it was taken, so a
// submitted report reads the same after the plan has moved on. Like the plan's own documents it
// reads the plan through planForDocument: a template's example people and figures never get in.

function money(lines: ReturnType<typeof lineMoneyInYear>): ReportMoney[] {
  return lines.map(({ sourceId, figure }) => ({
    sourceId,
    budget: figure.budget,
    spent: figure.spent,
  }));
}

export function measureSnapshot(plan: Plan, measure: Measure, year: number): MeasureSnapshot {
  return snapshotMaker(plan, year)(measure);
}

/** Snapshots of many measures, looking names up once (a report may hold hundreds). */
export function snapshotMaker(plan: Plan, year: number): (measure: Measure) => MeasureSnapshot {
  const nameOf = partyNamer(planForDocument(plan));
  const partners = new Map(plan.partners.map((p) => [p.id, p]));
  return (measure) => ({
    code: measure.code,
    title: measure.title,
    description: measure.description,
    expectedResult: measure.expectedResult,
    focusAreaId: measure.focusAreaId,
    startDate: measure.startDate,
    endDate: measure.endDate,
    ownerName: nameOf(measure.owner),
    partnerNames: measure.partnerIds.flatMap((id) => {
      const partner = partners.get(id);
      return partner ? [partnerName(partner)] : [];
    }),
    sharedProject: measure.sharedProject !== null,
    ledBy: isLedByOther(measure) ? measure.sharedProject!.responsible : null,
    money: money(lineMoneyInYear(measure.budget, measure.spent, plan.budget, year)),
  });
}

export function reportContext(livePlan: Plan, period: ReportPeriod, today: string): ReportContext {
  const plan = planForDocument(livePlan);
  const year = period.year;
  const end = reportPeriodEnd(period);
  const labels = new Map(listGoals(plan).map((g) => [g.id, g.label]));
  return {
    takenDate: today,
    planTitle: plan.info.title,
    municipality: plan.info.district.trim() || plan.info.municipality,
    programmeLeader: partyNamer(plan, 'short')(plan.info.programmeLeader),
    focusAreas: plan.focusAreas.map((f) => ({
      id: f.id,
      code: f.code,
      name: f.title,
      money: money(lineMoneyInYear(f.budget, f.spent, plan.budget, year)),
    })),
    sources: plan.budget.sources.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    programmeManagement: money(
      lineMoneyInYear(
        plan.budget.programmeManagement,
        plan.budget.programmeManagementSpent,
        plan.budget,
        year,
      ),
    ),
    needFigures: plan.needFigures.filter((f) => f.year === year),
    indicators: plan.mainGoals.flatMap((main) =>
      main.subGoals.flatMap((sub) =>
        sub.resultGoals.flatMap((result) => {
          const indicator = result.indicator;
          if (!indicator) return [];
          const label = labels.get(result.id) ?? 'Resultatmål';
          return [
            {
              resultGoalId: result.id,
              heading: result.title.trim() ? `${label} ${result.title.trim()}` : label,
              name: indicator.name,
              unit: indicator.unit,
              baseline: indicator.baseline,
              target: indicator.target,
              measurements: indicator.measurements.filter((m) => m.date <= end),
            },
          ];
        }),
      ),
    ),
  };
}

/** Whether the live measure now reads differently from the report's snapshot of it. */
export function snapshotDiffers(a: MeasureSnapshot, b: MeasureSnapshot): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
