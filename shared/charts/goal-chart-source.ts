import type { Plan } from '../model/plan';
import { goalNumbers } from '../plan/goal-numbers';
import { mainGoalOf } from '../plan/goal-outline';
import { chartFrontmatter, type ChartHints, type ChartSource } from './org-chart-source';
import { mermaidLabel, mermaidNodeId, wrapText } from './mermaid-text';

const LINE_WIDTH = 34;

/**
 * For the Word document: narrow boxes, so a level of five or six fits a portrait page at a size
 * that can be read in print (at the screen's width the chart is scaled to a third).
 */
export const PRINT_GOAL_CHART = { lineWidth: 16, minNodeWidth: 100 } as const;

/**
 * The goal structure as mermaid source: vision → main goals → strategies → focus areas.
 * A strategy hangs under the main goals it serves; a focus area under the strategies it uses.
 * Anything not linked hangs under the vision with a dashed line, so gaps are visible.
 */
export function buildGoalChartSource(
  plan: Plan,
  direction: 'TB' | 'LR' = 'TB',
  { lineWidth = LINE_WIDTH, minNodeWidth }: { lineWidth?: number; minNodeWidth?: number } = {},
): ChartSource {
  if (!plan.vision.text.trim() && plan.mainGoals.length === 0 && plan.strategies.length === 0) {
    return { ok: false, message: 'Planen har verken visjon, mål eller strategier ennå.' };
  }
  const vision = 'visjon';
  const lines = [...chartFrontmatter(direction, { minNodeWidth }), `flowchart ${direction}`];
  // Every label starts with what the box is ("Hovedmål 1"), drawn in bold.
  const hints: ChartHints = { direction, treeEdges: [], directEdges: [], titleLines: {} };
  const link = (from: string, to: string, dashed = false) => {
    hints.directEdges.push({ from, to });
    return `  ${from} ${dashed ? '-.->' : '-->'} ${to}`;
  };
  const label = (node: string, prefix: string, text: string) => {
    hints.titleLines[node] = 1;
    return mermaidLabel([prefix, ...wrapText(text.trim() || 'Uten navn', lineWidth)]);
  };
  lines.push(
    `  ${vision}[${label(vision, 'Visjon', plan.vision.text || 'Ikke skrevet ennå')}]:::visjon`,
  );

  // Numbered as everywhere else (not by place among the plan's own goals), so «Hovedmål 3» in
  // the chart is «Hovedmål 3» in the editor and the document.
  const numbers = goalNumbers(plan);
  const planGoals = plan.mainGoals.filter((g) => g.focusAreaId === null);
  planGoals.forEach((goal) => {
    const node = mermaidNodeId('g', goal.id);
    lines.push(
      `  ${node}[${label(node, `Hovedmål ${numbers.get(goal.id) ?? ''}`.trim(), goal.title)}]:::mal`,
    );
    lines.push(link(vision, node));
  });
  const planGoalIds = new Set(planGoals.map((g) => g.id));
  for (const s of plan.strategies) {
    const node = mermaidNodeId('s', s.id);
    lines.push(`  ${node}[${label(node, `Strategi ${s.code}`.trim(), s.title)}]:::strategi`);
    const goals = [...new Set(s.goalIds.map((id) => mainGoalOf(plan, id)))].filter(
      (id): id is string => id !== null && planGoalIds.has(id),
    );
    if (goals.length === 0) lines.push(link(vision, node, true));
    for (const goal of goals) lines.push(link(mermaidNodeId('g', goal), node));
  }
  const strategyIds = new Set(plan.strategies.map((s) => s.id));
  for (const area of plan.focusAreas) {
    const node = mermaidNodeId('f', area.id);
    lines.push(
      `  ${node}[${label(node, `Satsningsområde ${area.code}`.trim(), area.title)}]:::omrade`,
    );
    const used = area.strategyIds.filter((id) => strategyIds.has(id));
    if (used.length === 0) lines.push(link(vision, node, true));
    for (const id of used) lines.push(link(mermaidNodeId('s', id), node));
  }
  lines.push(
    '  classDef visjon fill:#d5efe4,stroke:#1f5f4a,color:#1b1b1b',
    '  classDef mal fill:#dcebf7,stroke:#2b5b84,color:#1b1b1b',
    '  classDef strategi fill:#f7e3c4,stroke:#8a5a12,color:#1b1b1b',
    '  classDef omrade fill:#e6e0f5,stroke:#54408f,color:#1b1b1b',
  );
  // Goals, strategies and areas read left to right in their numbers' order, as in the plan.
  hints.inOrder = [
    planGoals.map((g) => mermaidNodeId('g', g.id)),
    plan.strategies.map((s) => mermaidNodeId('s', s.id)),
    plan.focusAreas.map((f) => mermaidNodeId('f', f.id)),
  ];
  return { ok: true, source: `${lines.join('\n')}\n`, warnings: [], hints };
}

/** The goal structure in words: for screen readers, «Kartet beskrevet med ord» and Word's alt text. */
export function describeGoalStructure(plan: Plan): string {
  const goals = plan.mainGoals.filter((g) => g.focusAreaId === null);
  const numbers = goalNumbers(plan);
  const parts = [
    `Visjon: ${plan.vision.text.trim() || 'ikke skrevet ennå'}.`,
    ...goals.map((g) => `Hovedmål ${numbers.get(g.id) ?? ''}: ${g.title || 'uten tittel'}.`),
    ...plan.strategies.map((s) => `Strategi ${s.code}: ${s.title || 'uten tittel'}.`),
    ...plan.focusAreas.map((f) => {
      const used = plan.strategies.filter((s) => f.strategyIds.includes(s.id));
      return `Satsningsområde ${f.code}: ${f.title || 'uten tittel'}${
        used.length ? `, bruker strategi ${used.map((s) => s.code).join(', ')}` : ''
      }.`;
    }),
  ];
  return `Målstruktur. ${parts.join(' ')}`;
}
