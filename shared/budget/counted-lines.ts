import type { CostLine, SourceAmount } from '../model/budget';
import type { Measure } from '../model/measures';
import type { Plan } from '../model/plan';
import type { FocusArea } from '../model/strategies';
import { inGroupOrder } from '../plan/measure-groups';
import { countedMeasures } from './counted-measures';

// The one list of the cost lines whose money counts in this plan: programme management, each
// focus area's own line («Felles for satsningsområdet», for plans that budget an area as one
// line, as Husbanken's form does) and each counted measure (not a shared project another district
// leads, see counted-measures.ts). Every sum of money — budget tables, per-year totals, the
// financing balance, the summary, the frame, spending, reports — goes through here, so a line
// can never be in one sum and missing from another.

export type CountedLineKind = 'programledelse' | 'satsningsomrade' | 'tiltak';

export interface CountedLine {
  kind: CountedLineKind;
  /** 'programledelse', the focus area's id or the measure's id. */
  id: string;
  /** null for programme management; otherwise the focus area the line belongs to. */
  focusAreaId: string | null;
  /** «Programledelse», «Felles for satsningsområdet 1 Egnede boliger», «1A Boligtorg». */
  label: string;
  budget: CostLine;
  spent: readonly SourceAmount[];
}

/** What a focus area's own line is called in a table under the area's heading. */
export const AREA_LINE_LABEL = 'Felles for satsningsområdet';

/** The area line's name on its own: «Felles for satsningsområdet 1 Egnede boliger». */
export function areaLineLabel(area: Pick<FocusArea, 'code' | 'title'>): string {
  return `${AREA_LINE_LABEL} ${`${area.code} ${area.title}`.trim()}`.trim();
}

/** True when a line holds money: a cost, or a fixed amount from a source, in any year. */
export function lineHasMoney(line: CostLine): boolean {
  return (
    line.costs.some((c) => c.amount > 0) ||
    (line.financing.mode === 'amount' && line.financing.amounts.some((a) => a.amount > 0))
  );
}

/** True when the focus area is budgeted as a whole: its own line has a cost. */
export function areaHasCost(area: Pick<FocusArea, 'budget'>): boolean {
  return area.budget.costs.some((c) => c.amount > 0);
}

const measureLine = (m: Measure): CountedLine => ({
  kind: 'tiltak',
  id: m.id,
  focusAreaId: m.focusAreaId,
  label: `${m.code} ${m.title}`.trim(),
  budget: m.budget,
  spent: m.spent,
});

const areaLine = (area: FocusArea): CountedLine => ({
  kind: 'satsningsomrade',
  id: area.id,
  focusAreaId: area.id,
  label: areaLineLabel(area),
  budget: area.budget,
  spent: area.spent,
});

/**
 * Programme management first, then each focus area's own line followed by its counted measures,
 * in the app's order. A measure whose focus area is missing (never in a valid plan) still
 * counts, last, so no money disappears from the totals.
 */
export function countedCostLines(
  plan: Pick<Plan, 'budget' | 'focusAreas' | 'measures'>,
): CountedLine[] {
  const measures = countedMeasures(plan.measures);
  const areaIds = new Set(plan.focusAreas.map((a) => a.id));
  return [
    {
      kind: 'programledelse',
      id: 'programledelse',
      focusAreaId: null,
      label: 'Programledelse',
      budget: plan.budget.programmeManagement,
      spent: plan.budget.programmeManagementSpent,
    },
    ...plan.focusAreas.flatMap((area) => [
      areaLine(area),
      // Local measures, then shared projects: the order every list of an area follows.
      ...inGroupOrder(measures.filter((m) => m.focusAreaId === area.id)).map(measureLine),
    ]),
    ...measures.filter((m) => !areaIds.has(m.focusAreaId)).map(measureLine),
  ];
}

/** The counted lines of one focus area: its own line, then its counted measures. */
export function areaCostLines(
  plan: Pick<Plan, 'budget' | 'focusAreas' | 'measures'>,
  focusAreaId: string,
): CountedLine[] {
  return countedCostLines(plan).filter((l) => l.focusAreaId === focusAreaId);
}
