import type { Plan } from '../model/plan';
import { bodyTypeLabels, bodyTypes, type BodyType } from '../model/organisation';
import { bodyName, personName } from '../model/party-name';
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

/**
 * Characters per label line: narrower boxes top-down keep wide organisations printable. Members
 * and responsibilities get a little more room, so a box with a list is not a narrow tower.
 */
const LINE_WIDTH: Record<ChartDirection, number> = { TB: 26, LR: 32 };
const DETAIL_EXTRA = 6;

export type ChartDirection = 'TB' | 'LR';

/** What the renderer needs besides the source to finish the drawing (see renderChartSvg). */
export interface ChartHints {
  direction: ChartDirection;
  /** Reporting lines (mermaid node ids), redrawn after layout as org-chart elbows. */
  treeEdges: { from: string; to: string }[];
  /** Lines redrawn straight from the middle of one level to the next (goal structure). */
  directEdges: { from: string; to: string }[];
  /** How many first lines of a node's label are its name, drawn in bold. */
  titleLines: Record<string, number>;
  /**
   * Node ids whose boxes, where they share a level, are read in this order («Hovedmål 1, 2, 3»)
   * even if mermaid placed them otherwise to cross fewer lines.
   */
  inOrder?: string[][];
}

export type ChartSource =
  | { ok: true; source: string; warnings: string[]; hints: ChartHints }
  | { ok: false; message: string };

/**
 * Mermaid's settings for every chart. Mermaid 12 defaults to the ELK layout, the "neo" look and
 * 120 px wrapping; these give the classic dagre layout, plain SVG text (no foreignObject, so the
 * chart shows in Word and image viewers and can be drawn on a canvas) and our own line breaks.
 * The font is set at the root: a themeVariables font is dropped from mermaid's CSS.
 */
export function chartFrontmatter(
  direction: ChartDirection,
  { minNodeWidth }: { minNodeWidth?: number } = {},
): string[] {
  // Boxes at least as wide as most labels, so a level of boxes lines up evenly.
  const [nodeSpacing, rankSpacing, defaultWidth] =
    direction === 'TB' ? [28, 56, 180] : [18, 64, 220];
  const minWidth = minNodeWidth ?? defaultWidth;
  return [
    '---',
    'config:',
    '  htmlLabels: false',
    '  layout: dagre',
    '  theme: base',
    '  look: classic',
    "  fontFamily: 'Arial, Helvetica, sans-serif'",
    '  themeVariables:',
    "    primaryColor: '#ffffff'",
    "    primaryTextColor: '#1b1b1b'",
    "    primaryBorderColor: '#44546a'",
    "    lineColor: '#44546a'",
    '  flowchart:',
    '    curve: rounded',
    `    nodeSpacing: ${nodeSpacing}`,
    `    rankSpacing: ${rankSpacing}`,
    '    padding: 14',
    '    wrappingWidth: 2000',
    `    minNodeWidth: ${minWidth}`,
    '    diagramPadding: 16',
    '---',
  ];
}

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
    const names = cycle.map((id) => {
      const body = bodies.find((b) => b.id === id);
      return body ? bodyName(body) : id;
    });
    return {
      ok: false,
      message: `Rapporteringslinjene går i ring (${names.join(' → ')}), så kartet kan ikke tegnes.`,
    };
  }
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const people = new Map(plan.people.map((p) => [p.id, p]));
  const warnings: string[] = [];
  const node = (id: string) => mermaidNodeId('b', id);

  const width = LINE_WIDTH[options.direction];
  const detailWidth = width + DETAIL_EXTRA;
  const hints: ChartHints = {
    direction: options.direction,
    treeEdges: [],
    directEdges: [],
    titleLines: {},
  };
  const lines = [...chartFrontmatter(options.direction), `flowchart ${options.direction}`];
  for (const body of bodies) {
    const label: string[] = wrapText(bodyName(body), width);
    hints.titleLines[node(body.id)] = label.length;
    if (options.showMembers) {
      for (const member of body.members) {
        const person = people.get(member.personId);
        if (!person) continue;
        const text = [personName(person, 'short'), member.role && `(${member.role})`]
          .filter(Boolean)
          .join(' ');
        label.push(...wrapText(text, detailWidth));
      }
    }
    if (options.showResponsibilities) {
      for (const r of body.responsibilities.filter((x) => x.trim())) {
        const [first = '', ...rest] = wrapText(r, detailWidth - 2);
        label.push(`• ${first}`, ...rest.map((l) => `  ${l}`));
      }
    }
    const style = options.colourByType ? `:::${body.type.replace(/-/g, '_')}` : '';
    lines.push(`  ${node(body.id)}[${mermaidLabel(label)}]${style}`);
  }
  for (const body of bodies) {
    if (!body.parentId) continue;
    if (!byId.has(body.parentId)) {
      warnings.push(
        `«${bodyName(body)}» rapporterer til et ledd som ikke finnes, og vises øverst.`,
      );
      continue;
    }
    // Plain lines, as in an organisation chart; the renderer draws them as elbows.
    lines.push(`  ${node(body.parentId)} --- ${node(body.id)}`);
    hints.treeEdges.push({ from: node(body.parentId), to: node(body.id) });
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
  return { ok: true, source: `${lines.join('\n')}\n`, warnings, hints };
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
    const advises = b.advisesIds.flatMap((id) => {
      const adviser = byId.get(id);
      return adviser ? [bodyName(adviser)] : [];
    });
    return [
      `${bodyName(b)} (${type})${parent ? ` rapporterer til ${bodyName(parent)}` : ' er øverst'}`,
      advises.length ? ` og gir råd til ${advises.join(' og ')}` : '',
      '.',
    ].join('');
  });
  return `Organisasjonskart med ${bodies.length} ledd. ${sentences.join(' ')}`;
}
