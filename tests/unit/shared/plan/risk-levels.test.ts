import { describe, expect, it } from 'vitest';
import { riskLevels, type RiskLevel } from '#shared/model/chapters';
import { riskLevelOf, risksInCell, riskNumber } from '#shared/plan/risk-levels';

describe('riskLevelOf', () => {
  // Rows: likelihood lav, middels, høy; columns: consequence lav, middels, høy.
  const expected: RiskLevel[][] = [
    ['lav', 'lav', 'middels'],
    ['lav', 'middels', 'hoy'],
    ['middels', 'hoy', 'hoy'],
  ];
  it.each(
    riskLevels.flatMap((likelihood, i) =>
      riskLevels.map((consequence, j) => [likelihood, consequence, expected[i]![j]!] as const),
    ),
  )('sannsynlighet %s × konsekvens %s is %s', (likelihood, consequence, level) => {
    expect(riskLevelOf(likelihood, consequence)).toBe(level);
  });

  it('is symmetric: likelihood and consequence weigh the same', () => {
    for (const a of riskLevels)
      for (const b of riskLevels) expect(riskLevelOf(a, b)).toBe(riskLevelOf(b, a));
  });
});

describe('the matrix cells', () => {
  const risks = [
    { id: 'a', likelihood: 'hoy', consequence: 'lav' },
    { id: 'b', likelihood: 'lav', consequence: 'hoy' },
    { id: 'c', likelihood: 'hoy', consequence: 'lav' },
  ] as const;

  it('hold the risks of that likelihood and consequence with their list numbers', () => {
    expect(risksInCell(risks, 'hoy', 'lav').map((x) => [x.risk.id, x.number])).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
    expect(risksInCell(risks, 'lav', 'lav')).toEqual([]);
    expect(riskNumber(risks, 'b')).toBe(2);
  });
});
