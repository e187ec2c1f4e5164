import { describe, expect, it } from 'vitest';
import type { ItemChange, PartComparison } from '#shared/plan/compare/plan-comparison';
import {
  changedParts,
  itemDetails,
} from '../../../../../renderer/src/pages/versions/comparison-labels';

const part = (label: string, counts: Partial<PartComparison>): PartComparison => ({
  part: 'measures',
  label,
  added: 0,
  changed: 0,
  removed: 0,
  moved: 0,
  items: [],
  ...counts,
});

describe('changedParts', () => {
  it('leaves out the parts without changes, in the order given', () => {
    const parts = [part('Mål', {}), part('Tiltak', { changed: 2 }), part('Budsjett', { moved: 1 })];
    expect(changedParts(parts).map((p) => p.label)).toEqual(['Tiltak', 'Budsjett']);
  });
});

describe('itemDetails', () => {
  const base: ItemChange = {
    kind: 'changed',
    part: 'measures',
    entityId: 'm1',
    label: 'Tiltak 2B Boligtorg',
    fields: [{ field: 'owner', label: 'ansvarlig', before: 'NAV', after: 'Boligkontoret' }],
  };

  it('writes each changed field as «fra … til …»', () => {
    expect(itemDetails(base)).toEqual(['Ansvarlig: fra NAV til Boligkontoret']);
  });

  it('says where a moved item came from and went', () => {
    expect(
      itemDetails({ ...base, kind: 'moved', fields: [], from: 'Hovedmål 1', to: 'Hovedmål 2' }),
    ).toEqual(['Flyttet fra Hovedmål 1 til Hovedmål 2']);
    expect(itemDetails({ ...base, kind: 'added', fields: [] })).toEqual([]);
  });

  it('quotes excerpts of a long text, and gives an added or removed item its content', () => {
    const text = { field: 'text', label: 'tekst', before: '… to år …', after: '… tre år …' };
    expect(itemDetails({ ...base, fields: [{ ...text, long: true }] })).toEqual([
      'Tekst: fra «… to år …» til «… tre år …»',
    ]);
    const summary = 'kostnad 250 000 kr';
    expect(itemDetails({ ...base, kind: 'added', fields: [], summary })).toEqual([
      'Kostnad 250 000 kr',
    ]);
    expect(itemDetails({ ...base, kind: 'removed', fields: [], summary })).toEqual([
      'Var kostnad 250 000 kr',
    ]);
  });
});
