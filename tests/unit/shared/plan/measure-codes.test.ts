import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import {
  indexOfLetters,
  letterIndexInArea,
  lettersFor,
  nextMeasureCode,
  recodeAfterAreaCodeChange,
  renumberMeasures,
} from '#shared/plan/measure-codes';
import { newMeasure } from '#shared/plan/measure-operations';
import { noAreaCost } from '../../../support/focus-area-money';

function planWith(codes: Record<string, string[]>): Plan {
  const plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  const areaIds = Object.keys(codes);
  plan.focusAreas = areaIds.map((id, i) => ({
    id,
    code: String(i + 1),
    title: `Område ${i + 1}`,
    description: '',
    strategyIds: [],
    ...noAreaCost(),
  }));
  plan.measures = areaIds.flatMap((areaId) =>
    codes[areaId]!.map((code, j) => newMeasure(`${areaId}-m${j}`, areaId, code)),
  );
  return plan;
}

describe('letters', () => {
  it('count like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(lettersFor)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('read back to the same index', () => {
    for (let i = 0; i < 1000; i += 1) expect(indexOfLetters(lettersFor(i))).toBe(i);
    expect(indexOfLetters('b')).toBe(1);
    expect(indexOfLetters('A1')).toBeNull();
    expect(indexOfLetters('')).toBeNull();
  });

  it('belong to an area only after its code', () => {
    expect(letterIndexInArea('1C', '1')).toBe(2);
    expect(letterIndexInArea(' 1c ', '1')).toBe(2);
    expect(letterIndexInArea('10A', '1')).toBeNull();
    expect(letterIndexInArea('2A', '1')).toBeNull();
    expect(letterIndexInArea('1', '1')).toBeNull();
  });
});

describe('nextMeasureCode', () => {
  it('starts at A and follows the highest letter in the area, not the first gap', () => {
    expect(nextMeasureCode(planWith({ a: [] }), 'a')).toBe('1A');
    expect(nextMeasureCode(planWith({ a: ['1A', '1B'] }), 'a')).toBe('1C');
    expect(nextMeasureCode(planWith({ a: ['1A', '1D'] }), 'a')).toBe('1E');
  });

  it('ignores codes written by hand and skips codes used elsewhere in the plan', () => {
    expect(nextMeasureCode(planWith({ a: ['Bolig-1', '1A'] }), 'a')).toBe('1B');
    // A measure in area 2 was given the code 1B by hand: 1B is taken.
    expect(nextMeasureCode(planWith({ a: ['1A'], b: ['1B'] }), 'a')).toBe('1C');
  });

  it('can leave out the measure being moved', () => {
    const plan = planWith({ a: ['1A', '1B'] });
    expect(nextMeasureCode(plan, 'a', 'a-m1')).toBe('1B');
  });

  it('goes on after Z', () => {
    const letters = Array.from({ length: 26 }, (_, i) => `1${lettersFor(i)}`);
    expect(nextMeasureCode(planWith({ a: letters }), 'a')).toBe('1AA');
  });
});

describe('renumberMeasures', () => {
  it('gives A, B, C … in the current order, in that area only', () => {
    const plan = planWith({ a: ['1C', '1A', 'X'], b: ['2B'] });
    const next = renumberMeasures(plan, 'a');
    expect(next.measures.map((m) => m.code)).toEqual(['1A', '1B', '1C', '2B']);
    expect(next.measures[3]).toBe(plan.measures[3]);
  });

  it('returns the same plan when the codes are already in order', () => {
    const plan = planWith({ a: ['1A', '1B'] });
    expect(renumberMeasures(plan, 'a')).toBe(plan);
  });
});

describe('recodeAfterAreaCodeChange', () => {
  it('carries codes that follow the rule over to the new area code', () => {
    const plan = planWith({ a: ['1A', '1b', 'Eget'] });
    const next = recodeAfterAreaCodeChange(plan, 'a', '1', '6');
    expect(next.measures.map((m) => m.code)).toEqual(['6A', '6B', 'Eget']);
    expect(recodeAfterAreaCodeChange(plan, 'a', '1', '1')).toBe(plan);
  });
});
