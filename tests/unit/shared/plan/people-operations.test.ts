import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '#shared/model/plan';
import {
  addPartner,
  compareNames,
  emailProblem,
  partnerUsages,
  personUsages,
  removePartner,
  removePerson,
  sortedByName,
  updatePartner,
  updatePerson,
  usageSummary,
} from '#shared/plan/people-operations';
import { samplePlan } from '../../../support/plan-fixtures';
import { traceMeasure } from '../../../support/trace-plan';

/** The sample plan with Lise used everywhere a person can be used, and NAV wherever a partner can. */
function busyPlan(): Plan {
  const plan = samplePlan();
  plan.info.owner = { kind: 'person', id: 'p-lise' };
  plan.people.push({
    id: 'p-ola',
    name: 'Ola Ås',
    title: '',
    organisation: '',
    email: '',
    phone: '',
  });
  plan.partners[0]!.contactPersonId = 'p-lise';
  plan.measures.push(
    traceMeasure('m-2b', 'fa-2', '2B', { partnerIds: ['pa-nav'] }),
    { ...traceMeasure('m-1b', 'fa-1', '1B'), owner: { kind: 'partner', id: 'pa-nav' } },
    { ...traceMeasure('m-2a', 'fa-2', '2A'), owner: { kind: 'person', id: 'p-lise' } },
  );
  plan.organisation[1]!.members.push({ id: 'm-2', personId: 'p-ola', role: '' });
  plan.risks = [
    {
      id: 'r-1',
      title: 'For få boliger',
      measureIds: [],
      description: '',
      likelihood: 'middels',
      consequence: 'hoy',
      mitigation: '',
      owner: { kind: 'person', id: 'p-lise' },
    },
  ];
  return plan;
}

const valid = (plan: Plan) => {
  const parsed = planSchema.safeParse(plan);
  expect(parsed.error?.issues ?? []).toEqual([]);
};

describe('people and partners', () => {
  it('sorts names the Norwegian way', () => {
    const names = ['Åse', 'Øystein', 'Ærlig', 'Zara', 'anne', 'Bjørn'];
    expect(names.slice().sort(compareNames)).toEqual([
      'anne',
      'Bjørn',
      'Zara',
      'Ærlig',
      'Øystein',
      'Åse',
    ]);
    expect(sortedByName([{ name: 'Åse' }, { name: ' Ola' }]).map((p) => p.name)).toEqual([
      ' Ola',
      'Åse',
    ]);
  });

  it('accepts ordinary e-mail addresses and empty, and explains the rest', () => {
    expect(emailProblem('')).toBeNull();
    expect(emailProblem('  ')).toBeNull();
    expect(emailProblem('lise.fjellvang@bydel-eksempel.oslo.kommune.no')).toBeNull();
    expect(emailProblem('åse@nygård.no')).toBeNull();
    for (const bad of [
      'lise',
      'lise@',
      'lise@eksempel',
      '@eksempel.no',
      'li se@eksempel.no',
      'a@b..no',
    ]) {
      expect(emailProblem(bad), bad).toMatch(/ser ikke ut som en e-postadresse/);
    }
  });

  it('updates people and partners', () => {
    const plan = busyPlan();
    const changed = updatePerson(plan, 'p-ola', { email: 'ola@eksempel.no', phone: '22 00 00 00' });
    expect(changed.people[1]).toMatchObject({ email: 'ola@eksempel.no', phone: '22 00 00 00' });
    expect(updatePerson(plan, 'p-ola', { name: 'Ola Ås' })).toBe(plan);
    const partner = updatePartner(plan, 'pa-nav', {
      involvement: 'informert',
      contactPersonId: 'p-ola',
    });
    expect(partner.partners[0]).toMatchObject({
      involvement: 'informert',
      contactPersonId: 'p-ola',
    });
    valid(partner);
  });

  it('adds a partner with a trimmed name', () => {
    const { plan, partnerId } = addPartner(
      busyPlan(),
      { name: '  Boligbygg ', involvement: 'formell' },
      'pa-bb',
    );
    expect(partnerId).toBe('pa-bb');
    expect(plan.partners.at(-1)).toEqual({
      id: 'pa-bb',
      name: 'Boligbygg',
      description: '',
      involvement: 'formell',
      contactPersonId: null,
    });
  });

  it('says where a person is used, and in words', () => {
    const plan = busyPlan();
    const usages = personUsages(plan, 'p-lise');
    expect(usages.map((u) => u.role)).toEqual([
      'programme-leader',
      'plan-owner',
      'measure-owner',
      'body-member',
      'partner-contact',
      'risk-owner',
    ]);
    expect(usages[2]!.places.map((p) => [p.section, p.entityId, p.name])).toEqual([
      ['tiltak', 'm-1a', '1A'],
      ['tiltak', 'm-2a', '2A'],
    ]);
    expect(usages[2]!.consequence).toBe('Tiltakene får ingen ansvarlig.');
    expect(usages[3]!.consequence).toBe('Personen tas ut av medlemslisten.');
    expect(usageSummary(usages)).toBe(
      'Programleder for planen; eier / programansvarlig for planen; ansvarlig for tiltak 1A, 2A; ' +
        'med i «Styringsgruppe»; kontaktperson for NAV; ansvarlig for risiko «For få boliger»',
    );
    expect(usageSummary(personUsages(plan, 'p-ola'))).toBe('Med i «Styringsgruppe»');
    expect(personUsages(plan, 'unknown')).toEqual([]);
  });

  it('says where a partner is used', () => {
    const usages = partnerUsages(busyPlan(), 'pa-nav');
    expect(usageSummary(usages)).toBe('Ansvarlig for tiltak 1B; samarbeidspartner i tiltak 1A, 2B');
    expect(usages[0]!.consequence).toBe('Tiltaket får ingen ansvarlig.');
    expect(usages[1]!.consequence).toBe('Partneren tas ut av tiltakene.');
  });

  it('deleting a person empties what they were responsible for and keeps the plan valid', () => {
    const plan = removePerson(busyPlan(), 'p-lise');
    expect(plan.people.map((p) => p.id)).toEqual(['p-ola']);
    expect(plan.info.programmeLeader).toBeNull();
    expect(plan.info.owner).toBeNull();
    expect(plan.measures.find((m) => m.id === 'm-1a')!.owner).toBeNull();
    expect(plan.measures.find((m) => m.id === 'm-1b')!.owner).toEqual({
      kind: 'partner',
      id: 'pa-nav',
    });
    expect(plan.organisation[1]!.members.map((m) => m.personId)).toEqual(['p-ola']);
    expect(plan.partners[0]!.contactPersonId).toBeNull();
    expect(plan.risks[0]!.owner).toBeNull();
    valid(plan);
    const untouched = busyPlan();
    expect(removePerson(untouched, 'unknown')).toBe(untouched);
  });

  it('deleting a partner takes it out of measures and keeps the plan valid', () => {
    const plan = removePartner(busyPlan(), 'pa-nav');
    expect(plan.partners).toEqual([]);
    expect(plan.measures.every((m) => !m.partnerIds.includes('pa-nav'))).toBe(true);
    expect(plan.measures.find((m) => m.id === 'm-1b')!.owner).toBeNull();
    expect(plan.measures.find((m) => m.id === 'm-1a')!.owner).toEqual({
      kind: 'person',
      id: 'p-lise',
    });
    valid(plan);
  });
});
