import { describe, expect, it } from 'vitest';
import {
  defaultReportDeadline,
  defaultReportPeriod,
  defaultReportYear,
} from '../../../../../renderer/src/pages/status-reports/report-defaults';
import { driftMessage } from '../../../../../renderer/src/pages/status-reports/status-labels';

const years = [2027, 2028, 2029, 2030];

describe('report defaults', () => {
  it('gives Husbanken’s deadlines: 31.08 for 1. halvår, 28.02 the year after otherwise', () => {
    expect(defaultReportDeadline({ year: 2027, part: 'h1' })).toBe('2027-08-31');
    expect(defaultReportDeadline({ year: 2027, part: 'h2' })).toBe('2028-02-28');
    expect(defaultReportDeadline({ year: 2027, part: 'year' })).toBe('2028-02-28');
  });

  it('picks this year inside the programme period, else the nearest end of it', () => {
    expect(defaultReportYear(years, '2028-05-01')).toBe(2028);
    expect(defaultReportYear(years, '2026-12-04')).toBe(2027);
    expect(defaultReportYear(years, '2033-01-01')).toBe(2030);
    expect(defaultReportYear([], '2028-05-01')).toBeNull();
  });

  it('suggests the period after the latest report, staying inside the programme', () => {
    expect(defaultReportPeriod(years, undefined, '2028-03-01')).toEqual({ year: 2028, part: 'h1' });
    expect(defaultReportPeriod(years, { year: 2027, part: 'h1' }, '2028-03-01')).toEqual({
      year: 2027,
      part: 'h2',
    });
    expect(defaultReportPeriod(years, { year: 2027, part: 'h2' }, '2028-03-01')).toEqual({
      year: 2027,
      part: 'year',
    });
    expect(defaultReportPeriod(years, { year: 2027, part: 'year' }, '2028-03-01')).toEqual({
      year: 2028,
      part: 'h1',
    });
    // After the last year: back to the default year rather than a year outside the period.
    expect(defaultReportPeriod(years, { year: 2030, part: 'year' }, '2031-01-10')).toEqual({
      year: 2030,
      part: 'h1',
    });
  });
});

describe('driftMessage', () => {
  it('counts changed and added measures in plain bokmål', () => {
    expect(driftMessage(3, 1)).toBe(
      '3 tiltak er endret og 1 er lagt til i planen siden rapporten ble startet.',
    );
    expect(driftMessage(1, 0)).toBe('1 tiltak er endret i planen siden rapporten ble startet.');
    expect(driftMessage(0, 2)).toBe('2 tiltak er lagt til i planen siden rapporten ble startet.');
  });
});
