import { describe, expect, it } from 'vitest';
import { findBudgetProblems } from '#shared/checks/budget-checks';
import { runQualityChecks } from '#shared/checks/quality-checks';
import { createEmptyPlan } from '#shared/plan/create-plan';
import {
  PROGRAMME_MANAGEMENT,
  setCost,
  setDefaultShare,
  setFinancingMode,
  setFrame,
  setOwnShare,
  setSourceAmount,
} from '#shared/plan/budget-operations';
import { samplePlan } from '../../../support/plan-fixtures';

const measure1A = { kind: 'tiltak', measureId: 'm-1a' } as const;
/** The sample plan and its financing sources (their ids are new in every sample). */
function sample() {
  const plan = samplePlan();
  const [hb, kom, andre] = plan.budget.sources.map((s) => s.id) as [string, string, string];
  return { plan, hb, kom, andre };
}
const messages = (plan: ReturnType<typeof samplePlan>) =>
  findBudgetProblems(plan).map((p) => p.message);

describe('budget checks', () => {
  it('find nothing in an empty plan or a balanced one', () => {
    expect(findBudgetProblems(createEmptyPlan())).toEqual([]);
    expect(findBudgetProblems(samplePlan())).toEqual([]);
  });

  it('point out a default split that is not 100 %, once, at the programme settings', () => {
    const { plan: sampled, kom } = sample();
    const plan = setDefaultShare(sampled, kom, 40);
    expect(findBudgetProblems(plan)).toEqual([
      {
        key: 'split:default',
        kind: 'budget-split-not-100',
        message: 'Standardfordelingen er 90\u00a0% til sammen. Den må være 100 %.',
        section: 'budsjett',
        entityId: 'split',
        field: 'defaultSplit',
      },
    ]);
  });

  it('point out an own split that is not 100 %, on the measure', () => {
    const { plan: sampled, andre } = sample();
    const plan = setOwnShare(sampled, measure1A, andre, 33.33);
    expect(findBudgetProblems(plan)).toEqual([
      {
        key: 'split:m-1a',
        kind: 'budget-split-not-100',
        message: 'Tiltak 1A «Boligtorg»: egen fordeling er 133,33\u00a0% til sammen, ikke 100 %.',
        section: 'budsjett',
        entityId: 'm-1a',
        field: 'split',
      },
    ]);
  });

  it('point out a cost with no financing, whatever the mode', () => {
    const { plan: sampled, hb, kom } = sample();
    let plan = setOwnShare(sampled, measure1A, hb, null);
    plan = setOwnShare(plan, measure1A, kom, null);
    expect(findBudgetProblems(plan)).toMatchObject([
      {
        key: 'financing:m-1a',
        kind: 'budget-without-financing',
        message: 'Tiltak 1A «Boligtorg» har kostnad, men ingen finansiering.',
        entityId: 'm-1a',
        field: 'financing',
      },
    ]);
    plan = setCost(samplePlan(), PROGRAMME_MANAGEMENT, 2028, 10_000);
    plan.budget.defaultSplit = [];
    expect(messages(plan)).toEqual([
      'Standardfordelingen er 0\u00a0% til sammen. Den må være 100 %.',
      'Programledelse har kostnad, men ingen finansiering.',
    ]);
    plan = setFinancingMode(samplePlan(), measure1A, 'amount');
    plan.measures[0]!.budget.financing = { mode: 'amount', amounts: [] };
    expect(messages(plan)).toEqual(['Tiltak 1A «Boligtorg» har kostnad, men ingen finansiering.']);
  });

  it('point out each year where fixed amounts do not match the cost', () => {
    const { plan: sampled, hb, kom } = sample();
    let plan = setFinancingMode(sampled, measure1A, 'amount');
    plan = setCost(plan, measure1A, 2028, 100_000);
    plan = setSourceAmount(plan, measure1A, 2028, kom, 50_000);
    plan = setSourceAmount(plan, measure1A, 2029, hb, 20_000);
    expect(findBudgetProblems(plan).map((p) => [p.key, p.message, p.field])).toEqual([
      [
        'balance:m-1a:2028',
        'Tiltak 1A «Boligtorg»: finansieringen dekker ikke kostnaden i 2028: mangler 50\u00a0000\u00a0kr.',
        'balance-2028',
      ],
      [
        'balance:m-1a:2029',
        'Tiltak 1A «Boligtorg»: finansieringen i 2029 er 20\u00a0000\u00a0kr mer enn kostnaden.',
        'balance-2029',
      ],
    ]);
  });

  it('point out a year where the programme costs more than the stated frame', () => {
    let plan = setFrame(samplePlan(), 2027, 300_000);
    plan = setFrame(plan, 2028, 100_000);
    expect(findBudgetProblems(plan)).toEqual([]);
    plan = setCost(plan, PROGRAMME_MANAGEMENT, 2027, 60_001);
    expect(findBudgetProblems(plan)).toEqual([
      {
        key: 'frame:2027',
        kind: 'budget-over-frame',
        message:
          'Programmet koster 310\u00a0001\u00a0kr i 2027. Det er 10\u00a0001\u00a0kr mer enn rammen på 300\u00a0000\u00a0kr.',
        section: 'budsjett',
        entityId: 'frame',
        field: 'frame-2027',
      },
    ]);
  });

  it('point out amounts outside the programme period, which no table shows', () => {
    const plan = setFrame(samplePlan(), 2031, 1);
    plan.info.periodStart = 2028;
    expect(messages(plan)).toEqual([
      'Tiltak 1A «Boligtorg» har beløp i 2027, utenfor programperioden 2028–2030. De er ikke med i budsjettet.',
      'Rammen har beløp i 2031, utenfor programperioden 2028–2030. De er ikke med i budsjettet.',
    ]);
  });

  it('are part of the quality check', () => {
    const { plan: sampled, kom } = sample();
    const plan = setDefaultShare(sampled, kom, 40);
    expect(runQualityChecks(plan).map((p) => p.kind)).toContain('budget-split-not-100');
  });
});
