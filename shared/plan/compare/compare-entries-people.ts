import { bodyTypeLabels } from '../../model/organisation';
import { involvementLabels } from '../../model/people';
import type { CompareEntry, PartEntries } from './compare-engine';
import { field, idsOf } from './compare-field';
import { names, type PlanNames } from './compare-names';

// The organisation (bodies and their members) and the people and partners, in words. A body
// under another parent, or a member in another body, has moved.

const TOP = 'toppen av organisasjonen';

export function organisationEntries(n: PlanNames): PartEntries {
  const entries: CompareEntry[] = [];
  for (const body of n.plan.organisation) {
    const name = n.body(body.id);
    entries.push({
      id: body.id,
      source: body,
      ref: name,
      label: name,
      parent: body.parentId,
      parentLabel: body.parentId ? n.body(body.parentId) || 'et ledd som er slettet' : TOP,
      siblings: `body:${body.parentId ?? ''}`,
      fields: () => [
        field('type', bodyTypeLabels[body.type]),
        field('name', body.name),
        field('description', body.description, { long: true }),
        field('advisesIds', names(body.advisesIds, n.body), { same: idsOf(body.advisesIds) }),
        field('responsibilities', body.responsibilities.map((r) => r.trim()).join('; ')),
      ],
    });
  }
  for (const body of n.plan.organisation)
    for (const member of body.members) {
      const who = n.person(member.personId) || 'Person som er slettet';
      entries.push({
        id: member.id,
        source: member,
        ref: `${who} i ${n.body(body.id)}`,
        label: `${who} i ${n.body(body.id)}`,
        parent: body.id,
        parentLabel: n.body(body.id),
        siblings: `member:${body.id}`,
        fields: () => [
          field('personId', who, { same: member.personId }),
          field('role', member.role),
        ],
      });
    }
  return { ordered: true, entries };
}

export function peopleEntries(n: PlanNames): PartEntries {
  const people: CompareEntry[] = n.plan.people.map((p) => {
    const name = n.person(p.id);
    return {
      id: p.id,
      source: p,
      ref: name,
      label: name,
      siblings: 'people',
      fields: () => [
        field('name', p.name),
        field('title', p.title, { label: 'stilling' }),
        field('organisation', p.organisation, { label: 'arbeidssted' }),
        field('email', p.email),
        field('phone', p.phone),
      ],
    };
  });
  const partners: CompareEntry[] = n.plan.partners.map((p) => {
    const name = `Samarbeidspartneren ${n.partner(p.id)}`;
    return {
      id: p.id,
      source: p,
      ref: name,
      label: name,
      siblings: 'partners',
      fields: () => [
        field('name', p.name),
        field('description', p.description, { long: true }),
        field('involvement', p.involvement ? involvementLabels[p.involvement] : ''),
        field('contactPersonId', n.person(p.contactPersonId), { same: p.contactPersonId ?? '' }),
      ],
    };
  });
  return { ordered: true, entries: [...people, ...partners] };
}
