import { bodyName } from '../model/party-name';
import type { Partner, Person } from '../model/people';
import type { Plan } from '../model/plan';
import type { PartyRef } from '../model/primitives';
import { hasSameValues } from './list-operations';
import { newId } from './new-id';
import { sortedMeasures } from './traceability';

// Pure edits of the directory of people and partners, and where each is used in the plan, so
// that deleting one can say beforehand what will happen.

export type PersonFields = Partial<Omit<Person, 'id'>>;
export type PartnerFields = Partial<Omit<Partner, 'id'>>;
export type NewPartner = Pick<Partner, 'name'> & PartnerFields;

/** Names sorted the Norwegian way (Å after Ø after Æ after Z). */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'nb', { sensitivity: 'base' });
}

export function sortedByName<T extends { name: string }>(list: readonly T[]): T[] {
  return list.slice().sort((a, b) => compareNames(a.name.trim(), b.name.trim()));
}

/** Why an e-mail address cannot be stored, in bokmål; null when it can (an empty one can). */
export function emailProblem(email: string): string | null {
  const text = email.trim();
  if (text === '' || /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text)) return null;
  return `«${text}» ser ikke ut som en e-postadresse. Skriv den på formen navn@kommune.no.`;
}

export function updatePerson(plan: Plan, personId: string, fields: PersonFields): Plan {
  const person = plan.people.find((p) => p.id === personId);
  if (!person || hasSameValues(person, fields)) return plan;
  // An example person from a template that the user edits is theirs now: the marker goes.
  const edited = (p: Person): Person => {
    const { example: _example, ...rest } = { ...p, ...fields };
    return rest;
  };
  return {
    ...plan,
    people: plan.people.map((p) => (p.id === personId ? edited(p) : p)),
  };
}

export function addPartner(
  plan: Plan,
  fields: NewPartner,
  id: string = newId(),
): { plan: Plan; partnerId: string } {
  const partner: Partner = {
    id,
    description: '',
    involvement: null,
    contactPersonId: null,
    ...fields,
    name: fields.name.trim(),
  };
  return { plan: { ...plan, partners: [...plan.partners, partner] }, partnerId: id };
}

export function updatePartner(plan: Plan, partnerId: string, fields: PartnerFields): Plan {
  const partner = plan.partners.find((p) => p.id === partnerId);
  if (!partner || hasSameValues(partner, fields)) return plan;
  return {
    ...plan,
    partners: plan.partners.map((p) => (p.id === partnerId ? { ...p, ...fields } : p)),
  };
}

/** Clears every owner/responsible reference to the party; the rest of the plan is left as it is. */
function clearParty(plan: Plan, kind: PartyRef['kind'], id: string): Plan {
  const is = (ref: PartyRef | null) => ref !== null && ref.kind === kind && ref.id === id;
  const clear = <T extends { owner: PartyRef | null }>(item: T): T =>
    is(item.owner) ? { ...item, owner: null } : item;
  return {
    ...plan,
    info: {
      ...plan.info,
      programmeLeader: is(plan.info.programmeLeader) ? null : plan.info.programmeLeader,
      owner: is(plan.info.owner) ? null : plan.info.owner,
    },
    measures: plan.measures.map(clear),
    risks: plan.risks.map(clear),
    workshops: plan.workshops.map((w) =>
      w.cards.some((c) => is(c.owner)) ? { ...w, cards: w.cards.map(clear) } : w,
    ),
  };
}

/**
 * Deletes a person. Where the person was responsible, the place gets no one; the person leaves
 * every body they were a member of; partners they were contact for get no contact person.
 */
export function removePerson(plan: Plan, personId: string): Plan {
  if (!plan.people.some((p) => p.id === personId)) return plan;
  const cleared = clearParty(plan, 'person', personId);
  return {
    ...cleared,
    people: plan.people.filter((p) => p.id !== personId),
    organisation: plan.organisation.map((b) =>
      b.members.some((m) => m.personId === personId)
        ? { ...b, members: b.members.filter((m) => m.personId !== personId) }
        : b,
    ),
    partners: plan.partners.map((p) =>
      p.contactPersonId === personId ? { ...p, contactPersonId: null } : p,
    ),
  };
}

/** Deletes a partner: places it was responsible for get no one, and measures drop it. */
export function removePartner(plan: Plan, partnerId: string): Plan {
  if (!plan.partners.some((p) => p.id === partnerId)) return plan;
  const cleared = clearParty(plan, 'partner', partnerId);
  return {
    ...cleared,
    partners: plan.partners.filter((p) => p.id !== partnerId),
    measures: cleared.measures.map((m) =>
      m.partnerIds.includes(partnerId)
        ? { ...m, partnerIds: m.partnerIds.filter((id) => id !== partnerId) }
        : m,
    ),
  };
}

/** The part of the app a place belongs to; the UI turns it into a link where there is a page. */
export type UsageSection =
  'om-planen' | 'tiltak' | 'organisering' | 'personer' | 'risiko' | 'verksted';

export interface UsagePlace {
  section: UsageSection;
  /** The entity to open; null for the plan itself. */
  entityId: string | null;
  /** "1A", "Styringsgruppe", "NAV", "planen". */
  name: string;
}

