import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareEnds,
  compareStarts,
  earliestDay,
  endsBeforeStart,
  formatPartialDate,
  formatPartialPeriod,
  isPartialDate,
  isPastBy,
  latestDay,
  parsePartialDate,
  precisionOf,
  shiftPartialDate,
} from '#shared/format/partial-date';

const value = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const error = (text: string) => {
  const parsed = parsePartialDate(text);
  if (parsed.ok) throw new Error(`«${text}» ble lest som ${parsed.value}`);
  return parsed.error;
};

/** Any real year, month or day, as stored. */
const partialDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const mm = String(month).padStart(2, '0');
    if (precision === 'year') return String(year);
    if (precision === 'month') return `${year}-${mm}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${mm}-${String(Math.min(day, last)).padStart(2, '0')}`;
  });

describe('a date as the forms write it: a year, a month or a day', () => {
  it('reads what a user types, each with its precision', () => {
    expect(value('2014')).toBe('2014');
    expect(value(' juni 2014 ')).toBe('2014-06');
    expect(value('Juni 2014')).toBe('2014-06');
    expect(value('jun. 2014')).toBe('2014-06');
    expect(value('sept 2014')).toBe('2014-09');
    expect(value('des 2014')).toBe('2014-12');
    expect(value('06.2014')).toBe('2014-06');
    expect(value('6/2014')).toBe('2014-06');
    expect(value('2014-06')).toBe('2014-06');
    expect(value('30.06.2014')).toBe('2014-06-30');
    expect(value('1.7.2014')).toBe('2014-07-01');
    expect(value('2014-06-30')).toBe('2014-06-30');
    expect(value('30. juni 2014')).toBe('2014-06-30');
    expect(value('29.02.2016')).toBe('2016-02-29');
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
  });

  it('says in bokmål what is wrong and how to write it', () => {
    expect(error('31.02.2014')).toBe(
      '«31.02.2014» er ikke en dag som finnes. Skriv et år (2014), en måned (juni 2014 eller 06.2014) eller en dag (30.06.2014).',
    );
    expect(error('13.2014')).toMatch(/^«13.2014» har en måned som ikke finnes \(1–12\)\./);
    expect(error('høst 2014')).toMatch(/^«høst» er ikke en måned\./);
    expect(error('30.06.14')).toMatch(/firesifret år/);
    expect(error('i fjor')).toMatch(/^«i fjor» er ikke en dato\. Skriv et år/);
  });

  it('shows a date as it was entered', () => {
    expect(formatPartialDate('2014')).toBe('2014');
    expect(formatPartialDate('2014-06')).toBe('juni 2014');
    expect(formatPartialDate('2014-06-30')).toBe('30.06.2014');
    expect(formatPartialDate(null)).toBe('');
    expect(formatPartialPeriod('2013', '2014')).toBe('2013–2014');
    expect(formatPartialPeriod('2014-06', '2015-06-30')).toBe('juni 2014 – 30.06.2015');
    expect(formatPartialPeriod(null, '2015')).toBe('2015');
    // One year (or month, or day) at both ends is written once.
    expect(formatPartialPeriod('2012', '2012')).toBe('2012');
    expect(formatPartialPeriod('2014-06', '2014-06')).toBe('juni 2014');
  });

  it('knows the first and last day each covers', () => {
    expect([earliestDay('2014'), latestDay('2014')]).toEqual(['2014-01-01', '2014-12-31']);
    expect([earliestDay('2015-02'), latestDay('2015-02')]).toEqual(['2015-02-01', '2015-02-28']);
    expect(latestDay('2016-02')).toBe('2016-02-29');
    expect([earliestDay('2014-06-30'), latestDay('2014-06-30')]).toEqual([
      '2014-06-30',
      '2014-06-30',
    ]);
    expect(precisionOf('2014')).toBe('year');
    expect(precisionOf('2014-06')).toBe('month');
    expect(precisionOf('2014-06-30')).toBe('day');
  });

  it('compares by the days they cover: «2014» ends after one that ends 30.06.2014', () => {
    expect(compareEnds('2014', '2014-06-30')).toBeGreaterThan(0);
    // The same last day is the same end.
    expect(compareEnds('2014-06', '2014-06-30')).toBe(0);
    expect(compareStarts('2014', '2014-01')).toBe(0);
    expect(compareStarts('2014', '2014-06-30')).toBeLessThan(0);
    expect(isPastBy('2014', '2014-06-30')).toBe(false);
    expect(isPastBy('2014', '2015-01-01')).toBe(true);
    expect(isPastBy('2014-06', '2014-06-30')).toBe(false);
    expect(isPastBy('2014-06', '2014-07-01')).toBe(true);
  });

  it('an end is before the start only when its last day is before the first day of the start', () => {
    expect(endsBeforeStart('2014', '2014-06')).toBe(false);
    expect(endsBeforeStart('2014-06-30', '2014')).toBe(false);
    expect(endsBeforeStart('2014-06-30', '2014-06')).toBe(false);
    expect(endsBeforeStart('2014-07-01', '2014-06')).toBe(true);
    expect(endsBeforeStart('2014', '2013')).toBe(true);
    expect(endsBeforeStart('2014-01-02', '2014-01-01')).toBe(true);
  });

  it('moves a date by whole years and keeps its precision', () => {
    expect(shiftPartialDate('2014', 2)).toBe('2016');
    expect(shiftPartialDate('2014-06', 1)).toBe('2015-06');
    expect(shiftPartialDate('2016-02-29', 1)).toBe('2017-02-28');
  });

  it('property: what is shown reads back as the same date', () => {
    fc.assert(
      fc.property(partialDate, (date) => {
        expect(isPartialDate(date)).toBe(true);
        expect(value(formatPartialDate(date))).toBe(date);
        // What is stored is also accepted as typed.
        expect(value(date)).toBe(date);
      }),
    );
  });

  it('property: the first day is never after the last, and both lie inside the date', () => {
    fc.assert(
      fc.property(partialDate, (date) => {
        const [first, last] = [earliestDay(date), latestDay(date)];
        expect(first <= last).toBe(true);
        expect(first.startsWith(date) && last.startsWith(date)).toBe(true);
        expect(isPartialDate(first) && precisionOf(first) === 'day').toBe(true);
        expect(endsBeforeStart(date, date)).toBe(false);
      }),
    );
  });

  it('property: comparing ends and starts agrees with the last and first days, and is antisymmetric', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        const ends = Math.sign(compareEnds(a, b));
        // 0 - x, not -x: for equal dates -0 would differ from 0 in toBe (Object.is).
        expect(ends).toBe(0 - Math.sign(compareEnds(b, a)));
        expect(ends).toBe(Math.sign(latestDay(a).localeCompare(latestDay(b))));
        const starts = Math.sign(compareStarts(a, b));
        expect(starts).toBe(Math.sign(earliestDay(a).localeCompare(earliestDay(b))));
        // A date is the same start and the same end as itself.
        expect(compareEnds(a, a) === 0 && compareStarts(a, a) === 0).toBe(true);
      }),
    );
  });
});
