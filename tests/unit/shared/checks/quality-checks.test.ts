import { describe, expect, it } from 'vitest';
import { runQualityChecks } from '#shared/checks/quality-checks';
import { samplePlan } from '../../../support/plan-fixtures';

const kinds = (plan: ReturnType<typeof samplePlan>) => runQualityChecks(plan).map((p) => p.kind);

describe('quality checks', () => {
  it('find only the focus area without measures in the sample plan', () => {
    expect(runQualityChecks(samplePlan())).toEqual([
      {
        key: 'area:fa-2',
        kind: 'focus-area-without-measures',
        message: 'Satsningsområdet «Individuell oppfølging i bomiljø» har ingen tiltak.',
        section: 'tiltak',
        entityId: 'fa-2',
      },
    ]);
  });

  it('point out a measure without owner, dates, expected result or cost', () => {
    const plan = samplePlan();
    plan.focusAreas.pop();
    const m = plan.measures[0]!;
    Object.assign(m, { owner: null, startDate: null, endDate: null, expectedResult: '  ' });
    m.budget.costs = [{ year: 2027, amount: 0 }];
    expect(runQualityChecks(plan).map((p) => p.message)).toEqual([
      'Tiltak 1A «Boligtorg» mangler ansvarlig.',
      'Tiltak 1A «Boligtorg» mangler start- og sluttdato.',
      'Tiltak 1A «Boligtorg» mangler forventet resultat.',
      'Tiltak 1A «Boligtorg» mangler kostnad.',
    ]);
  });

  it('point out an end before the start', () => {
    const plan = samplePlan();
    plan.measures[0]!.endDate = '2026-06-30';
    expect(
      runQualityChecks(plan).find((p) => p.kind === 'measure-ends-before-start')?.message,
    ).toBe('Tiltak 1A «Boligtorg»: slutt 30.06.2026 er før start 01.01.2027.');
  });

  it('compare years, months and days by the days they cover', () => {
    const order = (start: string, end: string) => {
      const plan = samplePlan();
      Object.assign(plan.measures[0]!, { startDate: start, endDate: end });
      return runQualityChecks(plan).find((p) => p.kind === 'measure-ends-before-start')?.message;
    };
    // A year, then a month in it, and a day in that month: all overlap, none is an error.
    expect(order('2014', '2014-06')).toBeUndefined();
    expect(order('2014-06-30', '2014')).toBeUndefined();
    expect(order('2014-06-15', '2014-06')).toBeUndefined();
    expect(order('2014-07-01', '2014-06')).toBe(
      'Tiltak 1A «Boligtorg»: slutt juni 2014 er før start 01.07.2014.',
    );
    expect(order('2015', '2014')).toBe('Tiltak 1A «Boligtorg»: slutt 2014 er før start 2015.');
  });

  it('point out goals without a measurable indicator', () => {
    const plan = samplePlan();
    const sub = plan.mainGoals[0]!.subGoals[0]!;
    sub.resultGoals[0]!.indicator!.target = null;
    plan.mainGoals[0]!.subGoals.push({
      id: 'g-1-2',
      title: 'Bedre oversikt',
      description: '',
      focusAreaId: null,
      resultGoals: [],
    });
    const found = runQualityChecks(plan).filter((p) => p.kind === 'goal-without-indicator');
    expect(found.map((p) => [p.entityId, p.field, p.message])).toEqual([
      ['g-1-1-1', 'indicator', 'Resultatmålet «Færre døgn i hospits» mangler målbar indikator.'],
      ['g-1-2', 'resultGoals', 'Delmålet «Bedre oversikt» mangler målbar indikator.'],
    ]);
  });

  it('point out unused strategies, unserved target groups and duplicate codes', () => {
    const plan = samplePlan();
    plan.strategies.push({ id: 's-2', code: '2', title: 'EIERSKAP', description: '', goalIds: [] });
    plan.targetGroups.push({ id: 'tg-2', name: 'Eldre', description: '' });
    plan.measures.push({ ...plan.measures[0]!, id: 'm-1b', code: '1a', focusAreaId: 'fa-2' });
    expect(kinds(plan)).toEqual([
      'duplicate-measure-code',
      'strategy-unused',
      'target-group-unserved',
    ]);
    expect(runQualityChecks(plan)[0]!.message).toBe('Tiltakskoden 1A er brukt av 2 tiltak.');
  });

  it('never stay silent about a reference to something deleted', () => {
    const plan = samplePlan();
    plan.measures[0]!.targetGroupIds = ['tg-borte'];
    expect(runQualityChecks(plan)).toContainEqual(
      expect.objectContaining({
        kind: 'broken-reference',
        message: 'Tiltak 1A «Boligtorg» › målgrupper: målgruppen med id «tg-borte» finnes ikke.',
      }),
    );
  });

  it('give an empty plan no problems and no errors', () => {
    const plan = samplePlan();
    Object.assign(plan, {
      measures: [],
      mainGoals: [],
      strategies: [],
      focusAreas: [],
      targetGroups: [],
    });
    expect(runQualityChecks(plan)).toEqual([]);
  });
});
