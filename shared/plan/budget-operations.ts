import { areaLineLabel } from '../budget/counted-lines';
import { financingInYear, splitOf } from '../budget/financing';
import type { CostLine, Financing, FinancingSource, SplitShare } from '../model/budget';
import type { Plan } from '../model/plan';
import type { YearAmount } from '../model/primitives';
import { formatKroner, formatPercent } from '../format/numbers';
import { measureLabel } from './labels';
import { moveById } from './list-operations';
import { newId } from './new-id';

// Pure edits of the budget: financing sources, the default split, the frame, and the cost lines
// (programme management, each focus area's own line and each measure). Each returns a new plan, or the very same plan object
// when nothing changes. Amounts of 0 are not stored: an empty field and 0 kr mean the same.

/** Which cost line: programme management (programledelse), a focus area's own line or a measure. */
export type CostLineRef =
  | { kind: 'programledelse' }
  | { kind: 'satsningsomrade'; focusAreaId: string }
  | { kind: 'tiltak'; measureId: string };

export const PROGRAMME_MANAGEMENT: CostLineRef = { kind: 'programledelse' };

export type FinancingMode = Financing['mode'];

export function costLineOf(plan: Plan, ref: CostLineRef): CostLine | null {
  if (ref.kind === 'programledelse') return plan.budget.programmeManagement;
  if (ref.kind === 'satsningsomrade')
    return plan.focusAreas.find((a) => a.id === ref.focusAreaId)?.budget ?? null;
  return plan.measures.find((m) => m.id === ref.measureId)?.budget ?? null;
}

function mapCostLine(plan: Plan, ref: CostLineRef, change: (line: CostLine) => CostLine): Plan {
  const line = costLineOf(plan, ref);
  if (!line) return plan;
  const next = change(line);
  if (next === line) return plan;
  if (ref.kind === 'programledelse')
    return { ...plan, budget: { ...plan.budget, programmeManagement: next } };
  if (ref.kind === 'satsningsomrade')
    return {
      ...plan,
      focusAreas: plan.focusAreas.map((a) =>
        a.id === ref.focusAreaId ? { ...a, budget: next } : a,
      ),
    };
  return {
    ...plan,
    measures: plan.measures.map((m) => (m.id === ref.measureId ? { ...m, budget: next } : m)),
  };
}

/** Sets (or with null/0 removes) the amount for one year, keeping the list in year order. */
export function withYearAmount(
  list: YearAmount[],
  year: number,
  amount: number | null,
): YearAmount[] {
  const current = list.find((a) => a.year === year);
  const stored = amount === null || amount === 0 ? null : amount;
  if ((current?.amount ?? null) === stored && list.filter((a) => a.year === year).length <= 1)
    return list;
  const others = list.filter((a) => a.year !== year);
  const next = stored === null ? others : [...others, { year, amount: stored }];
  return next.sort((a, b) => a.year - b.year);
}

/** Shares follow the order of the sources, so "ties go to the source listed first" holds. */
function inSourceOrder<T extends { sourceId: string }>(list: T[], sources: FinancingSource[]): T[] {
  const position = new Map(sources.map((s, i) => [s.id, i]));
  return [...list].sort(
    (a, b) => (position.get(a.sourceId) ?? 0) - (position.get(b.sourceId) ?? 0),
  );
}

function withShare(
  split: SplitShare[],
  sourceId: string,
  percent: number | null,
  sources: FinancingSource[],
): SplitShare[] {
  const stored = percent === null || percent === 0 ? null : percent;
  const current = split.find((s) => s.sourceId === sourceId);
  if ((current?.percent ?? null) === stored) return split;
  const others = split.filter((s) => s.sourceId !== sourceId);
  return inSourceOrder(
    stored === null ? others : [...others, { sourceId, percent: stored }],
    sources,
  );
}

// Financing sources

export function addSource(plan: Plan, name: string, id: string = newId()): Plan {
  const source: FinancingSource = { id, name, kind: 'andre' };
  return { ...plan, budget: { ...plan.budget, sources: [...plan.budget.sources, source] } };
}

export function renameSource(plan: Plan, sourceId: string, name: string): Plan {
  const source = plan.budget.sources.find((s) => s.id === sourceId);
  if (!source || source.name === name) return plan;
  return {
    ...plan,
    budget: {
      ...plan.budget,
      sources: plan.budget.sources.map((s) => (s.id === sourceId ? { ...s, name } : s)),
    },
  };
}

