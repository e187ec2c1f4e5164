import { describe, expect, it } from 'vitest';
import { localIsoDate } from '#shared/format/local-date';
import {
  formatKroner,
  formatNumber,
  formatPercent,
  parseNorwegianNumber,
} from '#shared/format/numbers';

describe('Norwegian numbers', () => {
  it('formats money and percentages the Norwegian way', () => {
    expect(formatKroner(2628000)).toBe('2\u00a0628\u00a0000\u00a0kr');
    expect(formatKroner(600)).toBe('600\u00a0kr');
    expect(formatPercent(50)).toBe('50\u00a0%');
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(-1500)).toBe('−1\u00a0500');
  });

  it('reads numbers typed with spaces and decimal comma', () => {
    expect(parseNorwegianNumber('2 628 000')).toBe(2628000);
    expect(parseNorwegianNumber('12,5')).toBe(12.5);
    expect(parseNorwegianNumber(formatNumber(-1500))).toBe(-1500);
    expect(parseNorwegianNumber('tolv')).toBeNull();
    expect(parseNorwegianNumber('')).toBeNull();
  });
});

describe('local dates', () => {
  it('gives the local calendar date as ÅÅÅÅ-MM-DD', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
