import type { Plan } from '../model/plan';
import { bodyTypeLabels, bodyTypes, type BodyType } from '../model/organisation';
import { findReportingCycle } from '../plan/integrity';
import { mermaidLabel, mermaidNodeId, wrapText } from './mermaid-text';

export interface OrgChartOptions {
  direction: 'TB' | 'LR';
  showMembers: boolean;
  showResponsibilities: boolean;
  colourByType: boolean;
}

export const defaultOrgChartOptions: OrgChartOptions = {
  direction: 'TB',
  showMembers: true,
  showResponsibilities: false,
  colourByType: true,
};

/** Fill colours per body type: light enough for dark text (contrast ≥ 7:1), distinct in print. */
export const bodyTypeColours: Record<BodyType, string> = {
  'politisk-organ': '#f6d7d2',
  programansvarlig: '#f7e3c4',
  styringsgruppe: '#e6e0f5',
  'koordinerende-enhet': '#dcebf7',
  programledelse: '#d5efe4',
  referansegruppe: '#f2f2d0',
  arbeidsgruppe: '#e3f0d3',
  delprosjekt: '#ece6df',
  'ekstern-partner': '#e4e4e4',
};

const LINE_WIDTH = 32;

export type ChartSource =
  { ok: true; source: string; warnings: string[] } | { ok: false; message: string };

/** Mermaid's settings for every chart: plain SVG text (no foreignObject), classic layout. */
export const chartFrontmatter = [
  '---',
  'config:',
  '  htmlLabels: false',
  '  layout: dagre',
  '  theme: base',
  '  themeVariables:',
  "    fontFamily: 'Arial, Helvetica, sans-serif'",
  "    primaryColor: '#ffffff'",
  "    primaryTextColor: '#1b1b1b'",
  "    lineColor: '#44546a'",
  '---',
];

/**
 * The organisation chart as mermaid source: a pure, deterministic function of the plan, so the
 * same plan always gives the same chart (on screen, in .mmd, SVG, PNG and Word).
 */
export function buildOrgChartSource(
  plan: Plan,
  options: OrgChartOptions = defaultOrgChartOptions,
): ChartSource {
  const bodies = plan.organisation;
  if (bodies.length === 0) return { ok: false, message: 'Organisasjonen har ingen ledd ennå.' };
  const cycle = findReportingCycle(bodies);
  if (cycle) {
    const names = cycle.map((id) => bodies.find((b) => b.id === id)?.name || 'uten navn');
    return {
      ok: false,
      message: `Rapporteringslinjene går i ring (${names.join(' → ')}), så kartet kan ikke tegnes.`,
    };
  }
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const warnings: string[] = [];
  const node = (id: string) => mermaidNodeId('b', id);

  const lines = [...chartFrontmatter, `flowchart ${options.direction}`];
  for (const body of bodies) {
    const label: string[] = wrapText(body.name.trim() || 'Uten navn', LINE_WIDTH);
    if (options.showMembers) {
      for (const member of body.members) {
        const person = people.get(member.personId);
        if (!person) continue;
        const text = [person.name, member.role && `(${member.role})`].filter(Boolean).join(' ');
        label.push(...wrapText(text, LINE_WIDTH));
      }
    }
    if (options.showResponsibilities) {
      for (const r of body.responsibilities.filter((x) => x.trim())) {
        const [first = '', ...rest] = wrapText(r, LINE_WIDTH - 2);
        label.push(`• ${first}`, ...rest.map((l) => `  ${l}`));
      }
    }
    const style = options.colourByType ? `:::${body.type.replace(/-/g, '_')}` : '';
    lines.push(`  ${node(body.id)}[${mermaidLabel(label)}]${style}`);
  }
  for (const body of bodies) {
    if (!body.parentId) continue;
    if (!byId.has(body.parentId)) {
      warnings.push(`«${body.name}» rapporterer til et ledd som ikke finnes, og vises øverst.`);
      continue;
    }
    lines.push(`  ${node(body.parentId)} --> ${node(body.id)}`);
  }
  for (const body of bodies) {
    for (const target of body.advisesIds) {
      if (byId.has(target))
        lines.push(`  ${node(body.id)} -.->|${mermaidLabel(['gir råd'])}| ${node(target)}`);
    }
  }
  if (options.colourByType) {
    const used = bodyTypes.filter((t) => bodies.some((b) => b.type === t));
    for (const type of used) {
      lines.push(
        `  classDef ${type.replace(/-/g, '_')} fill:${bodyTypeColours[type]},stroke:#44546a,color:#1b1b1b`,
      );
    }
  }
  return { ok: true, source: `${lines.join('\n')}\n`, warnings };
}

/** The body types in the chart with their colours, for a legend beside it. */
export function orgChartLegend(plan: Plan): { type: BodyType; label: string; colour: string }[] {
  return bodyTypes
    .filter((t) => plan.organisation.some((b) => b.type === t))
    .map((type) => ({ type, label: bodyTypeLabels[type], colour: bodyTypeColours[type] }));
}

/** A sentence-by-sentence description of the structure, for alt text and screen readers. */
export function describeOrganisation(plan: Plan): string {
  const bodies = plan.organisation;
  if (bodies.length === 0) return 'Organisasjonen har ingen ledd.';
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const sentences = bodies.map((b) => {
    const type = bodyTypeLabels[b.type].toLowerCase();
    const parent = b.parentId ? byId.get(b.parentId) : undefined;
    const advises = b.advisesIds.map((id) => byId.get(id)?.name).filter(Boolean);
    return [
      `${b.name || 'Uten navn'} (${type})${parent ? ` rapporterer til ${parent.name}` : ' er øverst'}`,
      advises.length ? ` og gir råd til ${advises.join(' og ')}` : '',
      '.',
    ].join('');
  });
  return `Organisasjonskart med ${bodies.length} ledd. ${sentences.join(' ')}`;
}
