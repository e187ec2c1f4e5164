import type { Plan } from '../model/plan';
import { areaHasCost } from '../budget/counted-lines';
import { isLedByOther } from '../budget/counted-measures';
import { endsBeforeStart, formatPartialDate } from '../format/partial-date';
import { measureLabel } from '../plan/labels';
import { numbersGroupsApart } from '../plan/measure-codes';
import { measureGroupOf } from '../plan/measure-groups';
import { levelOfRisk } from '../plan/risk-levels';
import type { Measure } from '../model/measures';
import { findIntegrityProblems } from '../plan/integrity';
import { findBudgetProblems, type BudgetProblemKind } from './budget-checks';
import { CHECK_FIELDS, type CheckField } from './check-fields';
import { findFollowUpProblems, type FollowUpProblemKind } from './follow-up-checks';
import { localIsoDate } from '../format/local-date';
import { findGuidanceProblems, type GuidanceProblemKind } from './guidance-checks';

/** The part of the app where a problem is fixed; the UI turns it into a link. */
export type PlanSection =
  | 'om-planen'
  | 'visjon-og-mal'
  | 'strategier'
  | 'tiltak'
  | 'malgrupper'
  | 'organisering'
  | 'budsjett'
  | 'regnskap'
  | 'statusrapporter'
  | 'personer'
  | 'tekstkapitler'
  | 'risikoanalyse';

export interface QualityProblem {
  /** Stable across runs, so the UI can keep focus and tests can name a problem. */
  key: string;
  kind: QualityProblemKind;
  message: string;
  section: PlanSection;
  /** The entity to open, if any. */
  entityId: string | null;
  /** The field to focus, if any: the control with this `data-field`. */
  field?: CheckField;
}

export type QualityProblemKind =
  | 'measure-without-owner'
  | 'measure-without-dates'
  | 'measure-without-expected-result'
  | 'measure-without-cost'
  | 'measure-ends-before-start'
  | 'goal-without-indicator'
  | 'strategy-unused'
  | 'focus-area-without-measures'
  | 'target-group-unserved'
  | 'duplicate-measure-code'
  | 'broken-reference'
  | 'high-risk-without-mitigation'
  | 'high-risk-without-owner'
  | GuidanceProblemKind
  | BudgetProblemKind
  | FollowUpProblemKind;

/**
 * What a careful editor would point out before the plan goes to the politicians. Pure: the
 * editor shows it live, and the Word export appends it as "open items".
 */
export function runQualityChecks(plan: Plan, options: { today?: string } = {}): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const add = (problem: QualityProblem) => problems.push(problem);

  const areasWithCost = new Set(plan.focusAreas.filter(areaHasCost).map((a) => a.id));
  for (const m of plan.measures) {
    const label = measureLabel(m, plan.measures);
    if (!m.owner) {
      add({
        key: `owner:${m.id}`,
        kind: 'measure-without-owner',
        message: `${label} mangler ansvarlig.`,
        section: 'tiltak',
        entityId: m.id,
        field: CHECK_FIELDS.owner,
      });
    }
    if (!m.startDate || !m.endDate) {
      const missing =
        !m.startDate && !m.endDate
          ? 'start- og sluttdato'
          : !m.startDate
            ? 'startdato'
            : 'sluttdato';
      add({
        key: `dates:${m.id}`,
        kind: 'measure-without-dates',
        message: `${label} mangler ${missing}.`,
        section: 'tiltak',
        entityId: m.id,
        field: m.startDate ? CHECK_FIELDS.endDate : CHECK_FIELDS.startDate,
      });
    } else if (endsBeforeStart(m.startDate, m.endDate)) {
      add({
        key: `order:${m.id}`,
        kind: 'measure-ends-before-start',
        message: `${label}: slutt ${formatPartialDate(m.endDate)} er før start ${formatPartialDate(m.startDate)}.`,
        section: 'tiltak',
        entityId: m.id,
        field: CHECK_FIELDS.endDate,
      });
    }
    if (!m.expectedResult.trim()) {
      add({
        key: `result:${m.id}`,
        kind: 'measure-without-expected-result',
        message: `${label} mangler forventet resultat.`,
        section: 'tiltak',
        entityId: m.id,
        field: CHECK_FIELDS.expectedResult,
      });
    }
    // A shared project led by another district is financed there; this plan need not cost it.
    // Nor need a measure whose focus area is budgeted as one line («Felles for
    // satsningsområdet», as Husbanken's form does): the area's money covers its measures, and
    // asking for a cost on each would push the user to split a sum the plan never splits.
    if (
      !isLedByOther(m) &&
      !areasWithCost.has(m.focusAreaId) &&
      !m.budget.costs.some((c) => c.amount > 0)
    ) {
      add({
        key: `cost:${m.id}`,
        kind: 'measure-without-cost',
        message: `${label} mangler kostnad.`,
        section: 'budsjett',
        entityId: m.id,
        field: CHECK_FIELDS.costs,
      });
    }
  }

  problems.push(...duplicateCodeProblems(plan));

  for (const main of plan.mainGoals) {
    for (const sub of main.subGoals) {
      if (sub.resultGoals.length === 0) {
        add({
          key: `indicator:${sub.id}`,
          kind: 'goal-without-indicator',
          message: `Delmålet «${sub.title || 'uten navn'}» mangler målbar indikator.`,
          section: 'visjon-og-mal',
          entityId: sub.id,
          // The fix is to add a result goal; the link puts the cursor on that button.
          field: CHECK_FIELDS.resultGoals,
        });
      }
      for (const result of sub.resultGoals) {
        if (!isMeasurable(result.indicator)) {
          add({
            key: `indicator:${result.id}`,
            kind: 'goal-without-indicator',
            message: `Resultatmålet «${result.title || 'uten navn'}» mangler målbar indikator.`,
            section: 'visjon-og-mal',
            entityId: result.id,
            field: CHECK_FIELDS.indicator,
          });
        }
      }
    }
  }

  const usedStrategies = new Set(plan.measures.flatMap((m) => m.strategyIds));
  for (const s of plan.strategies) {
    if (!usedStrategies.has(s.id)) {
      add({
        key: `strategy:${s.id}`,
        kind: 'strategy-unused',
        message: `Strategien «${s.title || s.code}» brukes ikke av noe tiltak.`,
        section: 'strategier',
        entityId: s.id,
      });
    }
  }
  const areasWithMeasures = new Set(plan.measures.map((m) => m.focusAreaId));
  for (const f of plan.focusAreas) {
    if (!areasWithMeasures.has(f.id)) {
      add({
        key: `area:${f.id}`,
        kind: 'focus-area-without-measures',
        message: `Satsningsområdet «${f.title}» har ingen tiltak.`,
        section: 'tiltak',
        entityId: f.id,
      });
    }
  }
  const servedGroups = new Set(plan.measures.flatMap((m) => m.targetGroupIds));
  for (const g of plan.targetGroups) {
    if (!servedGroups.has(g.id)) {
      add({
        key: `group:${g.id}`,
        kind: 'target-group-unserved',
        message: `Ingen tiltak retter seg mot målgruppen «${g.name}».`,
        section: 'malgrupper',
        entityId: g.id,
      });
    }
  }

  problems.push(...highRiskProblems(plan));
  problems.push(...findBudgetProblems(plan));
  problems.push(...findGuidanceProblems(plan));
  problems.push(...findFollowUpProblems(plan, options.today ?? localIsoDate()));

  // Normally impossible (the editor and the file reader refuse them), but never silent.
  for (const p of findIntegrityProblems(plan)) {
    if (p.message.includes('finnes ikke')) {
      add({
        key: `ref:${p.path.join('.')}`,
        kind: 'broken-reference',
        message: p.message,
        section: sectionOf(p.path[0]),
        entityId: null,
      });
    }
  }
  return problems;
}

