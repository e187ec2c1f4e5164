import { describe, expect, it } from 'vitest';
import { areaLineTarget, findBudgetProblems } from '#shared/checks/budget-checks';
import { CHECK_FIELDS, spentField } from '#shared/checks/check-fields';
import { findFollowUpProblems } from '#shared/checks/follow-up-checks';
import { runQualityChecks } from '#shared/checks/quality-checks';
import { setCost, setFinancingMode, setFrame, setOwnShare } from '#shared/plan/budget-operations';
import { setFocusAreaSpent } from '#shared/plan/spending-operations';
import { areaBudgetPlan } from '../../../support/area-budget-plan';
import { samplePlan } from '../../../support/plan-fixtures';

const area1 = { kind: 'satsningsomrade', focusAreaId: 'fa-1' } as const;
const kindsFor = (plan: ReturnType<typeof samplePlan>, entityId: string) =>
  runQualityChecks(plan, { today: '2027-03-01' })
    .filter((p) => p.entityId === entityId)
    .map((p) => p.kind);

describe('checks that know the focus area lines', () => {
  it('do not ask for a cost on a measure whose focus area has a cost line', () => {
    const plan = areaBudgetPlan();
    expect(kindsFor(plan, 'm-1a')).not.toContain('measure-without-cost');
    // Without the area's money, the measure is asked for its cost again.
    const noArea = setCost(setCost(plan, area1, 2027, null), area1, 2028, null);
    expect(kindsFor(noArea, 'm-1a')).toContain('measure-without-cost');
    expect(findBudgetProblems(plan)).toEqual([]);
  });

  it('flag an area line with cost but no financing, linked to its control', () => {
    const percent = setFinancingMode(areaBudgetPlan(), area1, 'percent');
    const plan = percent.budget.sources.reduce(
      (p, s) => setOwnShare(p, area1, s.id, null),
      percent,
    );
    expect(findBudgetProblems(plan)).toEqual([
      {
        key: `financing:${areaLineTarget('fa-1')}`,
        kind: 'budget-without-financing',
        message:
          'Felles for satsningsområdet 1 Egnede boliger for vanskeligstilte har kostnad, men ingen finansiering.',
        section: 'budsjett',
        entityId: areaLineTarget('fa-1'),
        field: CHECK_FIELDS.financing,
      },
    ]);
  });

  it('flag an area line with money outside the programme period', () => {
    const plan = setCost(areaBudgetPlan(), area1, 2031, 50_000);
    const outside = findBudgetProblems(plan).filter((p) => p.kind === 'budget-outside-period');
    expect(outside).toEqual([
      expect.objectContaining({
        entityId: areaLineTarget('fa-1'),
        field: CHECK_FIELDS.outside,
        message: expect.stringContaining('har beløp i 2031, utenfor programperioden 2027–2030'),
      }),
    ]);
  });

  it('count the area lines against the frame', () => {
    const plan = setFrame(areaBudgetPlan(), 2027, 350_000);
    expect(findBudgetProblems(plan).map((p) => p.kind)).toEqual(['budget-over-frame']);
    expect(findBudgetProblems(setFrame(plan, 2027, 400_000))).toEqual([]);
  });

  it('flag spending over the area line’s budget, linked to the line on Regnskap', () => {
    const plan = areaBudgetPlan();
    const spent = setFocusAreaSpent(plan, 'fa-2', 2027, plan.budget.sources[0]!.id, 120_000);
    expect(findFollowUpProblems(spent, '2027-12-01')).toEqual([
      {
        key: `overspent:${areaLineTarget('fa-2')}:2027`,
        kind: 'spending-over-budget',
        message:
          'Felles for satsningsområdet 2 Individuell oppfølging i bomiljø: brukt 120\u00a0000\u00a0kr i 2027, budsjettet er 100\u00a0000\u00a0kr.',
        section: 'regnskap',
        entityId: areaLineTarget('fa-2'),
        field: spentField(2027),
      },
    ]);
  });
});
