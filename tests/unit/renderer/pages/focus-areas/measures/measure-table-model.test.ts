import { describe, expect, it } from 'vitest';
import type { Measure } from '#shared/model/measures';
import { newMeasure } from '#shared/plan/measure-operations';
import {
  buildRows,
  emptyFilter,
  filterRows,
  isFiltered,
  NO_OWNER,
  NO_STATUS,
  periodLabel,
  sortRows,
  validFilter,
  type MeasureFilter,
} from '../../../../../../renderer/src/pages/focus-areas/measures/measure-table-model';
import { twoFocusAreas } from '../../../../../support/two-focus-areas';

const areas = twoFocusAreas();

function measure(id: string, area: string, code: string, fields: Partial<Measure> = {}): Measure {
  return { ...newMeasure(id, area, code), ...fields };
}

const measures = [
  measure('m-1', 'fa-2', '2A', { title: 'Startlån', owner: { kind: 'partner', id: 'nav' } }),
  measure('m-2', 'fa-1', '1B', {
    title: 'Østlandsk boligtorg',
    status: 'v',
    progress: 50,
    startDate: '2027-03-01',
    endDate: '2028-06-30',
    targetGroupIds: ['tg-unge'],
  }),
  measure('m-3', 'fa-1', '1A', {
    title: 'Åpen dør',
    description: 'Boligrådgivning hver tirsdag',
    owner: { kind: 'person', id: 'p-1' },
    strategyIds: ['s-1'],
    startDate: '2027-01-01',
  }),
  measure('m-4', 'fa-1', '1C', { title: 'aktivitetshus', expectedResult: 'Flere i arbeid' }),
];
const labels = new Map([
  ['partner:nav', 'NAV'],
  ['person:p-1', 'Anne Berg'],
]);
const years = [2027, 2028];
const rows = buildRows(areas, measures, labels, years);
const ids = (list: readonly { measure: Measure }[]) => list.map((r) => r.measure.id);
const filtered = (fields: Partial<MeasureFilter>) =>
  ids(filterRows(rows, { ...emptyFilter, ...fields }));

describe('buildRows', () => {
  it('puts rows in plan order: focus area order, then order within the area', () => {
    expect(ids(rows)).toEqual(['m-2', 'm-3', 'm-4', 'm-1']);
    expect(rows[0]).toMatchObject({ areaLabel: '1 Egnede boliger', ownerLabel: '' });
    expect(rows[3]!.ownerLabel).toBe('NAV');
  });

  it('writes periods the Norwegian way', () => {
    expect(periodLabel({ startDate: '2027-03-01', endDate: '2028-06-30' })).toBe(
      '01.03.2027–30.06.2028',
    );
    expect(periodLabel({ startDate: '2027-01-01', endDate: null })).toBe('01.01.2027–?');
    expect(periodLabel({ startDate: null, endDate: null })).toBe('');
    // As entered: a year or a month, as the forms write them.
    expect(periodLabel({ startDate: '2014', endDate: '2015' })).toBe('2014–2015');
    expect(periodLabel({ startDate: '2014-06', endDate: '2015' })).toBe('juni 2014 – 2015');
    expect(periodLabel({ startDate: null, endDate: '2015-06' })).toBe('? – juni 2015');
  });
});

describe('filterRows', () => {
  it('searches code, title, description and expected result, all words', () => {
    expect(filtered({ text: 'bolig' })).toEqual(['m-2', 'm-3']);
    expect(filtered({ text: 'ARBEID flere' })).toEqual(['m-4']);
    expect(filtered({ text: '2a' })).toEqual(['m-1']);
    expect(filtered({ text: 'finnes ikke' })).toEqual([]);
  });

  it('filters by focus area, owner, status, target group and strategy', () => {
    expect(filtered({ focusAreaId: 'fa-2' })).toEqual(['m-1']);
    expect(filtered({ owner: 'person:p-1' })).toEqual(['m-3']);
    expect(filtered({ owner: NO_OWNER })).toEqual(['m-2', 'm-4']);
    expect(filtered({ status: 'v' })).toEqual(['m-2']);
    expect(filtered({ targetGroupId: 'tg-unge' })).toEqual(['m-2']);
    expect(filtered({ strategyId: 's-1' })).toEqual(['m-3']);
    expect(filtered({ focusAreaId: 'fa-1', status: NO_STATUS })).toEqual(['m-3', 'm-4']);
    expect(filtered({ status: 'n' })).toEqual([]);
  });

  it('knows when anything is filtered', () => {
    expect(isFiltered(emptyFilter)).toBe(false);
    expect(isFiltered({ ...emptyFilter, text: ' x ' })).toBe(true);
  });

  it('drops choices that no longer exist', () => {
    const known = {
      focusAreaIds: new Set(['fa-1']),
      partyKeys: new Set(['person:p-1']),
      targetGroupIds: new Set<string>(),
      strategyIds: new Set(['s-1']),
    };
    const ok = { ...emptyFilter, focusAreaId: 'fa-1', owner: NO_OWNER, strategyId: 's-1' };
    expect(validFilter(ok, known)).toBe(ok);
    expect(
      validFilter({ ...emptyFilter, focusAreaId: 'gone', owner: 'partner:nav', text: 'x' }, known),
    ).toEqual({ ...emptyFilter, text: 'x' });
  });
});

