import type { QualityProblem, QualityProblemKind } from './quality-checks';

/**
 * How much a problem matters before the plan goes to the politicians:
 * - stopper: the document would be wrong or the decision unclear (money that does not add up,
 *   a measure nobody answers for, a reference to something deleted);
 * - viktig: a careful reader will ask about it (no dates, no expected result, no indicator);
 * - merknad: worth a look, but the plan can be adopted as it is (a strategy no measure uses).
 * The list on the Eksport page informs; it never stops an export.
 */
export type CheckSeverity = 'stopper' | 'viktig' | 'merknad';

export const checkSeverities: readonly CheckSeverity[] = ['stopper', 'viktig', 'merknad'];

export const checkSeverity: Record<QualityProblemKind, CheckSeverity> = {
  'measure-without-owner': 'stopper',
  'budget-unbalanced': 'stopper',
  'budget-without-financing': 'stopper',
  'budget-split-not-100': 'stopper',
  'measure-ends-before-start': 'stopper',
  'duplicate-measure-code': 'stopper',
  'broken-reference': 'stopper',
  'budget-over-frame': 'viktig',
  'budget-outside-period': 'viktig',
  'measure-without-dates': 'viktig',
  'measure-without-expected-result': 'viktig',
  'measure-without-cost': 'viktig',
  'goal-without-indicator': 'viktig',
  'focus-area-without-measures': 'viktig',
  // A high risk the plan names but nobody meets: the politicians will ask, but it is the
  // analysis that is thin, not the decision that is unclear.
  'high-risk-without-mitigation': 'viktig',
  'high-risk-without-owner': 'viktig',
  // What the template left: a prompt (the chapter is left out of the document until written),
  // invented people and figures (left out too). Worth doing, but a fresh plan from a template
  // should not open with a page of «must fix».
  'chapter-with-guidance': 'viktig',
  'chapter-empty': 'viktig',
  'example-person': 'viktig',
  'example-figure': 'viktig',
  'strategy-unused': 'merknad',
  'target-group-unserved': 'merknad',
  // Follow-up after adoption: about carrying the plan out, not about adopting it.
  'spending-over-budget': 'merknad',
  'report-without-status': 'merknad',
  'measure-without-status': 'merknad',
  'completed-below-100': 'merknad',
  'measure-overdue': 'merknad',
};

/** The headings of the readiness list, calm and plain. */
export const checkSeverityLabels: Record<CheckSeverity, string> = {
  stopper: 'Bør rettes før politisk behandling',
  viktig: 'Viktig å se på',
  merknad: 'Merknader',
};

export interface SeverityGroup {
  severity: CheckSeverity;
  problems: QualityProblem[];
}

/**
 * The problems by severity, most serious first, each group in the order the checks gave them
 * (the plan's order); a severity without problems is left out.
 */
export function groupBySeverity(problems: readonly QualityProblem[]): SeverityGroup[] {
  return checkSeverities
    .map((severity) => ({
      severity,
      problems: problems.filter((p) => checkSeverity[p.kind] === severity),
    }))
    .filter((g) => g.problems.length > 0);
}