export type UsageRole =
  | 'programme-leader'
  | 'plan-owner'
  | 'measure-owner'
  | 'measure-partner'
  | 'body-member'
  | 'partner-contact'
  | 'risk-owner'
  | 'card-owner';

export interface Usage {
  role: UsageRole;
  /** Lower case, followed by the places: "ansvarlig for tiltak" 1A, 2B. */
  prefix: string;
  places: UsagePlace[];
  /** What deleting the person or partner does here: "Tiltakene får ingen ansvarlig." */
  consequence: string;
}

const one = (count: number, singular: string, plural: string) => (count === 1 ? singular : plural);

function usage(role: UsageRole, places: UsagePlace[]): Usage | null {
  if (places.length === 0) return null;
  const n = places.length;
  const texts: Record<UsageRole, [string, string]> = {
    'programme-leader': ['programleder for', 'Planen får ingen programleder.'],
    'plan-owner': ['eier / programansvarlig for', 'Planen får ingen eier / programansvarlig.'],
    'measure-owner': [
      'ansvarlig for tiltak',
      `${one(n, 'Tiltaket', 'Tiltakene')} får ingen ansvarlig.`,
    ],
    'measure-partner': [
      'samarbeidspartner i tiltak',
      `Partneren tas ut av ${one(n, 'tiltaket', 'tiltakene')}.`,
    ],
    'body-member': [
      // «med i «Bydelsdirektør – programansvarlig»»: a body is often named for an office, and
      // «medlem av Bydelsdirektør» reads as if the person were a member of a person.
      'med i',
      `Personen tas ut av ${one(n, 'medlemslisten', 'medlemslistene')}.`,
    ],
    'partner-contact': [
      'kontaktperson for',
      `${one(n, 'Partneren', 'Partnerne')} får ingen kontaktperson.`,
    ],
    'risk-owner': [
      'ansvarlig for risiko',
      `${one(n, 'Risikoen', 'Risikoene')} får ingen ansvarlig.`,
    ],
    'card-owner': [
      'ansvarlig for verkstedkort',
      `${one(n, 'Kortet', 'Kortene')} får ingen ansvarlig.`,
    ],
  };
  const [prefix, consequence] = texts[role];
  return { role, prefix, places, consequence };
}

const quote = (text: string, fallback: string) => (text.trim() ? `«${text.trim()}»` : fallback);

function partyUsages(plan: Plan, kind: PartyRef['kind'], id: string): Usage[] {
  const is = (ref: PartyRef | null) => ref !== null && ref.kind === kind && ref.id === id;
  const planPlace: UsagePlace = { section: 'om-planen', entityId: null, name: 'planen' };
  const measurePlace = (m: { id: string; code: string }): UsagePlace => ({
    section: 'tiltak',
    entityId: m.id,
    name: m.code.trim() || '(uten kode)',
  });
  const measures = sortedMeasures(plan);
  return [
    usage('programme-leader', is(plan.info.programmeLeader) ? [planPlace] : []),
    usage('plan-owner', is(plan.info.owner) ? [planPlace] : []),
    usage('measure-owner', measures.filter((m) => is(m.owner)).map(measurePlace)),
    usage(
      'measure-partner',
      kind === 'partner' ? measures.filter((m) => m.partnerIds.includes(id)).map(measurePlace) : [],
    ),
    usage(
      'body-member',
      kind === 'person'
        ? plan.organisation
            .filter((b) => b.members.some((m) => m.personId === id))
            .map((b) => ({
              section: 'organisering' as const,
              entityId: b.id,
              name: quote(bodyName(b), 'organisasjonsledd uten navn'),
            }))
        : [],
    ),
    usage(
      'partner-contact',
      kind === 'person'
        ? sortedByName(plan.partners.filter((p) => p.contactPersonId === id)).map((p) => ({
            section: 'personer' as const,
            entityId: p.id,
            name: p.name.trim() || 'partner uten navn',
          }))
        : [],
    ),
    usage(
      'risk-owner',
      plan.risks
        .filter((r) => is(r.owner))
        .map((r) => ({
          section: 'risiko' as const,
          entityId: r.id,
          name: quote(r.title, 'uten tittel'),
        })),
    ),
    usage(
      'card-owner',
      plan.workshops
        .flatMap((w) => w.cards)
        .filter((c) => is(c.owner))
        .map((c) => ({
          section: 'verksted' as const,
          entityId: c.id,
          name: quote(c.text, 'uten tekst'),
        })),
    ),
  ].filter((u): u is Usage => u !== null);
}

export function personUsages(plan: Plan, personId: string): Usage[] {
  return partyUsages(plan, 'person', personId);
}

export function partnerUsages(plan: Plan, partnerId: string): Usage[] {
  return partyUsages(plan, 'partner', partnerId);
}

/** "Ansvarlig for tiltak 1A, 2B; medlem av Styringsgruppe". */
export function usageSummary(usages: readonly Usage[]): string {
  const text = usages
    .map((u) => `${u.prefix} ${u.places.map((p) => p.name).join(', ')}`)
    .join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
