import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import { partyNamer, partnerName } from '../model/party-name';
import type { MeasureSnapshot, ReportContext, ReportMoney } from '../model/status-report';
import { lineMoneyInYear } from '../budget/spending';

// A report freezes what it shows: names, texts and money as they were when it was taken, so a
// submitted report reads the same after the plan has moved on.

function money(lines: ReturnType<typeof lineMoneyInYear>): ReportMoney[] {
  return lines.map(({ sourceId, figure }) => ({
    sourceId,
    budget: figure.budget,
    spent: figure.spent,
  }));
}

export function measureSnapshot(plan: Plan, measure: Measure, year: number): MeasureSnapshot {
  const ownerName = partyNamer(plan)(measure.owner);
  const partners = new Map(plan.partners.map((p) => [p.id, p]));
  return {
    code: measure.code,
    title: measure.title,
    description: measure.description,
    expectedResult: measure.expectedResult,
    focusAreaId: measure.focusAreaId,
    startDate: measure.startDate,
    endDate: measure.endDate,
    ownerName,
    partnerNames: measure.partnerIds.flatMap((id) => {
      const partner = partners.get(id);
      return partner ? [partnerName(partner)] : [];
    }),
    sharedProject: measure.sharedProject !== null,
    money: money(lineMoneyInYear(measure.budget, measure.spent, plan.budget, year)),
  };
}

export function reportContext(plan: Plan, year: number, today: string): ReportContext {
  return {
    takenDate: today,
    planTitle: plan.info.title,
    municipality: plan.info.district.trim() || plan.info.municipality,
    programmeLeader: partyNamer(plan)(plan.info.programmeLeader),
    focusAreas: plan.focusAreas.map((f) => ({ id: f.id, code: f.code, name: f.title })),
    sources: plan.budget.sources.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    programmeManagement: money(
      lineMoneyInYear(
        plan.budget.programmeManagement,
        plan.budget.programmeManagementSpent,
        plan.budget,
        year,
      ),
    ),
  };
}

/** Whether the live measure now reads differently from the report's snapshot of it. */
export function snapshotDiffers(a: MeasureSnapshot, b: MeasureSnapshot): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}
