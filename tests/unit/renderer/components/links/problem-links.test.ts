import { describe, expect, it } from 'vitest';
import { runQualityChecks, type QualityProblem } from '#shared/checks/quality-checks';
import {
  problemDestination,
  problemKindLabels,
} from '../../../../../renderer/src/components/links/problem-links';
import { planPages } from '../../../../../renderer/src/shell/pages';
import { samplePlan } from '../../../../support/plan-fixtures';

const problem = (fields: Partial<QualityProblem>): QualityProblem => ({
  key: 'k',
  kind: 'measure-without-owner',
  message: 'x',
  section: 'tiltak',
  entityId: 'm-1',
  ...fields,
});

describe('links from Kvalitetssjekk', () => {
  it('lead each part of the plan to its page', () => {
    expect(problemDestination(problem({ field: 'owner' }))).toEqual({
      page: 'satsningsomrader',
      target: { entityId: 'm-1', field: 'owner' },
    });
    expect(
      problemDestination(
        problem({ kind: 'measure-without-cost', section: 'budsjett', field: 'costs' }),
      ),
    ).toEqual({ page: 'budsjett', target: { entityId: 'm-1', field: 'costs' } });
    expect(problemDestination(problem({ section: 'visjon-og-mal', entityId: 'dm-1' }))).toEqual({
      page: 'visjon-og-mal',
      target: { entityId: 'dm-1' },
    });
    expect(problemDestination(problem({ section: 'organisering', entityId: null }))).toEqual({
      page: 'organisering',
    });
  });

  it('go to pages that exist, for every problem the checks find', () => {
    const plan = samplePlan();
    plan.measures[0]!.owner = null;
    plan.measures[0]!.budget.costs = [];
    plan.strategies.push({ id: 's-9', code: '9', title: 'UBRUKT', description: '', goalIds: [] });
    const pageIds = new Set<string>(planPages.map((p) => p.id));
    for (const found of runQualityChecks(plan)) {
      expect(pageIds.has(problemDestination(found).page), found.key).toBe(true);
      expect(problemKindLabels[found.kind], found.kind).toBeTruthy();
    }
  });
});
