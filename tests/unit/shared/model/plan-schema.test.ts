import { describe, expect, it } from 'vitest';
import { planSchema } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { findIntegrityProblems, findReportingCycle } from '#shared/plan/integrity';
import { samplePlan } from '../../../support/plan-fixtures';

const messages = (plan: unknown) => {
  const result = planSchema.safeParse(plan);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('the plan schema', () => {
  it('accepts an empty plan and a complete sample plan', () => {
    expect(planSchema.safeParse(createEmptyPlan()).success).toBe(true);
    expect(planSchema.safeParse(samplePlan()).success).toBe(true);
  });

  it('keeps money in whole kroner', () => {
    const plan = samplePlan();
    plan.measures[0]!.budget.costs[0]!.amount = 1000.5;
    expect(messages(plan)).toContain('Beløp må være hele kroner.');
    plan.measures[0]!.budget.costs[0]!.amount = -5;
    expect(messages(plan)).toContain('Beløp kan ikke være negativt.');
  });

  it('refuses keys it does not know, so typos in hand-edited files are caught', () => {
    const plan = { ...samplePlan(), tittel: 'skrivefeil' };
    expect(planSchema.safeParse(plan).success).toBe(false);
  });

  it('refuses a measure status or progress outside the activity plan columns', () => {
    const plan = samplePlan() as unknown as { measures: { status: string; progress: number }[] };
    plan.measures[0]!.status = 'x';
    expect(planSchema.safeParse(plan).success).toBe(false);
    const other = samplePlan() as unknown as { measures: { progress: number }[] };
    other.measures[0]!.progress = 130;
    expect(planSchema.safeParse(other).success).toBe(false);
    other.measures[0]!.progress = 62.5;
    expect(planSchema.safeParse(other).success).toBe(false);
    // Real forms give progress as any whole percent.
    other.measures[0]!.progress = 70;
    expect(planSchema.safeParse(other).success).toBe(true);
  });
});

describe('integrity: a plan never contradicts itself', () => {
  it('finds nothing wrong in the sample plan', () => {
    expect(findIntegrityProblems(samplePlan())).toEqual([]);
  });

  it('names the measure and both dates when the end is before the start', () => {
    const plan = samplePlan();
    plan.measures[0]!.startDate = '2014-01-01';
    plan.measures[0]!.endDate = '2013-12-31';
    expect(findIntegrityProblems(plan)).toEqual([
      {
        path: ['measures', 0, 'endDate'],
        message: 'Tiltak 1A «Boligtorg»: slutt 31.12.2013 er før start 01.01.2014.',
      },
    ]);
  });

  it('refuses a measure that points at a deleted strategy, target group, owner or source', () => {
    const plan = samplePlan();
    plan.strategies = [];
    plan.focusAreas[0]!.strategyIds = [];
    plan.targetGroups = [];
    plan.people = [];
    plan.info.programmeLeader = null;
    plan.organisation[1]!.members = [];
    plan.budget.sources = plan.budget.sources.slice(1);
    plan.budget.defaultSplit = [];
    const text = findIntegrityProblems(plan)
      .map((p) => p.message)
      .join('\n');
    expect(text).toContain(
      'Tiltak 1A «Boligtorg» › strategier: strategien med id «s-1» finnes ikke.',
    );
    expect(text).toContain('målgruppen med id «tg-1» finnes ikke');
    expect(text).toContain('personen med id «p-lise» finnes ikke');
    expect(text).toContain('finansieringskilden med id');
  });

  it('refuses duplicate ids anywhere in the plan', () => {
    const plan = samplePlan();
    plan.targetGroups.push({ id: 's-1', name: 'Eldre', description: '' });
    expect(findIntegrityProblems(plan).map((p) => p.message)).toEqual([
      'Målgruppe 2 «Eldre»: id «s-1» er brukt mer enn én gang.',
    ]);
  });

  it('refuses reporting lines that go in a circle', () => {
    const plan = samplePlan();
    plan.organisation[0]!.parentId = 'b-sg';
    const problems = findIntegrityProblems(plan);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('rapporteringslinjene går i ring');
    expect(findReportingCycle([{ id: 'a', parentId: 'a' }])).toEqual(['a', 'a']);
    expect(
      findReportingCycle([
        { id: 'a', parentId: null },
        { id: 'b', parentId: 'a' },
      ]),
    ).toBeNull();
  });

  it('refuses a plan period that ends before it starts', () => {
    const plan = samplePlan();
    plan.info.periodEnd = 2020;
    expect(messages(plan)).toEqual(['Om planen: perioden slutter (2020) før den begynner (2027).']);
  });
});
