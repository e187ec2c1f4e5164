import { describe, expect, it } from 'vitest';
import type { ChangeEntry, PlanPart } from '#shared/model/plan-history';
import {
  filterChangeLog,
  isFiltered,
  lastDays,
  noFilter,
} from '../../../../../renderer/src/pages/versions/change-log-filter';

// Local noon, so the day is the same in every time zone the tests run in.
const at = (day: string) => new Date(`${day}T12:00:00`).toISOString();

const entry = (id: string, day: string, part: PlanPart, text: string, who = ''): ChangeEntry => ({
  id,
  at: at(day),
  who,
  part,
  kind: 'changed',
  entityId: `e-${id}`,
  field: 'owner',
  text,
});

// Oldest first, as the file keeps it.
const log = [
  entry('a', '2027-03-01', 'measures', 'Tiltak 2B: ansvarlig endret fra NAV til Boligkontoret'),
  entry('b', '2027-03-05', 'budget', 'Budsjett 2027: kostnad for 1A endret', 'Ola Prøvesen'),
  entry('c', '2027-03-09', 'measures', 'Tiltak 3C «Boveiledning» lagt til'),
];

const ids = (entries: ChangeEntry[]) => entries.map((e) => e.id);

describe('filterChangeLog', () => {
  it('gives the whole log newest first without a filter', () => {
    expect(ids(filterChangeLog(log, noFilter))).toEqual(['c', 'b', 'a']);
    expect(isFiltered(noFilter)).toBe(false);
  });

  it('filters by part of the plan', () => {
    expect(ids(filterChangeLog(log, { ...noFilter, part: 'measures' }))).toEqual(['c', 'a']);
  });

  it('filters by period, both days included', () => {
    const filter = { ...noFilter, from: '2027-03-05', to: '2027-03-09' };
    expect(ids(filterChangeLog(log, filter))).toEqual(['c', 'b']);
    expect(ids(filterChangeLog(log, { ...noFilter, to: '2027-03-04' }))).toEqual(['a']);
    expect(isFiltered(filter)).toBe(true);
  });

  it('finds text and names without regard to case or marks', () => {
    expect(ids(filterChangeLog(log, { ...noFilter, text: 'boligkontoret' }))).toEqual(['a']);
    expect(ids(filterChangeLog(log, { ...noFilter, text: 'provesen' }))).toEqual(['b']);
    expect(ids(filterChangeLog(log, { ...noFilter, part: 'budget', text: 'tiltak' }))).toEqual([]);
  });

  it('keeps 5 000 entries fast', () => {
    const big = Array.from({ length: 5000 }, (_, i) =>
      entry(
        `x${i}`,
        `2027-0${1 + (i % 9)}-1${i % 10}`,
        i % 2 ? 'measures' : 'goals',
        `Endring ${i}`,
      ),
    );
    const start = performance.now();
    const found = filterChangeLog(big, { ...noFilter, part: 'goals', text: 'endring 4' });
    expect(performance.now() - start).toBeLessThan(500);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.part === 'goals' && e.text.startsWith('Endring 4'))).toBe(true);
  });
});

describe('lastDays', () => {
  it('runs from six days back up to today for «Siste 7 dager»', () => {
    expect(lastDays(new Date(2027, 2, 3, 15), 7)).toEqual({ from: '2027-02-25', to: '2027-03-03' });
  });
});
