import { describe, expect, it } from 'vitest';
import { checkSeverity, groupBySeverity } from '#shared/checks/check-severity';
import { runQualityChecks, type QualityProblem } from '#shared/checks/quality-checks';
import { wordExportPlan } from '../../../support/word-export-fixtures';

const problem = (kind: QualityProblem['kind'], key: string): QualityProblem => ({
  key,
  kind,
  message: key,
  section: 'tiltak',
  entityId: null,
});

describe('the readiness list by severity', () => {
  it('puts the serious first, keeps the checks’ order within a group and leaves out empty groups', () => {
    const groups = groupBySeverity([
      problem('strategy-unused', 's1'),
      problem('measure-without-owner', 'o1'),
      problem('measure-without-dates', 'd1'),
      problem('budget-unbalanced', 'b1'),
      problem('measure-without-owner', 'o2'),
    ]);
    expect(groups.map((g) => [g.severity, g.problems.map((p) => p.key)])).toEqual([
      ['stopper', ['o1', 'b1', 'o2']],
      ['viktig', ['d1']],
      ['merknad', ['s1']],
    ]);
    expect(groupBySeverity([problem('strategy-unused', 's1')]).map((g) => g.severity)).toEqual([
      'merknad',
    ]);
    expect(groupBySeverity([])).toEqual([]);
  });

  it('calls a budget that does not balance and a measure without owner serious, an unused strategy a note', () => {
    expect(checkSeverity['budget-unbalanced']).toBe('stopper');
    expect(checkSeverity['measure-without-owner']).toBe('stopper');
    expect(checkSeverity['strategy-unused']).toBe('merknad');
  });

  it('groups every problem of the Oslo template plan, losing none', () => {
    const problems = runQualityChecks(wordExportPlan(), { today: '2026-03-01' });
    const groups = groupBySeverity(problems);
    expect(groups.flatMap((g) => g.problems)).toHaveLength(problems.length);
    expect(groups[0]!.severity).toBe('stopper');
    expect(groups[0]!.problems.some((p) => p.kind === 'measure-without-owner')).toBe(true);
  });
});
