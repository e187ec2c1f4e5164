import { describe, expect, it } from 'vitest';
import { addFigures, lineMoneyInYear, moneyFigure, withSpent } from '#shared/budget/spending';

describe('budget against spending', () => {
  it('gives the deviation in kroner and percent (spent − budget)', () => {
    expect(moneyFigure(200_000, 250_000)).toEqual({
      budget: 200_000,
      spent: 250_000,
      deviation: 50_000,
      deviationPercent: 25,
    });
    expect(moneyFigure(300_000, 100_000).deviationPercent).toBe(-66.7);
    expect(moneyFigure(0, 5_000).deviationPercent).toBeNull();
    expect(addFigures([moneyFigure(100, 50), moneyFigure(300, 400)])).toEqual(
      moneyFigure(400, 450),
    );
  });

  it('keeps one amount per year and source, and drops zero', () => {
    let spent = withSpent([], 2027, 'hb', 10);
    spent = withSpent(spent, 2026, 'hb', 5);
    spent = withSpent(spent, 2027, 'hb', 20);
    expect(spent).toEqual([
      { year: 2026, sourceId: 'hb', amount: 5 },
      { year: 2027, sourceId: 'hb', amount: 20 },
    ]);
    expect(withSpent(spent, 2026, 'hb', 0)).toEqual([{ year: 2027, sourceId: 'hb', amount: 20 }]);
    expect(withSpent(spent, 2026, 'hb', null)).toHaveLength(1);
  });

  it('sets the financing of a line beside what it spent, per source', () => {
    const settings = {
      sources: [
        { id: 'hb', name: 'Husbanken', kind: 'husbanken' as const },
        { id: 'ko', name: 'Kommunen', kind: 'kommunal' as const },
      ],
      defaultSplit: [
        { sourceId: 'hb', percent: 50 },
        { sourceId: 'ko', percent: 50 },
      ],
    };
    const line = {
      costs: [{ year: 2027, amount: 100_001 }],
      financing: { mode: 'default' as const },
    };
    const rows = lineMoneyInYear(
      line,
      [{ year: 2027, sourceId: 'ko', amount: 60_000 }],
      settings,
      2027,
    );
    // Whole kroner: the split never loses or invents a krone.
    expect(rows.map((r) => r.figure.budget).reduce((a, b) => a + b)).toBe(100_001);
    expect(rows[1]!.figure.spent).toBe(60_000);
    expect(rows[0]!.figure.spent).toBe(0);
  });
});
