import { bodyName, partnerName, personName } from '#shared/model/party-name';
import type { Plan } from '#shared/model/plan';
import type { PartyRef } from '#shared/model/primitives';

/** «person:abc» — how a party is written as a select value and as a map key. */
export const partyKey = (ref: PartyRef | null): string => (ref ? `${ref.kind}:${ref.id}` : '');

export function parsePartyKey(key: string): PartyRef | null {
  const [kind, id] = key.split(':');
  if (!id || (kind !== 'person' && kind !== 'body' && kind !== 'partner')) return null;
  return { kind, id };
}

export interface PartyOption {
  key: string;
  label: string;
}

export interface PartyChoices {
  people: PartyOption[];
  bodies: PartyOption[];
  partners: PartyOption[];
  /** Every party by key, for labels in lists and tables. */
  labels: Map<string, string>;
}

/** The people, organisation bodies and partners a measure's owner can be picked from. */
export function partyChoices(
  people: Plan['people'],
  organisation: Plan['organisation'],
  partners: Plan['partners'],
): PartyChoices {
  const choices: PartyChoices = {
    people: people.map((p) => ({ key: `person:${p.id}`, label: personName(p) })),
    bodies: organisation.map((b) => ({ key: `body:${b.id}`, label: bodyName(b) })),
    partners: partners.map((p) => ({ key: `partner:${p.id}`, label: partnerName(p) })),
    labels: new Map(),
  };
  // Short labels (without job title) read better in a table column.
  for (const p of people) choices.labels.set(`person:${p.id}`, personName(p, 'short'));
  for (const o of [...choices.bodies, ...choices.partners]) choices.labels.set(o.key, o.label);
  return choices;
}
