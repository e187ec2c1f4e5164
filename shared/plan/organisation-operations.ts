import type { BodyMember, OrgBody } from '../model/organisation';
import type { Plan } from '../model/plan';
import type { PartyRef } from '../model/primitives';
import { addPerson, type NewPerson } from './info-operations';
import { hasSameValues, moveById } from './list-operations';
import { newId } from './new-id';

// Pure edits of the programme organisation: bodies in a tree of reporting lines, advisory links,
// members and responsibilities. Each returns a new plan, or the same plan object when nothing
// changes (or the change is refused, e.g. a reporting line that would go in a circle).
// Siblings are ordered by their order in plan.organisation.

export type BodyFields = Partial<Pick<OrgBody, 'type' | 'name' | 'description'>>;

/** Where a body goes: under `parentId` (null = top level), before `beforeId` or last. */
export interface BodyPlace {
  parentId: string | null;
  beforeId?: string | null;
}

export function childrenOf(plan: Plan, parentId: string | null): OrgBody[] {
  return plan.organisation.filter((b) => b.parentId === parentId);
}

/** The ids of every body below this one (children, grandchildren …), not the body itself. */
export function descendantIds(plan: Plan, bodyId: string): Set<string> {
  const found = new Set<string>();
  const visit = (id: string) => {
    for (const child of childrenOf(plan, id)) {
      if (found.has(child.id)) continue;
      found.add(child.id);
      visit(child.id);
    }
  };
  visit(bodyId);
  return found;
}

/** True when `parentId` can be the body's parent: it exists and is not the body or below it. */
export function canReportTo(plan: Plan, bodyId: string, parentId: string | null): boolean {
  if (parentId === null) return true;
  if (parentId === bodyId || !plan.organisation.some((b) => b.id === parentId)) return false;
  return !descendantIds(plan, bodyId).has(parentId);
}

/** The bodies in tree order (parents before their children) with their depth. */
export function bodiesInTreeOrder(plan: Plan): { body: OrgBody; depth: number }[] {
  const result: { body: OrgBody; depth: number }[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const body of childrenOf(plan, parentId)) {
      result.push({ body, depth });
      visit(body.id, depth + 1);
    }
  };
  visit(null, 0);
  return result;
}

export function addBody(
  plan: Plan,
  fields: BodyFields & { parentId?: string | null } = {},
  id: string = newId(),
): Plan {
  const parentId = fields.parentId ?? null;
  if (parentId !== null && !plan.organisation.some((b) => b.id === parentId)) return plan;
  const body: OrgBody = {
    id,
    type: 'arbeidsgruppe',
    name: '',
    description: '',
    advisesIds: [],
    members: [],
    responsibilities: [],
    ...fields,
    parentId,
  };
  return placeInList({ ...plan, organisation: [...plan.organisation, body] }, id, { parentId });
}

export function updateBody(plan: Plan, bodyId: string, fields: BodyFields): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  if (!body || hasSameValues(body, fields)) return plan;
  return mapBody(plan, bodyId, (b) => ({ ...b, ...fields }));
}

/**
 * Moves a body (with everything under it) to a new place in the tree. Refused when the new
 * parent is the body itself or lies below it, since the reporting lines would go in a circle.
 */
export function placeBody(plan: Plan, bodyId: string, place: BodyPlace): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  if (!body || !canReportTo(plan, bodyId, place.parentId)) return plan;
  if (place.beforeId === bodyId) return plan;
  const before = place.beforeId
    ? plan.organisation.find((b) => b.id === place.beforeId && b.parentId === place.parentId)
    : undefined;
  if (place.beforeId && !before) return plan;
  const moved = placeInList(
    mapBody(plan, bodyId, (b) =>
      b.parentId === place.parentId ? b : { ...b, parentId: place.parentId },
    ),
    bodyId,
    place,
  );
  const same =
    moved.organisation.length === plan.organisation.length &&
    moved.organisation.every((b, i) => b === plan.organisation[i]);
  return same ? plan : moved;
}

/** Sets the reporting line; the body becomes the last under its new parent. */
export function setBodyParent(plan: Plan, bodyId: string, parentId: string | null): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  if (!body || body.parentId === parentId) return plan;
  return placeBody(plan, bodyId, { parentId });
}

/** Moves a body up or down among the bodies with the same parent. */
export function moveBody(plan: Plan, bodyId: string, delta: -1 | 1): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  if (!body) return plan;
  const siblings = childrenOf(plan, body.parentId);
  const index = siblings.findIndex((b) => b.id === bodyId);
  const target = siblings[index + delta];
  if (!target) return plan;
  const beforeId = delta < 0 ? target.id : (siblings[index + 2]?.id ?? null);
  return placeBody(plan, bodyId, { parentId: body.parentId, beforeId });
}