describe('the cost column', () => {
  const cost = (costs: { year: number; amount: number }[]) => ({
    budget: { costs, financing: { mode: 'default' as const } },
  });
  const costed = buildRows(
    areas,
    [
      measure('none', 'fa-1', '1A'),
      measure('small', 'fa-1', '1B', cost([{ year: 2027, amount: 40_000 }])),
      measure(
        'big',
        'fa-1',
        '1C',
        cost([
          { year: 2027, amount: 100_000 },
          { year: 2028, amount: 150_000 },
          // Outside the programme period: not in the cost, as on Budsjett.
          { year: 2031, amount: 900_000 },
        ]),
      ),
    ],
    labels,
    years,
  );

  it('sums each measure over the programme period', () => {
    expect(costed.map((r) => [r.measure.id, r.cost])).toEqual([
      ['none', 0],
      ['small', 40_000],
      ['big', 250_000],
    ]);
  });

  it('sorts by cost with measures without a cost last in both directions', () => {
    expect(ids(sortRows(costed, { key: 'cost', direction: 'ascending' }))).toEqual([
      'small',
      'big',
      'none',
    ]);
    expect(ids(sortRows(costed, { key: 'cost', direction: 'descending' }))).toEqual([
      'big',
      'small',
      'none',
    ]);
  });
});

describe('sortRows', () => {
  const sorted = (key: Parameters<typeof sortRows>[1]['key'], direction = 'ascending') =>
    ids(sortRows(rows, { key, direction: direction as 'ascending' | 'descending' }));

  it('sorts codes naturally and titles with Norwegian letters last', () => {
    expect(sorted('code')).toEqual(['m-3', 'm-2', 'm-4', 'm-1']);
    expect(sorted('title')).toEqual(['m-4', 'm-1', 'm-2', 'm-3']);
    expect(sorted('title', 'descending')).toEqual(['m-3', 'm-2', 'm-1', 'm-4']);
  });

  it('keeps empty values last in both directions', () => {
    expect(sorted('owner')).toEqual(['m-3', 'm-1', 'm-2', 'm-4']);
    expect(sorted('owner', 'descending')).toEqual(['m-1', 'm-3', 'm-2', 'm-4']);
    expect(sorted('period')).toEqual(['m-3', 'm-2', 'm-4', 'm-1']);
  });

  it("sorts by status in the form's order, «ikke angitt» last in both directions", () => {
    const mixed = buildRows(
      areas,
      [
        measure('unset', 'fa-1', '1A'),
        measure('g', 'fa-1', '1B', { status: 'g' }),
        measure('n', 'fa-1', '1C', { status: 'n' }),
      ],
      labels,
      years,
    );
    const by = (direction: 'ascending' | 'descending') =>
      ids(sortRows(mixed, { key: 'status', direction }));
    expect(by('ascending')).toEqual(['n', 'g', 'unset']);
    expect(by('descending')).toEqual(['g', 'n', 'unset']);
  });

  it('sorts periods by the days they cover, not by their text', () => {
    const mixed = buildRows(
      areas,
      [
        measure('y', 'fa-1', '1A', { startDate: '2027', endDate: '2027' }),
        measure('d', 'fa-1', '1B', { startDate: '2027-01-01', endDate: '2027-06-30' }),
        measure('m', 'fa-1', '1C', { startDate: '2027-02', endDate: '2027-02' }),
      ],
      labels,
      years,
    );
    const by = (direction: 'ascending' | 'descending') =>
      ids(sortRows(mixed, { key: 'period', direction }));
    // Same first day: the one that ends first comes first; «2027» ends after 30.06.2027.
    expect(by('ascending')).toEqual(['d', 'y', 'm']);
    expect(by('descending')).toEqual(['m', 'y', 'd']);
  });

  it('sorts status in n, v, g, a order, progress by number, and focus areas as blocks', () => {
    expect(sorted('status', 'descending')[0]).toBe('m-2');
    expect(sorted('progress', 'descending')[0]).toBe('m-2');
    expect(sorted('focusArea', 'descending')).toEqual(['m-1', 'm-2', 'm-3', 'm-4']);
    expect(sorted('plan')).toEqual(ids(rows));
  });
});
