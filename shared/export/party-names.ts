import { bodyTypeLabels } from '../model/organisation';
import type { Plan } from '../model/plan';
import type { PartyRef } from '../model/primitives';

/** Who is responsible, as a reader of an exported table needs it: "Kari Nordvik, Programleder". */
export function partyName(plan: Plan, ref: PartyRef | null): string {
  if (!ref) return '';
  if (ref.kind === 'person') {
    const person = plan.people.find((p) => p.id === ref.id);
    if (!person) return '';
    const name = person.name || 'Person uten navn';
    return person.title ? `${name}, ${person.title}` : name;
  }
  if (ref.kind === 'body') {
    const body = plan.organisation.find((b) => b.id === ref.id);
    return body ? body.name || bodyTypeLabels[body.type] : '';
  }
  return plan.partners.find((p) => p.id === ref.id)?.name || '';
}
