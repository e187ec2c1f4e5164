import type { Plan } from '../model/plan';
import { chartFrontmatter, type ChartSource } from './org-chart-source';
import { mermaidLabel, mermaidNodeId, wrapText } from './mermaid-text';

const LINE_WIDTH = 34;

/** Which main goal a goal id belongs to (main, sub or result goal). */
export function mainGoalOf(plan: Plan, goalId: string): string | null {
  for (const main of plan.mainGoals) {
    if (main.id === goalId) return main.id;
    for (const sub of main.subGoals) {
      if (sub.id === goalId || sub.resultGoals.some((r) => r.id === goalId)) return main.id;
    }
  }
  return null;
}

/**
 * The goal structure as mermaid source: vision → main goals → strategies → focus areas.
 * A strategy hangs under the main goals it serves; a focus area under the strategies it uses.
 * Anything not linked hangs under the vision with a dashed line, so gaps are visible.
 */
export function buildGoalChartSource(plan: Plan, direction: 'TB' | 'LR' = 'TB'): ChartSource {
  if (!plan.vision.text.trim() && plan.mainGoals.length === 0 && plan.strategies.length === 0) {
    return { ok: false, message: 'Planen har verken visjon, mål eller strategier ennå.' };
  }
  const vision = 'visjon';
  const lines = [...chartFrontmatter, `flowchart ${direction}`];
  const label = (prefix: string, text: string) =>
    mermaidLabel([prefix, ...wrapText(text.trim() || 'Uten navn', LINE_WIDTH)]);
  lines.push(`  ${vision}[${label('Visjon', plan.vision.text || 'Ikke skrevet ennå')}]:::visjon`);

  const planGoals = plan.mainGoals.filter((g) => g.focusAreaId === null);
  planGoals.forEach((goal, i) => {
    lines.push(`  ${mermaidNodeId('g', goal.id)}[${label(`Hovedmål ${i + 1}`, goal.title)}]:::mal`);
    lines.push(`  ${vision} --> ${mermaidNodeId('g', goal.id)}`);
  });
  const planGoalIds = new Set(planGoals.map((g) => g.id));
  for (const s of plan.strategies) {
    const node = mermaidNodeId('s', s.id);
    lines.push(`  ${node}[${label(`Strategi ${s.code}`.trim(), s.title)}]:::strategi`);
    const goals = [...new Set(s.goalIds.map((id) => mainGoalOf(plan, id)))].filter(
      (id): id is string => id !== null && planGoalIds.has(id),
    );
    if (goals.length === 0) lines.push(`  ${vision} -.-> ${node}`);
    for (const goal of goals) lines.push(`  ${mermaidNodeId('g', goal)} --> ${node}`);
  }
  const strategyIds = new Set(plan.strategies.map((s) => s.id));
  for (const area of plan.focusAreas) {
    const node = mermaidNodeId('f', area.id);
    lines.push(`  ${node}[${label(`Satsningsområde ${area.code}`.trim(), area.title)}]:::omrade`);
    const used = area.strategyIds.filter((id) => strategyIds.has(id));
    if (used.length === 0) lines.push(`  ${vision} -.-> ${node}`);
    for (const id of used) lines.push(`  ${mermaidNodeId('s', id)} --> ${node}`);
  }
  lines.push(
    '  classDef visjon fill:#d5efe4,stroke:#1f5f4a,color:#1b1b1b',
    '  classDef mal fill:#dcebf7,stroke:#2b5b84,color:#1b1b1b',
    '  classDef strategi fill:#f7e3c4,stroke:#8a5a12,color:#1b1b1b',
    '  classDef omrade fill:#e6e0f5,stroke:#54408f,color:#1b1b1b',
  );
  return { ok: true, source: `${lines.join('\n')}\n`, warnings: [] };
}
