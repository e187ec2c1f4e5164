import type { FileChild } from 'docx';
import { describeOrganisation } from '../../../charts/org-chart-source';
import { bodyTypeLabels, type OrgBody } from '../../../model/organisation';
import { involvementLabels, involvementLevels } from '../../../model/people';
import { bodyName, partnerName, personName } from '../../../model/party-name';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { planTable, widths } from '../word-tables';
import { STYLE } from '../word-theme';
import { bold, bullet, heading, lead, note, paragraph } from '../word-text';
import { chartFigure } from './figures';

/** Parents before their children, so the bodies read from the top of the chart down. */
function inChartOrder(bodies: OrgBody[]): OrgBody[] {
  const ids = new Set(bodies.map((b) => b.id));
  const children = new Map<string, OrgBody[]>();
  for (const b of bodies) {
    if (b.parentId && ids.has(b.parentId) && b.parentId !== b.id)
      children.set(b.parentId, [...(children.get(b.parentId) ?? []), b]);
  }
  const ordered: OrgBody[] = [];
  const seen = new Set<string>();
  const visit = (body: OrgBody) => {
    if (seen.has(body.id)) return;
    seen.add(body.id);
    ordered.push(body);
    for (const child of children.get(body.id) ?? []) visit(child);
  };
  for (const b of bodies) if (!b.parentId || !ids.has(b.parentId)) visit(b);
  // Bodies in a reporting loop have no top; they follow in the plan's order.
  for (const b of bodies) visit(b);
  return ordered;
}

function bodyBlock(ctx: WordContext, body: OrgBody) {
  const children = [heading(3, bodyName(body))];
  const parent = body.parentId ? ctx.bodies.get(body.parentId) : undefined;
  const advises = body.advisesIds.flatMap((id) => {
    const b = ctx.bodies.get(id);
    return b ? [bodyName(b)] : [];
  });
  const meta = [
    bodyTypeLabels[body.type],
    parent ? `rapporterer til ${bodyName(parent)}` : 'øverst i organisasjonen',
    ...(advises.length > 0 ? [`gir råd til ${advises.join(', ')}`] : []),
  ];
  children.push(paragraph(meta.join(' · '), STYLE.meta));
  if (body.description.trim()) children.push(paragraph(body.description.trim()));

  const members = body.members.flatMap((m) => {
    const person = ctx.people.get(m.personId);
    if (!person) return [];
    const who = personName(person);
    return [m.role.trim() ? `${who} (${m.role.trim()})` : who];
  });
  if (members.length > 0) {
    children.push(paragraph('Medlemmer', STYLE.label), ...members.map((m) => bullet(m)));
  } else if (body.type !== 'politisk-organ' && body.type !== 'ekstern-partner') {
    children.push(note('Ingen medlemmer er registrert.'));
  }
  const duties = body.responsibilities.filter((r) => r.trim());
  if (duties.length > 0)
    children.push(
      paragraph('Ansvar og oppgaver', STYLE.label),
      ...duties.map((r) => bullet(r.trim())),
    );
  else children.push(note('Ansvar og oppgaver er ikke beskrevet.'));
  return children;
}

function partnerTable(ctx: WordContext) {
  const contacts = ctx.plan.partners.map((p) => {
    const contact = p.contactPersonId ? ctx.people.get(p.contactPersonId) : undefined;
    return contact ? personName(contact, 'short') : '';
  });
  // The contact column only when some partner has a contact person, and the involvement
  // columns only when someone chose an involvement (nobody reads a default as a decision).
  const withContact = contacts.some(Boolean);
  const shownLevels = ctx.plan.partners.some((p) => p.involvement) ? involvementLevels : [];
  const [name, ...rest] = widths(TEXT_WIDTH.portrait, [
    withContact ? 2.6 : 3.6,
    ...(withContact ? [1.8] : []),
    ...shownLevels.map(() => 1.45),
  ]);
  const levels = withContact ? rest.slice(1) : rest;
  return planTable(
    [
      { title: 'Samarbeidspartner', width: name! },
      ...(withContact ? [{ title: 'Kontaktperson', width: rest[0]! }] : []),
      ...shownLevels.map((level, i) => ({
        title: involvementLabels[level],
        width: levels[i]!,
        centred: true,
      })),
    ],
    ctx.plan.partners.map((p, i) => ({
      cells: [
        [[bold(partnerName(p))], ...(p.description.trim() ? [p.description.trim()] : [])],
        ...(withContact ? [contacts[i]!] : []),
        ...shownLevels.map((level) => (p.involvement === level ? 'X' : '')),
      ],
    })),
  );
}

/** The org chart (when the browser drew it), each body's members and duties, and the partners. */
export function organisationPart(ctx: WordContext): WordPart {
  const { plan } = ctx;
  const children: FileChild[] = [heading(1, 'Organisering')];
  if (plan.organisation.length === 0) {
    children.push(note('Organiseringen av programmet er ikke beskrevet ennå.'));
  } else {
    children.push(
      paragraph(
        'Slik er programmet organisert: hvem som har ansvar, hvem som rapporterer til hvem, og hvem som deltar.',
      ),
    );
    if (ctx.assets.orgChart)
      children.push(
        ...chartFigure(ctx.assets.orgChart, {
          name: 'Organisasjonskart',
          description: describeOrganisation(ctx.plan),
          caption: 'Organisasjonskart for programmet',
        }),
      );
    children.push(heading(2, 'Organisasjonsledd og ansvar'));
    for (const body of inChartOrder(plan.organisation)) children.push(...bodyBlock(ctx, body));
  }
  children.push(heading(2, 'Samarbeidspartnere'));
  if (plan.partners.length === 0) children.push(note('Planen har ingen samarbeidspartnere ennå.'));
  else
    children.push(
      lead(
        plan.partners.some((p) => p.involvement)
          ? 'Tabellen viser hvordan hver samarbeidspartner er involvert i programmet.'
          : 'Programmet samarbeider med disse:',
      ),
      partnerTable(ctx),
    );
  return part('portrait', children);
}