export function isMeasurable(
  indicator: Plan['mainGoals'][number]['subGoals'][number]['resultGoals'][number]['indicator'],
): boolean {
  return !!indicator && indicator.name.trim() !== '' && indicator.target !== null;
}

function sectionOf(top: string | number | undefined): PlanSection {
  switch (top) {
    case 'mainGoals':
      return 'visjon-og-mal';
    case 'strategies':
      return 'strategier';
    case 'targetGroups':
      return 'malgrupper';
    case 'organisation':
      return 'organisering';
    case 'budget':
      return 'budsjett';
    case 'info':
      return 'om-planen';
    case 'risks':
      return 'risikoanalyse';
    default:
      return 'tiltak';
  }
}

/**
 * A risk the matrix calls high (riskLevelOf) needs someone to answer for it and a plan for
 * meeting it; the politicians adopting the plan will ask for both. Lower risks may stand as
 * noted without either.
 */
function highRiskProblems(plan: Plan): QualityProblem[] {
  const problems: QualityProblem[] = [];
  plan.risks.forEach((risk, i) => {
    if (levelOfRisk(risk) !== 'hoy') return;
    const label = `Risiko ${i + 1}${risk.title.trim() ? ` «${risk.title.trim()}»` : ''}`;
    if (!risk.mitigation.trim()) {
      problems.push({
        key: `risk-mitigation:${risk.id}`,
        kind: 'high-risk-without-mitigation',
        message: `${label} er en høy risiko uten tiltak mot risikoen.`,
        section: 'risikoanalyse',
        entityId: risk.id,
        field: CHECK_FIELDS.mitigation,
      });
    }
    if (!risk.owner) {
      problems.push({
        key: `risk-owner:${risk.id}`,
        kind: 'high-risk-without-owner',
        message: `${label} er en høy risiko uten ansvarlig.`,
        section: 'risikoanalyse',
        entityId: risk.id,
        field: CHECK_FIELDS.owner,
      });
    }
  });
  return problems;
}

/**
 * Codes used twice. When the plan numbers shared projects apart (as Husbanken's form does), a
 * code may repeat across the two groups but not within one; otherwise every code is the plan's
 * own. A repeat only across the groups, in a plan that does not number them apart, says where
 * the form's numbering is switched on.
 */
function duplicateCodeProblems(plan: Plan): QualityProblem[] {
  const apart = numbersGroupsApart(plan);
  const byCode = new Map<string, Measure[]>();
  for (const m of plan.measures) {
    const code = m.code.trim().toLocaleUpperCase('nb');
    if (!code) continue;
    const key = apart ? `${measureGroupOf(m)}:${code}` : code;
    byCode.set(key, [...(byCode.get(key) ?? []), m]);
  }
  const problems: QualityProblem[] = [];
  for (const [key, measures] of byCode) {
    if (measures.length < 2) continue;
    const groups = new Set(measures.map(measureGroupOf));
    const code = measures[0]!.code.trim().toLocaleUpperCase('nb');
    const what =
      groups.size === 1 && groups.has('shared')
        ? `${measures.length} felles prosjekter`
        : `${measures.length} tiltak`;
    const hint =
      !apart && groups.size === 2
        ? ' Skal felles prosjekter nummereres for seg, som i Husbankens skjema, kan det slås på under Om planen.'
        : '';
    problems.push({
      key: `code:${key}`,
      kind: 'duplicate-measure-code',
      message: `Tiltakskoden ${code} er brukt av ${what}.${hint}`,
      section: 'tiltak',
      entityId: measures[1]!.id,
      field: CHECK_FIELDS.code,
    });
  }
  return problems;
}
