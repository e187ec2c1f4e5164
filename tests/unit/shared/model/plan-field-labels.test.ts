import { describe, expect, it } from 'vitest';
import { planSchema } from '#shared/model/plan';
import { describeLocation, fieldLabel } from '#shared/plan/labels';
import { schemaKeys } from '../../../support/schema-keys';

describe('bokmål labels for every field of the plan file', () => {
  const keys = schemaKeys(planSchema);

  it('walks the whole schema (sanity: keys from the top, the middle and the leaves)', () => {
    expect(keys.size).toBeGreaterThan(100);
    for (const key of ['schemaVersion', 'measures', 'financing', 'amounts', 'bold', 'mergedFrom'])
      expect(keys.has(key)).toBe(true);
  });

  it('has a label for each key, so an error never names a place in English', () => {
    const missing = [...keys].filter(([key]) => !fieldLabel(key)).map(([, path]) => path);
    expect(missing).toEqual([]);
  });

  it('names places of the status reports and contacts the way the probe found them raw', () => {
    const plan = {
      people: [{ name: 'Kari Nordvik', email: 3 }],
      statusReports: [
        {
          period: { year: 2027, part: 'h1' },
          entries: [{ measure: { code: '1A', title: 'Boligtorg' }, done: 1 }],
        },
      ],
    };
    expect(describeLocation(plan, ['people', 0, 'email'])).toBe('Person 1 «Kari Nordvik» › e-post');
    expect(describeLocation(plan, ['statusReports', 0, 'deadline'])).toBe(
      'Statusrapport 1 «1. halvår 2027» › frist',
    );
    expect(describeLocation(plan, ['statusReports', 0, 'entries', 0, 'done'])).toBe(
      'Statusrapport 1 «1. halvår 2027» › rapportlinje for Tiltak 1A «Boligtorg» › gjennomført i perioden',
    );
  });

  it('quotes a key the format does not have, and is not fooled by "constructor" or "__proto__"', () => {
    const hostile = JSON.parse('{"constructor": [{"__proto__": {"x": 1}}]}') as unknown;
    expect(describeLocation(hostile, ['constructor', 0, '__proto__', 'x'])).toBe(
      '«constructor» › nr. 1 › «__proto__» › «x»',
    );
  });
});
