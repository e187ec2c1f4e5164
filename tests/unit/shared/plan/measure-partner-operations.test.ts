import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '#shared/model/plan';
import {
  addPartnersToMeasure,
  findPartnerByName,
  resolvePartnerNames,
  splitPastedNames,
} from '#shared/plan/measure-partner-operations';
import { samplePlan } from '../../../support/plan-fixtures';

/** The sample plan (NAV, picked on 1A) with two more partners, none picked. */
function plan(): Plan {
  const p = samplePlan();
  const partner = (id: string, name: string) => ({
    id,
    name,
    description: '',
    involvement: null,
    contactPersonId: null,
  });
  p.partners.push(partner('pa-bb', 'Boligbygg Oslo KF'), partner('pa-ost', 'Bydel Østensjø'));
  return p;
}

function ids(...list: string[]) {
  let i = 0;
  return () => list[i++] ?? `extra-${i}`;
}

describe('findPartnerByName', () => {
  it('matches trimmed, in any case and spacing, but not other letters', () => {
    const { partners } = plan();
    expect(findPartnerByName(partners, '  boligbygg   oslo kf ')?.id).toBe('pa-bb');
    expect(findPartnerByName(partners, 'nav')?.id).toBe('pa-nav');
    expect(findPartnerByName(partners, 'Bydel Ostensjo')).toBeUndefined();
    expect(findPartnerByName(partners, 'Boligbygg')).toBeUndefined();
    expect(findPartnerByName(partners, '   ')).toBeUndefined();
  });
});

describe('splitPastedNames', () => {
  it('splits one line on commas and semicolons', () => {
    expect(splitPastedNames('Bydel Fjellstad, Boligbygg Oslo KF, NAV')).toEqual([
      'Bydel Fjellstad',
      'Boligbygg Oslo KF',
      'NAV',
    ]);
    expect(splitPastedNames('NAV; DPS')).toEqual(['NAV', 'DPS']);
  });

  it('splits lines and tabs only, so a name with a comma on its own line stays whole', () => {
    expect(splitPastedNames('Oslo kommune, Helseetaten\r\nNAV\n\n  DPS  \n')).toEqual([
      'Oslo kommune, Helseetaten',
      'NAV',
      'DPS',
    ]);
    expect(splitPastedNames('NAV\tBoligbygg Oslo KF\tDPS')).toEqual([
      'NAV',
      'Boligbygg Oslo KF',
      'DPS',
    ]);
  });

  it('drops repeats and empty parts, and gives null for one name', () => {
    expect(splitPastedNames('NAV, nav ,, DPS,')).toEqual(['NAV', 'DPS']);
    expect(splitPastedNames('Boligbygg Oslo KF')).toBeNull();
    expect(splitPastedNames('NAV\n')).toBeNull();
    expect(splitPastedNames('NAV, NAV')).toBeNull();
    expect(splitPastedNames('')).toBeNull();
  });
});

describe('resolvePartnerNames', () => {
  it('tells the partners the plan has from the names it does not have, each once', () => {
    const result = resolvePartnerNames(plan(), ['Bydel Fjellstad', 'nav', 'NAV ', 'Husbanken', '']);
    expect(result.existing.map((p) => p.id)).toEqual(['pa-nav']);
    expect(result.missing).toEqual(['Bydel Fjellstad', 'Husbanken']);
  });
});

describe('addPartnersToMeasure', () => {
  it('picks existing partners and creates the missing ones, in one change', () => {
    const before = plan();
    const after = addPartnersToMeasure(
      before,
      'm-1a',
      ['Bydel Fjellstad', 'boligbygg oslo kf', 'NAV', 'DPS'],
      ids('pa-new-1', 'pa-new-2'),
    );
    expect(after.partners.map((p) => [p.id, p.name])).toEqual([
      ['pa-nav', 'NAV'],
      ['pa-bb', 'Boligbygg Oslo KF'],
      ['pa-ost', 'Bydel Østensjø'],
      ['pa-new-1', 'Bydel Fjellstad'],
      ['pa-new-2', 'DPS'],
    ]);
    // NAV was already picked and keeps its place; the rest follow in the order named.
    expect(after.measures[0]!.partnerIds).toEqual(['pa-nav', 'pa-bb', 'pa-new-1', 'pa-new-2']);
    expect(after.partners[3]).toEqual({
      id: 'pa-new-1',
      name: 'Bydel Fjellstad',
      description: '',
      involvement: null,
      contactPersonId: null,
    });
    expect(planSchema.safeParse(after).success).toBe(true);
    // The plan it came from is untouched (undo keeps it).
    expect(before.partners).toHaveLength(3);
    expect(before.measures[0]!.partnerIds).toEqual(['pa-nav']);
  });

  it('creates a typed name and picks it', () => {
    const after = addPartnersToMeasure(plan(), 'm-1a', ['  Kirkens Bymisjon '], ids('pa-kb'));
    expect(after.partners.at(-1)).toMatchObject({ id: 'pa-kb', name: 'Kirkens Bymisjon' });
    expect(after.measures[0]!.partnerIds).toEqual(['pa-nav', 'pa-kb']);
  });

  it('gives the same plan when every name is picked already, or the measure is gone', () => {
    const before = plan();
    expect(addPartnersToMeasure(before, 'm-1a', ['nav', ' NAV'])).toBe(before);
    expect(addPartnersToMeasure(before, 'm-1a', [])).toBe(before);
    expect(addPartnersToMeasure(before, 'no-such', ['Ny partner'])).toBe(before);
  });
});
