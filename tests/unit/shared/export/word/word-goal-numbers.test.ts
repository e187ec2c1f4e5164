import { describe, expect, it } from 'vitest';
import { buildGoalChartSource, describeGoalStructure } from '#shared/charts/goal-chart-source';
import { mermaidNodeId } from '#shared/charts/mermaid-text';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import type { Plan } from '#shared/model/plan';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { addMainGoal, addResultGoal, addSubGoal } from '#shared/plan/goal-operations';
import { newMeasure } from '#shared/plan/measure-operations';
import { buildSlides } from '#shared/plan/presentation-slides';
import { listGoals } from '#shared/plan/traceability';
import { bodyBlocks, headings, readDocx, textOf } from '../../../../support/docx-reader';
import { solidPng, wordSections } from '../../../../support/word-export-fixtures';
import { twoFocusAreas } from '../../../../support/two-focus-areas';

/**
 * A plan entered from Husbanken's form: main goal 1 belongs to focus area 2, main goals 2 and 3
 * are for the whole plan; focus area 1 has two sub-goals, area 2 one, and main goal 3 one of its
 * own.
 */
function formPlan(): Plan {
  let plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
  plan.info.title = 'Boligsosial handlingsplan';
  plan.vision.text = 'Alle skal bo godt.';
  plan.focusAreas = twoFocusAreas();
  plan = addMainGoal(plan, { title: 'Bo trygt', focusAreaId: 'fa-2' }, 'g-1');
  plan = addMainGoal(plan, { title: 'Flere i egen bolig' }, 'g-2');
  plan = addMainGoal(plan, { title: 'Samordnet innsats' }, 'g-3');
  plan = addSubGoal(plan, 'g-2', { title: 'Kortere botid', focusAreaId: 'fa-1' }, 's-11');
  plan = addSubGoal(plan, 'g-2', { title: 'Flere utleieboliger', focusAreaId: 'fa-1' }, 's-12');
  plan = addSubGoal(plan, 'g-3', { title: 'Færre utkastelser', focusAreaId: 'fa-2' }, 's-21');
  plan = addSubGoal(plan, 'g-3', { title: 'Felles rutiner' }, 's-own');
  plan = addResultGoal(plan, 's-12', { title: 'Ti nye boliger' }, 'r-121');
  plan.measures = [newMeasure('m-1', 'fa-1', '1A'), newMeasure('m-2', 'fa-2', '2A')];
  return plan;
}

const chartImage = {
  svg: '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="300"></svg>',
  png: solidPng(64, 30, [220, 235, 247]),
  width: 640,
  height: 300,
};