/** Moves a source in the list; the splits follow, so their order stays the order on screen. */
export function moveSource(plan: Plan, sourceId: string, delta: number): Plan {
  const sources = moveById(plan.budget.sources, sourceId, delta);
  if (!sources) return plan;
  const reorder = (f: Financing): Financing =>
    f.mode === 'percent' ? { ...f, split: inSourceOrder(f.split, sources) } : f;
  const pm = plan.budget.programmeManagement;
  return {
    ...plan,
    budget: {
      ...plan.budget,
      sources,
      defaultSplit: inSourceOrder(plan.budget.defaultSplit, sources),
      programmeManagement: { ...pm, financing: reorder(pm.financing) },
    },
    focusAreas: plan.focusAreas.map((a) =>
      a.budget.financing.mode === 'percent'
        ? { ...a, budget: { ...a.budget, financing: reorder(a.budget.financing) } }
        : a,
    ),
    measures: plan.measures.map((m) =>
      m.budget.financing.mode === 'percent'
        ? { ...m, budget: { ...m.budget, financing: reorder(m.budget.financing) } }
        : m,
    ),
  };
}

export interface SourceUse {
  /** Where, in words: "Standardfordelingen", "Programledelse", "Tiltak 1A «Boligtorg»". */
  where: string;
  /** How: "70 %", "egen fordeling, 30 %", "beløp i 2027 og 2028 (til sammen 100 000 kr)". */
  how: string;
}

function useIn(financing: Financing, sourceId: string): string | null {
  if (financing.mode === 'percent') {
    const share = financing.split.find((s) => s.sourceId === sourceId && s.percent > 0);
    return share ? `egen fordeling, ${formatPercent(share.percent)}` : null;
  }
  if (financing.mode === 'amount') {
    const amounts = financing.amounts.filter((a) => a.sourceId === sourceId && a.amount > 0);
    if (amounts.length === 0) return null;
    const years = [...new Set(amounts.map((a) => a.year))].sort((a, b) => a - b);
    const total = amounts.reduce((sum, a) => sum + a.amount, 0);
    return `beløp i ${listInWords(years.map(String))} (til sammen ${formatKroner(total)})`;
  }
  return null;
}

/** Everywhere a source is used, so removing it can say what goes with it. */
export function sourceUsage(plan: Plan, sourceId: string): SourceUse[] {
  const uses: SourceUse[] = [];
  const share = plan.budget.defaultSplit.find((s) => s.sourceId === sourceId && s.percent > 0);
  if (share) uses.push({ where: 'Standardfordelingen', how: formatPercent(share.percent) });
  const pm = useIn(plan.budget.programmeManagement.financing, sourceId);
  if (pm) uses.push({ where: 'Programledelse', how: pm });
  for (const area of plan.focusAreas) {
    const how = useIn(area.budget.financing, sourceId);
    if (how) uses.push({ where: areaLineLabel(area), how });
  }
  for (const m of plan.measures) {
    const how = useIn(m.budget.financing, sourceId);
    if (how) uses.push({ where: measureLabel(m, plan.measures), how });
  }
  return uses;
}

/**
 * Removes a source and every share and amount that points to it, so the plan stays valid. What
 * was financed by the source is then not financed: the balance and Kvalitetssjekk show where.
 */
export function removeSource(plan: Plan, sourceId: string): Plan {
  if (!plan.budget.sources.some((s) => s.id === sourceId)) return plan;
  const strip = (f: Financing): Financing => {
    if (f.mode === 'percent')
      return { ...f, split: f.split.filter((s) => s.sourceId !== sourceId) };
    if (f.mode === 'amount')
      return { ...f, amounts: f.amounts.filter((a) => a.sourceId !== sourceId) };
    return f;
  };
  const pm = plan.budget.programmeManagement;
  return {
    ...plan,
    budget: {
      ...plan.budget,
      sources: plan.budget.sources.filter((s) => s.id !== sourceId),
      defaultSplit: plan.budget.defaultSplit.filter((s) => s.sourceId !== sourceId),
      programmeManagement: { ...pm, financing: strip(pm.financing) },
      programmeManagementSpent: plan.budget.programmeManagementSpent.filter(
        (s) => s.sourceId !== sourceId,
      ),
    },
    focusAreas: plan.focusAreas.map((a) => {
      const spent = a.spent.some((s) => s.sourceId === sourceId)
        ? a.spent.filter((s) => s.sourceId !== sourceId)
        : a.spent;
      if (a.budget.financing.mode === 'default' && spent === a.spent) return a;
      return { ...a, spent, budget: { ...a.budget, financing: strip(a.budget.financing) } };
    }),
    measures: plan.measures.map((m) => {
      const spent = m.spent.some((s) => s.sourceId === sourceId)
        ? m.spent.filter((s) => s.sourceId !== sourceId)
        : m.spent;
      if (m.budget.financing.mode === 'default' && spent === m.spent) return m;
      return {
        ...m,
        spent,
        budget: { ...m.budget, financing: strip(m.budget.financing) },
      };
    }),
  };
}

// Programme settings

export function setDefaultShare(plan: Plan, sourceId: string, percent: number | null): Plan {
  if (!plan.budget.sources.some((s) => s.id === sourceId)) return plan;
  const defaultSplit = withShare(plan.budget.defaultSplit, sourceId, percent, plan.budget.sources);
  if (defaultSplit === plan.budget.defaultSplit) return plan;
  return { ...plan, budget: { ...plan.budget, defaultSplit } };
}