/** One level up: the body reports to its grandparent and comes right after its old parent. */
export function outdentBody(plan: Plan, bodyId: string): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  const parent = body?.parentId ? plan.organisation.find((b) => b.id === body.parentId) : null;
  if (!body || !parent) return plan;
  const uncles = childrenOf(plan, parent.parentId);
  const next = uncles[uncles.findIndex((b) => b.id === parent.id) + 1];
  return placeBody(plan, bodyId, { parentId: parent.parentId, beforeId: next?.id ?? null });
}

/** One level down: the body goes last under the sibling just above it. */
export function indentBody(plan: Plan, bodyId: string): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  if (!body) return plan;
  const siblings = childrenOf(plan, body.parentId);
  const previous = siblings[siblings.findIndex((b) => b.id === bodyId) - 1];
  return previous ? placeBody(plan, bodyId, { parentId: previous.id }) : plan;
}

export type ChildrenOnRemove = 'move-up' | 'delete';

/**
 * Deletes a body. Its children either move up to its parent (taking its place among the
 * siblings) or are deleted with it. Everything that pointed at a deleted body lets go: advisory
 * links, and owner/responsible references in the plan info, measures, risks and workshop cards.
 */
export function removeBody(plan: Plan, bodyId: string, children: ChildrenOnRemove): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  if (!body) return plan;
  const removed = new Set([bodyId]);
  if (children === 'delete') for (const id of descendantIds(plan, bodyId)) removed.add(id);

  let organisation: OrgBody[] = [];
  if (children === 'move-up') {
    // The children take the deleted body's place among its siblings.
    const lifted = childrenOf(plan, bodyId).map((c) => ({ ...c, parentId: body.parentId }));
    for (const b of plan.organisation) {
      if (b.id === bodyId) organisation.push(...lifted);
      else if (b.parentId !== bodyId) organisation.push(b);
    }
    organisation = inTreeOrder(organisation);
  } else {
    organisation = plan.organisation.filter((b) => !removed.has(b.id));
  }
  organisation = organisation.map((b) =>
    b.advisesIds.some((id) => removed.has(id))
      ? { ...b, advisesIds: b.advisesIds.filter((id) => !removed.has(id)) }
      : b,
  );
  return clearBodyRefs({ ...plan, organisation }, removed);
}

/** How many places (plan info, measures, risks, workshop cards) name one of the bodies as owner. */
export function countBodyRefs(plan: Plan, bodyIds: ReadonlySet<string>): number {
  const is = (ref: PartyRef | null) => ref?.kind === 'body' && bodyIds.has(ref.id);
  return [
    plan.info.programmeLeader,
    plan.info.owner,
    ...plan.measures.map((m) => m.owner),
    ...plan.risks.map((r) => r.owner),
    ...plan.workshops.flatMap((w) => w.cards.map((c) => c.owner)),
  ].filter(is).length;
}

/** Sets which bodies this one advises; itself and unknown bodies are left out. */
export function setAdvises(plan: Plan, bodyId: string, advisesIds: string[]): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  if (!body) return plan;
  const known = new Set(plan.organisation.map((b) => b.id));
  const next = [...new Set(advisesIds)].filter((id) => id !== bodyId && known.has(id));
  if (next.length === body.advisesIds.length && next.every((id, i) => body.advisesIds[i] === id))
    return plan;
  return mapBody(plan, bodyId, (b) => ({ ...b, advisesIds: next }));
}

export function addMember(
  plan: Plan,
  bodyId: string,
  personId: string,
  role = '',
  id: string = newId(),
): Plan {
  if (!plan.people.some((p) => p.id === personId)) return plan;
  const member: BodyMember = { id, personId, role };
  return mapBody(plan, bodyId, (b) => ({ ...b, members: [...b.members, member] }));
}

/** Adds a new person to the plan's people and to the body, as one edit. */
export function addMemberWithNewPerson(
  plan: Plan,
  bodyId: string,
  person: NewPerson,
  role = '',
  ids: { personId?: string; memberId?: string } = {},
): Plan {
  if (!plan.organisation.some((b) => b.id === bodyId) || !person.name.trim()) return plan;
  const added = addPerson(plan, person, ids.personId ?? newId());
  return addMember(added.plan, bodyId, added.personId, role, ids.memberId ?? newId());
}

export function updateMember(
  plan: Plan,
  bodyId: string,
  memberId: string,
  fields: Partial<Pick<BodyMember, 'personId' | 'role'>>,
): Plan {
  const member = plan.organisation
    .find((b) => b.id === bodyId)
    ?.members.find((m) => m.id === memberId);
  if (!member || hasSameValues(member, fields)) return plan;
  if (fields.personId !== undefined && !plan.people.some((p) => p.id === fields.personId))
    return plan;
  return mapBody(plan, bodyId, (b) => ({
    ...b,
    members: b.members.map((m) => (m.id === memberId ? { ...m, ...fields } : m)),
  }));
}

