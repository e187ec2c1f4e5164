import { bodyTypeLabels, type OrgBody } from './organisation';
import type { Partner, Person } from './people';
import type { Plan } from './plan';
import type { PartyRef } from './primitives';

/*
 * How a responsible party is named, the same way on screen, on the slides, in Word and in Excel.
 * A party that exists always gets a name: a person without a name goes by the job title, a body
 * without a name by its kind («Politisk organ»). Only a missing or unknown owner gives '', so
 * each place decides what to write for «nobody yet» (Word: a dash, explained under the table).
 */

/** Where the parties of a plan live; a plan will do. */
export type PartyLists = Pick<Plan, 'people' | 'organisation' | 'partners'>;

/**
 * 'full' gives a person's job title too («Kari Nordvik, Programleder»); 'short' gives the name
 * alone, for cards and table columns where the title would crowd the line.
 */
export type PartyNameForm = 'full' | 'short';

export function personName(person: Person, form: PartyNameForm = 'full'): string {
  const name = person.name.trim();
  const title = person.title.trim();
  if (name && title && form === 'full') return `${name}, ${title}`;
  return name || title || 'Person uten navn';
}

export const bodyName = (body: OrgBody): string => body.name.trim() || bodyTypeLabels[body.type];

export const partnerName = (partner: Partner): string =>
  partner.name.trim() || 'Samarbeidspartner uten navn';

/**
 * Names parties by reference, looking them up by id once: for exports and lists that name the
 * owner of every row.
 */
export function partyNamer(
  lists: PartyLists,
  form: PartyNameForm = 'full',
): (ref: PartyRef | null) => string {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((i) => [i.id, i]));
  const people = byId(lists.people);
  const bodies = byId(lists.organisation);
  const partners = byId(lists.partners);
  return (ref) => {
    if (!ref) return '';
    if (ref.kind === 'person') {
      const person = people.get(ref.id);
      return person ? personName(person, form) : '';
    }
    if (ref.kind === 'body') {
      const body = bodies.get(ref.id);
      return body ? bodyName(body) : '';
    }
    const partner = partners.get(ref.id);
    return partner ? partnerName(partner) : '';
  };
}

/** The name of one party; '' when the reference is null or points at nothing. */
export function partyName(
  lists: PartyLists,
  ref: PartyRef | null,
  form: PartyNameForm = 'full',
): string {
  return partyNamer(lists, form)(ref);
}
