import type { Plan } from '#shared/model/plan';
import type { PartyRef } from '#shared/model/primitives';
import { targetGroupName } from '#shared/model/strategies';
import { bodyName, partnerName, personName } from '#shared/model/party-name';
import { PICK_KEYS } from './board-keys';

export interface PickOption<T> {
  /** The key that picks it (1–9, 0, a–z); '' past the last key (pick with the mouse). */
  key: string;
  label: string;
  value: T;
  group: string;
}

const withKeys = <T>(options: Omit<PickOption<T>, 'key'>[]): PickOption<T>[] =>
  options.map((o, i) => ({ ...o, key: PICK_KEYS[i] ?? '' }));

/** Who can own a card: people first (the usual owners in a workshop), then partners and bodies. */
export function ownerOptions(plan: Plan): PickOption<PartyRef>[] {
  const ref = (kind: PartyRef['kind'], id: string): PartyRef => ({ kind, id });
  return withKeys([
    ...plan.people.map((p) => ({
      // The name alone reads at a glance on the projector; the job title is in the plan.
      label: personName(p, 'short'),
      value: ref('person', p.id),
      group: 'Personer',
    })),
    ...plan.partners.map((p) => ({
      label: partnerName(p),
      value: ref('partner', p.id),
      group: 'Samarbeidspartnere',
    })),
    ...plan.organisation.map((b) => ({
      label: bodyName(b),
      value: ref('body', b.id),
      group: 'Organisasjonsledd',
    })),
  ]);
}

export function targetGroupOptions(plan: Plan): PickOption<string>[] {
  return withKeys(
    plan.targetGroups.map((t) => ({
      label: targetGroupName(t),
      value: t.id,
      group: 'Målgrupper',
    })),
  );
}