export function moveMember(plan: Plan, bodyId: string, memberId: string, delta: -1 | 1): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  const members = body && moveById(body.members, memberId, delta);
  return members ? mapBody(plan, bodyId, (b) => ({ ...b, members })) : plan;
}

export function removeMember(plan: Plan, bodyId: string, memberId: string): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId);
  if (!body?.members.some((m) => m.id === memberId)) return plan;
  return mapBody(plan, bodyId, (b) => ({
    ...b,
    members: b.members.filter((m) => m.id !== memberId),
  }));
}

/** Inserts a responsibility line at `index` (default: last). */
export function addResponsibility(plan: Plan, bodyId: string, text = '', index?: number): Plan {
  return mapResponsibilities(plan, bodyId, (list) => {
    const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
    return [...list.slice(0, at), text, ...list.slice(at)];
  });
}

export function updateResponsibility(
  plan: Plan,
  bodyId: string,
  index: number,
  text: string,
): Plan {
  return mapResponsibilities(plan, bodyId, (list) =>
    index < 0 || index >= list.length || list[index] === text
      ? list
      : list.map((line, i) => (i === index ? text : line)),
  );
}

export function moveResponsibility(plan: Plan, bodyId: string, index: number, delta: -1 | 1): Plan {
  return mapResponsibilities(plan, bodyId, (list) => {
    const to = index + delta;
    if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
    const next = list.slice();
    [next[index], next[to]] = [next[to]!, next[index]!];
    return next;
  });
}

export function removeResponsibility(plan: Plan, bodyId: string, index: number): Plan {
  return mapResponsibilities(plan, bodyId, (list) =>
    index < 0 || index >= list.length ? list : list.filter((_, i) => i !== index),
  );
}

function mapBody(plan: Plan, bodyId: string, change: (body: OrgBody) => OrgBody): Plan {
  let changed = false;
  const organisation = plan.organisation.map((b) => {
    if (b.id !== bodyId) return b;
    const next = change(b);
    changed ||= next !== b;
    return next;
  });
  return changed ? { ...plan, organisation } : plan;
}

function mapResponsibilities(
  plan: Plan,
  bodyId: string,
  change: (list: string[]) => string[],
): Plan {
  return mapBody(plan, bodyId, (b) => {
    const responsibilities = change(b.responsibilities);
    return responsibilities === b.responsibilities ? b : { ...b, responsibilities };
  });
}

/** Puts the body (already with its new parent) before `beforeId`, or last among its siblings. */
function placeInList(plan: Plan, bodyId: string, place: BodyPlace): Plan {
  const body = plan.organisation.find((b) => b.id === bodyId)!;
  const rest = plan.organisation.filter((b) => b.id !== bodyId);
  const at = place.beforeId ? rest.findIndex((b) => b.id === place.beforeId) : rest.length;
  return { ...plan, organisation: inTreeOrder([...rest.slice(0, at), body, ...rest.slice(at)]) };
}

/**
 * The list in tree order (each body followed by the bodies below it), siblings keeping their
 * order. The chart declares nodes in this order, so its layout follows the order on screen.
 */
function inTreeOrder(bodies: OrgBody[]): OrgBody[] {
  const result: OrgBody[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null) => {
    for (const body of bodies) {
      if (body.parentId !== parentId || seen.has(body.id)) continue;
      seen.add(body.id);
      result.push(body);
      visit(body.id);
    }
  };
  visit(null);
  // Bodies under a missing parent cannot occur in a valid plan; keep them rather than lose them.
  return result.length === bodies.length
    ? result
    : [...result, ...bodies.filter((b) => !seen.has(b.id))];
}

function clearBodyRefs(plan: Plan, bodyIds: ReadonlySet<string>): Plan {
  const is = (ref: PartyRef | null) => ref?.kind === 'body' && bodyIds.has(ref.id);
  const clear = <T extends { owner: PartyRef | null }>(item: T): T =>
    is(item.owner) ? { ...item, owner: null } : item;
  return {
    ...plan,
    info:
      is(plan.info.programmeLeader) || is(plan.info.owner)
        ? {
            ...plan.info,
            programmeLeader: is(plan.info.programmeLeader) ? null : plan.info.programmeLeader,
            owner: is(plan.info.owner) ? null : plan.info.owner,
          }
        : plan.info,
    measures: plan.measures.some((m) => is(m.owner)) ? plan.measures.map(clear) : plan.measures,
    risks: plan.risks.some((r) => is(r.owner)) ? plan.risks.map(clear) : plan.risks,
    workshops: plan.workshops.map((w) =>
      w.cards.some((c) => is(c.owner)) ? { ...w, cards: w.cards.map(clear) } : w,
    ),
  };
}
