import type { Partner } from '../model/people';
import type { Plan } from '../model/plan';
import { addPartner } from './people-operations';
import { newId } from './new-id';
import { updateMeasure } from './measure-operations';

// Partners picked and created on a measure: a typed name, or a pasted list of them. Creating a
// partner and picking it is one plan change, so it is one undo step.

/** A name as partners are told apart: trimmed, single spaces, any case. */
export const partnerNameKey = (name: string) =>
  name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nb');

/**
 * The partner with this name, if the plan has one: case and spaces do not count, letters do
 * («Østensjø» is not «Ostensjo»). The one place names are matched, for typing and pasting alike.
 */
export function findPartnerByName(partners: readonly Partner[], name: string): Partner | undefined {
  const key = partnerNameKey(name);
  return key === '' ? undefined : partners.find((p) => partnerNameKey(p.name) === key);
}

/**
 * The names in a pasted list, or null when the text is one name. One per line or separated by
 * tabs (copied from Word or Excel) splits on those only, so «Oslo kommune, Helseetaten» on its own
 * line stays one name; a single line splits on commas and semicolons. Repeats are dropped.
 */
export function splitPastedNames(text: string): string[] | null {
  const lines = text.replace(/\r\n?/g, '\n').trim();
  const parts = /[\n\t]/.test(lines) ? lines.split(/[\n\t]+/) : lines.split(/[,;]+/);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const name = part.replace(/\s+/g, ' ').trim();
    if (name === '' || seen.has(partnerNameKey(name))) continue;
    seen.add(partnerNameKey(name));
    names.push(name);
  }
  return names.length > 1 ? names : null;
}

export interface ResolvedPartnerNames {
  /** Partners the plan already has, in the order named. */
  existing: Partner[];
  /** Names the plan has no partner for yet, as typed. */
  missing: string[];
}

/** Which of the names the plan has as partners and which it does not have yet. */
export function resolvePartnerNames(plan: Plan, names: readonly string[]): ResolvedPartnerNames {
  const existing: Partner[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    const key = partnerNameKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const partner = findPartnerByName(plan.partners, name);
    if (partner) existing.push(partner);
    else missing.push(name);
  }
  return { existing, missing };
}

/**
 * Picks the named partners for a measure, creating those the plan does not have yet (at the end
 * of the partner list, with nothing but a name). Names already picked stay as they are. Returns
 * the very same plan when nothing changes.
 */
export function addPartnersToMeasure(
  plan: Plan,
  measureId: string,
  names: readonly string[],
  makeId: () => string = newId,
): Plan {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure) return plan;
  const { existing, missing } = resolvePartnerNames(plan, names);
  let next = plan;
  const picked = existing.map((p) => p.id);
  for (const name of missing) {
    const added = addPartner(next, { name }, makeId());
    next = added.plan;
    picked.push(added.partnerId);
  }
  const partnerIds = [
    ...measure.partnerIds,
    ...picked.filter((id) => !measure.partnerIds.includes(id)),
  ];
  if (partnerIds.length === measure.partnerIds.length) return plan;
  return updateMeasure(next, measureId, { partnerIds });
}
