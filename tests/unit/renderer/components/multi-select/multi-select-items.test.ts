import { describe, expect, it } from 'vitest';
import {
  defaultActive,
  listItems,
  sortOptions,
} from '../../../../../renderer/src/components/multi-select/multi-select-items';

const options = sortOptions([
  { id: 'nav', label: 'NAV' },
  { id: 'ost', label: 'Bydel Østensjø' },
  { id: 'aa', label: 'Åsen borettslag' },
  { id: 'bb', label: 'Boligbygg Oslo KF' },
  { id: 'nav-g', label: 'NAV Grorud' },
  { id: 'zz', label: 'Zeta' },
]);
const notTaken = (name: string) => !options.some((o) => o.label === name);

describe('multi-select items', () => {
  it('sorts the Norwegian way: Å last', () => {
    expect(options.map((o) => o.label)).toEqual([
      'Boligbygg Oslo KF',
      'Bydel Østensjø',
      'NAV',
      'NAV Grorud',
      'Zeta',
      'Åsen borettslag',
    ]);
  });

  it('filters anywhere in the name and offers to create what is not a name already', () => {
    const items = listItems(options, 'ostensj', notTaken);
    expect(items).toEqual([
      { kind: 'option', option: { id: 'ost', label: 'Bydel Østensjø' } },
      { kind: 'create', name: 'ostensj' },
    ]);
    expect(listItems(options, '', notTaken)).toHaveLength(6);
    expect(listItems(options, 'NAV', notTaken).map((i) => i.kind)).toEqual(['option', 'option']);
    expect(listItems(options, 'ny partner', null)).toEqual([]);
  });

  it('highlights the exact name, else the first row, else nothing', () => {
    expect(defaultActive(listItems(options, 'nav grorud', notTaken), 'nav grorud')).toBe(0);
    expect(defaultActive(listItems(options, 'grorud', notTaken), 'grorud')).toBe(0);
    const nav = listItems(options, 'nav', notTaken);
    expect(nav.map((i) => (i.kind === 'option' ? i.option.label : i.name))).toEqual([
      'NAV',
      'NAV Grorud',
      'nav',
    ]);
    expect(defaultActive(nav, 'nav')).toBe(0);
    expect(defaultActive(listItems(options, 'grorud', null), ' nav  GRORUD ')).toBe(0);
    expect(defaultActive([], 'x')).toBe(-1);
    const created = listItems(options, 'Kirkens Bymisjon', notTaken);
    expect(defaultActive(created, 'Kirkens Bymisjon')).toBe(0);
    expect(created[0]).toEqual({ kind: 'create', name: 'Kirkens Bymisjon' });
  });
});
