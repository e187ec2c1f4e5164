import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { targetGroupMatrix } from '#shared/plan/target-group-matrix';
import { traceMeasure, tracePlan } from '../../../support/trace-plan';

describe('targetGroupMatrix', () => {
  it('lists the measures per target group and focus area, and counts the gaps', () => {
    const matrix = targetGroupMatrix(tracePlan());
    expect(matrix.columns.map((c) => c.code)).toEqual(['1', '2']);
    expect(matrix.rows.map((r) => r.targetGroup.name)).toEqual(['Unge', 'Eldre']);
    const codes = matrix.rows.map((r) => r.cells.map((c) => c.measures.map((m) => m.code)));
    expect(codes).toEqual([
      [['1A', '1B'], ['2A']],
      [[], ['2A']],
    ]);
    expect(matrix.rows.map((r) => r.gapCount)).toEqual([0, 1]);
    expect(matrix.gapCount).toBe(1);
    expect(matrix.cellCount).toBe(4);
    expect(matrix.rows[0]!.cells[0]!.measures[0]).toEqual({
      id: 'm1',
      code: '1A',
      title: 'Tiltak 1A',
    });
    expect(matrix.measuresWithoutTargetGroup.map((m) => m.code)).toEqual(['2B']);
  });

  it('sorts codes naturally within a cell', () => {
    const plan = tracePlan();
    plan.measures = ['1J', '1B', '1K', '1A'].map((code, i) =>
      traceMeasure(`x${i}`, 'fa-1', code, { targetGroupIds: ['tg1'] }),
    );
    plan.measures.push(traceMeasure('x10', 'fa-1', '10A', { targetGroupIds: ['tg1'] }));
    plan.measures.push(traceMeasure('x9', 'fa-1', '9A', { targetGroupIds: ['tg1'] }));
    const cell = targetGroupMatrix(plan).rows[0]!.cells[0]!;
    expect(cell.measures.map((m) => m.code)).toEqual(['1A', '1B', '1J', '1K', '9A', '10A']);
  });

  it('is empty without target groups or focus areas', () => {
    const matrix = targetGroupMatrix(createEmptyPlan(new Date('2026-01-01T00:00:00Z')));
    expect(matrix).toMatchObject({ rows: [], gapCount: 0, cellCount: 0 });
  });

  it('every cell is a gap when there are no measures', () => {
    const plan = tracePlan();
    plan.measures = [];
    const matrix = targetGroupMatrix(plan);
    expect(matrix.gapCount).toBe(4);
    expect(matrix.gapCount).toBe(matrix.cellCount);
  });
});
