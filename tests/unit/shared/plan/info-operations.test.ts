import { describe, expect, it } from 'vitest';
import { planSchema } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import {
  addOwnerPerson,
  addPerson,
  addProgrammeLeader,
  periodProblem,
  setPeriod,
  setResponsible,
  setStatus,
  stampUpdatedAt,
  updateInfo,
} from '#shared/plan/info-operations';

const basePlan = () => createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));

describe('plan info', () => {
  it('updates text fields and returns the same plan when nothing changes', () => {
    const plan = basePlan();
    const next = updateInfo(plan, {
      title: 'Boligsosial handlingsplan for Bydel Fjellstad',
      district: 'Fjellstad',
    });
    expect(next.info.title).toBe('Boligsosial handlingsplan for Bydel Fjellstad');
    expect(next.info.district).toBe('Fjellstad');
    expect(updateInfo(next, { district: 'Fjellstad' })).toBe(next);
  });

  it('stores real dates for høringsfrist and vedtaksdato', () => {
    const next = updateInfo(basePlan(), {
      consultationDeadline: '2027-02-28',
      adoptedDate: '2027-06-15',
    });
    expect(planSchema.safeParse(next).success).toBe(true);
  });
});

describe('period', () => {
  it('accepts a period that ends in or after the year it starts', () => {
    expect(periodProblem(2027, 2030)).toBeNull();
    expect(periodProblem(2027, 2027)).toBeNull();
    const next = setPeriod(basePlan(), 2027, 2030);
    expect([next.info.periodStart, next.info.periodEnd]).toEqual([2027, 2030]);
  });

  it('refuses a period that ends before it starts, and says why', () => {
    const plan = basePlan();
    expect(setPeriod(plan, 2030, 2027)).toBe(plan);
    expect(periodProblem(2030, 2027)).toBe(
      'Perioden kan ikke slutte (2027) før den begynner (2030).',
    );
  });

  it('refuses what is not a year', () => {
    expect(periodProblem(Number.NaN, 2030)).toMatch(/Fra-året/);
    expect(periodProblem(2027, 20300)).toMatch(/Til-året/);
    const plan = basePlan();
    expect(setPeriod(plan, 2027.5, 2030)).toBe(plan);
  });
});

describe('status and history', () => {
  it('appends a dated event to the history on each change', () => {
    let plan = setStatus(basePlan(), 'hoering', '2027-01-10', undefined, 'ev-1');
    plan = setStatus(plan, 'vedtatt', '2027-06-15', 'Vedtatt i bydelsutvalget', 'ev-2');
    expect(plan.info.status).toBe('vedtatt');
    expect(plan.info.history).toEqual([
      {
        id: 'ev-1',
        status: 'hoering',
        date: '2027-01-10',
        note: 'Status endret fra «Utkast» til «På høring».',
      },
      { id: 'ev-2', status: 'vedtatt', date: '2027-06-15', note: 'Vedtatt i bydelsutvalget' },
    ]);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('records nothing when the status stays the same', () => {
    const plan = basePlan();
    expect(setStatus(plan, 'utkast', '2027-01-10')).toBe(plan);
  });
});

describe('people and responsibility', () => {
  it('adds a person with empty contact details', () => {
    const { plan, personId } = addPerson(
      basePlan(),
      { name: '  Marte Fjellheim ', title: 'Programleder' },
      'p-1',
    );
    expect(personId).toBe('p-1');
    expect(plan.people).toEqual([
      {
        id: 'p-1',
        name: 'Marte Fjellheim',
        title: 'Programleder',
        organisation: '',
        email: '',
        phone: '',
      },
    ]);
  });

  it('adds a person and makes them programme leader in one step', () => {
    const plan = addProgrammeLeader(
      basePlan(),
      { name: 'Marte Fjellheim', title: 'Programleder' },
      'p-1',
    );
    expect(plan.info.programmeLeader).toEqual({ kind: 'person', id: 'p-1' });
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('adds a person as owner, or points the owner at an organisation body', () => {
    const withPerson = addOwnerPerson(basePlan(), { name: 'Ingrid Solbakken' }, 'p-2');
    expect(withPerson.info.owner).toEqual({ kind: 'person', id: 'p-2' });
    const toBody = setResponsible(withPerson, 'owner', { kind: 'body', id: 'b-1' });
    expect(toBody.info.owner).toEqual({ kind: 'body', id: 'b-1' });
    expect(setResponsible(toBody, 'owner', { kind: 'body', id: 'b-1' })).toBe(toBody);
    expect(setResponsible(toBody, 'owner', null).info.owner).toBeNull();
  });
});

describe('updatedAt', () => {
  it('stamps the time of the change as an ISO timestamp', () => {
    const plan = stampUpdatedAt(basePlan(), new Date('2027-05-01T08:30:00.000Z'));
    expect(plan.info.updatedAt).toBe('2027-05-01T08:30:00.000Z');
    expect(planSchema.safeParse(plan).success).toBe(true);
  });
});