/** The stated programme frame for one year; null (or 0) means no frame that year. */
export function setFrame(plan: Plan, year: number, amount: number | null): Plan {
  const frame = withYearAmount(plan.budget.frame, year, amount);
  if (frame === plan.budget.frame) return plan;
  return { ...plan, budget: { ...plan.budget, frame } };
}

// Cost lines

export function setCost(plan: Plan, ref: CostLineRef, year: number, amount: number | null): Plan {
  return mapCostLine(plan, ref, (line) => {
    const costs = withYearAmount(line.costs, year, amount);
    return costs === line.costs ? line : { ...line, costs };
  });
}

/**
 * Changes how a line is financed. The new mode starts from what the line had, so nothing jumps:
 * an own split starts as the split in effect (or the default split), and fixed amounts start as
 * the amounts the split gave in each year with a cost.
 */
export function setFinancingMode(plan: Plan, ref: CostLineRef, mode: FinancingMode): Plan {
  return mapCostLine(plan, ref, (line) => {
    if (line.financing.mode === mode) return line;
    if (mode === 'default') return { ...line, financing: { mode } };
    if (mode === 'percent') {
      const split = splitOf(line.financing, plan.budget) ?? plan.budget.defaultSplit;
      return { ...line, financing: { mode, split: split.map((s) => ({ ...s })) } };
    }
    const years = [...new Set(line.costs.map((c) => c.year))].sort((a, b) => a - b);
    const amounts = years.flatMap((year) =>
      [...financingInYear(line, plan.budget, year)]
        .filter(([, amount]) => amount > 0)
        .map(([sourceId, amount]) => ({ year, sourceId, amount })),
    );
    return { ...line, financing: { mode, amounts } };
  });
}

/** One source's share in a line's own split (mode "percent"). */
export function setOwnShare(
  plan: Plan,
  ref: CostLineRef,
  sourceId: string,
  percent: number | null,
): Plan {
  if (!plan.budget.sources.some((s) => s.id === sourceId)) return plan;
  return mapCostLine(plan, ref, (line) => {
    if (line.financing.mode !== 'percent') return line;
    const split = withShare(line.financing.split, sourceId, percent, plan.budget.sources);
    return split === line.financing.split
      ? line
      : { ...line, financing: { mode: 'percent', split } };
  });
}

/** One source's amount in one year (mode "amount"). */
export function setSourceAmount(
  plan: Plan,
  ref: CostLineRef,
  year: number,
  sourceId: string,
  amount: number | null,
): Plan {
  if (!plan.budget.sources.some((s) => s.id === sourceId)) return plan;
  return mapCostLine(plan, ref, (line) => {
    if (line.financing.mode !== 'amount') return line;
    const { amounts } = line.financing;
    const stored = amount === null || amount === 0 ? null : amount;
    const matching = amounts.filter((a) => a.year === year && a.sourceId === sourceId);
    if (matching.length <= 1 && (matching[0]?.amount ?? null) === stored) return line;
    const others = amounts.filter((a) => !(a.year === year && a.sourceId === sourceId));
    const next = stored === null ? others : [...others, { year, sourceId, amount: stored }];
    const position = new Map(plan.budget.sources.map((s, i) => [s.id, i]));
    next.sort(
      (a, b) =>
        a.year - b.year || (position.get(a.sourceId) ?? 0) - (position.get(b.sourceId) ?? 0),
    );
    return { ...line, financing: { mode: 'amount', amounts: next } };
  });
}

// Years outside the programme period (after the period on Om planen has changed)

const outside = (plan: Plan) => (year: number) =>
  year < plan.info.periodStart || year > plan.info.periodEnd;

/** The years outside the programme period in which a line has a cost or an amount. */
export function yearsOutsidePeriod(plan: Plan, line: CostLine): number[] {
  const isOutside = outside(plan);
  const years = [
    ...line.costs.map((c) => c.year),
    ...(line.financing.mode === 'amount' ? line.financing.amounts.map((a) => a.year) : []),
  ].filter(isOutside);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Removes the costs and amounts of one line that lie outside the programme period. */
export function removeLineAmountsOutsidePeriod(plan: Plan, ref: CostLineRef): Plan {
  const isOutside = outside(plan);
  return mapCostLine(plan, ref, (line) => {
    if (yearsOutsidePeriod(plan, line).length === 0) return line;
    const costs = line.costs.filter((c) => !isOutside(c.year));
    const financing: Financing =
      line.financing.mode === 'amount'
        ? { mode: 'amount', amounts: line.financing.amounts.filter((a) => !isOutside(a.year)) }
        : line.financing;
    return { costs, financing };
  });
}

/** Removes the frame in years outside the programme period. */
export function removeFrameOutsidePeriod(plan: Plan): Plan {
  const frame = plan.budget.frame.filter((f) => !outside(plan)(f.year));
  if (frame.length === plan.budget.frame.length) return plan;
  return { ...plan, budget: { ...plan.budget, frame } };
}

/** "2027", "2027 og 2028", "2027, 2028 og 2029". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
