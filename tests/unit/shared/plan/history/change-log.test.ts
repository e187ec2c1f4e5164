import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model/plan';
import type { ChangeEntry } from '#shared/model/plan-history';
import type { ChangeDescription } from '#shared/plan/compare/plan-comparison';
import { LOG_STRETCH_MS, recordChanges, type LogTail } from '#shared/plan/history/change-log';
import { samplePlan } from '../../../../support/plan-fixtures';

/** Tells title and vision changes only: enough to see how entries are merged. */
function describe_(before: Plan, after: Plan): ChangeDescription[] {
  const told: ChangeDescription[] = [];
  if (before.info.title !== after.info.title) {
    told.push({
      part: 'info',
      kind: 'changed',
      entityId: '',
      field: 'title',
      text: `Tittel endret fra ${before.info.title} til ${after.info.title}`,
    });
  }
  if (before.vision.text !== after.vision.text) {
    told.push({
      part: 'goals',
      kind: 'changed',
      entityId: 'vision',
      field: 'text',
      text: `Visjonen endret fra ${before.vision.text} til ${after.vision.text}`,
    });
  }
  return told;
}

const withTitle = (plan: Plan, title: string): Plan => ({ ...plan, info: { ...plan.info, title } });
const withVision = (plan: Plan, text: string): Plan => ({
  ...plan,
  vision: { ...plan.vision, text },
});

function logger() {
  let n = 0;
  let log: ChangeEntry[] = [];
  let tail: LogTail | null = null;
  let plan = withTitle(samplePlan(), 'A');
  let clock = Date.parse('2027-05-01T08:00:00.000Z');
  return {
    save(next: Plan, who = 'Kari', afterMs = 1000) {
      clock += afterMs;
      const recorded = recordChanges(
        log,
        tail,
        plan,
        next,
        who,
        new Date(clock),
        describe_,
        () => `e${++n}`,
      );
      log = recorded.log;
      tail = recorded.tail;
      plan = next;
      return log;
    },
    get plan() {
      return plan;
    },
  };
}

describe('the change log kept at each save', () => {
  it('makes typing in one field over many saves one entry, from the first value to the last', () => {
    const log = logger();
    log.save(withTitle(log.plan, 'AB'));
    log.save(withTitle(log.plan, 'ABC'));
    const entries = log.save(withTitle(log.plan, 'ABCD'));
    expect(entries.map((e) => [e.id, e.text, e.who])).toEqual([
      ['e1', 'Tittel endret fra A til ABCD', 'Kari'],
    ]);
    // The entry keeps the time it was first made.
    expect(entries[0]!.at).toBe('2027-05-01T08:00:01.000Z');
  });

  it('keeps one entry per field, and a change undone before the stretch closes leaves none', () => {
    const log = logger();
    log.save(withTitle(log.plan, 'B'));
    expect(log.save(withVision(log.plan, 'Ny visjon')).map((e) => e.field)).toEqual([
      'title',
      'text',
    ]);
    expect(log.save(withTitle(log.plan, 'A')).map((e) => e.text)).toEqual([
      `Visjonen endret fra ${samplePlan().vision.text} til Ny visjon`,
    ]);
  });

  it('starts new entries after the stretch closes, or when someone else saves', () => {
    const log = logger();
    log.save(withTitle(log.plan, 'B'));
    const later = log.save(withTitle(log.plan, 'C'), 'Kari', LOG_STRETCH_MS);
    expect(later.map((e) => e.text)).toEqual([
      'Tittel endret fra A til B',
      'Tittel endret fra B til C',
    ]);
    const other = log.save(withTitle(log.plan, 'D'), 'Ola');
    expect(other.map((e) => [e.who, e.text])).toEqual([
      ['Kari', 'Tittel endret fra A til B'],
      ['Kari', 'Tittel endret fra B til C'],
      ['Ola', 'Tittel endret fra C til D'],
    ]);
  });

  it('records nothing for a save that changes nothing', () => {
    const log = logger();
    expect(log.save(log.plan)).toEqual([]);
  });
});
