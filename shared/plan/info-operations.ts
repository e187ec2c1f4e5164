import type { Plan } from '../model/plan';
import type { Person } from '../model/people';
import { planStatusLabels, type PlanInfo, type PlanStatus } from '../model/plan-info';
import type { PartyRef } from '../model/primitives';
import { hasSameValues } from './list-operations';
import { newId } from './new-id';

// Pure edits of "Om planen": plan info, lifecycle status with its history, and the people who
// lead and own the programme.

/** Fields that are set as they are; period and status have rules of their own below. */
export type InfoFields = Partial<
  Pick<
    PlanInfo,
    | 'title'
    | 'municipality'
    | 'district'
    | 'version'
    | 'consultationDeadline'
    | 'adoptedDate'
    | 'adoptedBy'
    | 'caseNumber'
    | 'programmeLeader'
    | 'owner'
    | 'nationalFrame'
    | 'proposedDecision'
    | 'sharedProjectsNumberedApart'
    | 'logo'
  >
>;

export function updateInfo(plan: Plan, fields: InfoFields): Plan {
  if (hasSameValues(plan.info, fields)) return plan;
  return { ...plan, info: { ...plan.info, ...fields } };
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export function isPlanYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** Why a period cannot be stored, in bokmål; null when it can. */
export function periodProblem(start: number, end: number): string | null {
  const isYear = isPlanYear;
  if (!isYear(start)) return `Fra-året må være et årstall mellom ${MIN_YEAR} og ${MAX_YEAR}.`;
  if (!isYear(end)) return `Til-året må være et årstall mellom ${MIN_YEAR} og ${MAX_YEAR}.`;
  if (end < start) return `Perioden kan ikke slutte (${end}) før den begynner (${start}).`;
  return null;
}

/** Sets the plan period; a period that runs backwards is refused (the plan is returned as is). */
export function setPeriod(plan: Plan, start: number, end: number): Plan {
  if (periodProblem(start, end) !== null) return plan;
  if (plan.info.periodStart === start && plan.info.periodEnd === end) return plan;
  return { ...plan, info: { ...plan.info, periodStart: start, periodEnd: end } };
}

/**
 * Changes the lifecycle status and records the change in the plan's history, so the plan itself
 * shows when it went on høring and when it was adopted.
 */
export function setStatus(
  plan: Plan,
  status: PlanStatus,
  today: string,
  note?: string,
  id: string = newId(),
): Plan {
  const from = plan.info.status;
  if (from === status) return plan;
  const event = {
    id,
    status,
    date: today,
    note:
      note ?? `Status endret fra «${planStatusLabels[from]}» til «${planStatusLabels[status]}».`,
  };
  return { ...plan, info: { ...plan.info, status, history: [...plan.info.history, event] } };
}

export type NewPerson = Pick<Person, 'name'> & Partial<Omit<Person, 'id' | 'name'>>;

export function addPerson(
  plan: Plan,
  fields: NewPerson,
  id: string = newId(),
): { plan: Plan; personId: string } {
  const person: Person = {
    id,
    title: '',
    organisation: '',
    email: '',
    phone: '',
    ...fields,
    name: fields.name.trim(),
  };
  return { plan: { ...plan, people: [...plan.people, person] }, personId: id };
}

/** Adds a person and makes them programme leader, as one edit. */
export function addProgrammeLeader(plan: Plan, fields: NewPerson, id: string = newId()): Plan {
  const added = addPerson(plan, fields, id);
  return updateInfo(added.plan, { programmeLeader: { kind: 'person', id: added.personId } });
}

/** Adds a person and makes them owner (eier/programansvarlig), as one edit. */
export function addOwnerPerson(plan: Plan, fields: NewPerson, id: string = newId()): Plan {
  const added = addPerson(plan, fields, id);
  return updateInfo(added.plan, { owner: { kind: 'person', id: added.personId } });
}

export function sameParty(a: PartyRef | null, b: PartyRef | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

/** Sets who leads or owns the plan; a ref that is already set leaves the plan as is. */
export function setResponsible(
  plan: Plan,
  role: 'programmeLeader' | 'owner',
  ref: PartyRef | null,
): Plan {
  if (sameParty(plan.info[role], ref)) return plan;
  return { ...plan, info: { ...plan.info, [role]: ref } };
}

/** Marks the plan as changed now (info.updatedAt, ISO timestamp). */
export function stampUpdatedAt(plan: Plan, now: Date): Plan {
  return { ...plan, info: { ...plan.info, updatedAt: now.toISOString() } };
}