describe('one number per goal: editor, chart and Word agree', () => {
  const plan = formPlan();
  const labels = new Map(listGoals(plan).map((g) => [g.id, g.label]));

  it('numbers the goals as the form does', () => {
    expect([...labels.values()]).toEqual([
      'Hovedmål 1',
      'Hovedmål 2',
      'Delmål 1.1',
      'Delmål 1.2',
      'Resultatmål 1.2.1',
      'Hovedmål 3',
      'Delmål 2.1',
      'Delmål 3.1',
    ]);
  });

  it('gives the plan’s main goals in the goal chart the editor’s numbers (issue 16 point 4)', () => {
    const chart = buildGoalChartSource(plan);
    if (!chart.ok) throw new Error(chart.message);
    // Main goal 1 belongs to a focus area and is not drawn; the others keep their own numbers.
    expect(chart.source).toContain('Hovedmål 2');
    expect(chart.source).toContain('Hovedmål 3');
    expect(chart.source).not.toMatch(/Hovedmål 1\b/);
    // The boxes of each level are kept in the plan's order, whatever crosses fewer lines.
    expect(chart.hints.inOrder?.[0]).toEqual(
      plan.mainGoals.filter((g) => g.focusAreaId === null).map((g) => mermaidNodeId('g', g.id)),
    );
    expect(describeGoalStructure(plan)).toContain(
      'Hovedmål 2: Flere i egen bolig. Hovedmål 3: Samordnet innsats.',
    );
    const slides = buildSlides(plan, null);
    expect(slides.filter((s) => s.kind === 'goal').map((s) => s.kicker)).toEqual([
      'Hovedmål 2',
      'Hovedmål 3',
    ]);
    expect(slides.find((s) => s.kicker === 'Hovedmål 3')?.items.map((i) => i.code)).toEqual([
      '2.1',
      '3.1',
    ]);
  });

  it('uses the same numbers in the goals chapter, its figure table and the focus areas', async () => {
    const bytes = await buildPlanDocx(
      plan,
      { sections: ['mal', 'satsningsomrader'], date: '2026-03-01' },
      { orgChart: null, charts: { goalStructure: chartImage } },
    );
    const blocks = bodyBlocks(readDocx(bytes).part('word/document.xml'));
    const texts = blocks.map((b) => textOf(b.xml));
    expect(headings(blocks, 2)).toEqual(
      expect.arrayContaining([
        'Hovedmål 1: Bo trygt',
        'Hovedmål 2: Flere i egen bolig',
        'Hovedmål 3: Samordnet innsats',
      ]),
    );
    expect(headings(blocks, 3)).toEqual([
      'Delmål 1.1: Kortere botid',
      'Delmål 1.2: Flere utleieboliger',
      'Delmål 2.1: Færre utkastelser',
      'Delmål 3.1: Felles rutiner',
    ]);
    // A sub-goal of a focus area names the area under its heading.
    const at = texts.indexOf('Delmål 1.1: Kortere botid');
    expect(texts[at + 1]).toBe('Satsningsområde 1 Egnede boliger');
    // Once per sub-goal of an area: 1.1, 1.2 and 2.1; «Felles rutiner» (3.1) has none.
    const areaLines = texts.filter((t) => /^Satsningsområde \d [A-ZÆØÅ]/.test(t));
    expect(areaLines).toEqual([
      'Satsningsområde 1 Egnede boliger',
      'Satsningsområde 1 Egnede boliger',
      'Satsningsområde 2 Oppfølging',
    ]);
    // The goal structure table under the chart.
    const figureTable = blocks.find((b) => b.kind === 'tbl' && textOf(b.xml).includes('Visjonen'));
    expect(textOf(figureTable!.xml)).toContain('Hovedmål 2');
    expect(textOf(figureTable!.xml)).toContain('Hovedmål 3');
    expect(textOf(figureTable!.xml)).not.toMatch(/Hovedmål 1\D/);
  });

  it('lists each focus area’s sub-goals with their numbers and result goals', async () => {
    const { blocks } = await wordSections(plan, ['satsningsomrader']);
    const texts = blocks.map((b) => textOf(b.xml));
    const between = (from: string, to: string | null) =>
      texts.slice(texts.indexOf(from), to ? texts.indexOf(to) : undefined);
    const area1 = between('Satsningsområde 1: Egnede boliger', 'Satsningsområde 2: Oppfølging');
    const goalsOf = (part: string[]) =>
      part
        .slice(part.indexOf('Mål for satsningsområdet') + 1)
        .filter((t) => /^(Hoved|Del|Resultat)mål/.test(t));
    expect(goalsOf(area1)).toEqual([
      'Hovedmål 2: Flere i egen bolig',
      'Delmål 1.1: Kortere botid',
      'Delmål 1.2: Flere utleieboliger',
      'Resultatmål 1.2.1: Ti nye boliger',
    ]);
    const area2 = between('Satsningsområde 2: Oppfølging', null);
    expect(goalsOf(area2)).toEqual([
      'Hovedmål 1: Bo trygt',
      'Hovedmål 3: Samordnet innsats',
      'Delmål 2.1: Færre utkastelser',
    ]);
  });

  it('counts main goals and sub-goals in the summary', async () => {
    const { text } = await wordSections(plan, ['sammendrag']);
    expect(text).toContain('3 hovedmål, 4 delmål og 1 resultatmål');
  });
});
