import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '#shared/model/plan';
import { readPlanText } from '#shared/plan/read-plan';
import { V2_GUIDANCE_SENTENCES } from '#shared/plan/v2-template-content';
import { templateFiles, readShippedTemplate } from '../../../support/shipped-templates';
import { repoRoot } from '../../../support/repo-root';

// A plan file saved by file format 2 (main before guidance blocks), made with that version's own
// instantiateTemplate from the Oslo template: Innledning's prompt untouched, the first prompt of
// «Status og utfordringer» edited, person p-3 replaced by a real person, one baseline edited.
const v2Text = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'plan-saved-by-version-2.bsplan'),
  'utf8',
);

function open(text: string) {
  const result = readPlanText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.plan;
}
const chapter = (plan: ReturnType<typeof open>, id: string) =>
  plan.chapters.find((c) => c.id === id)!;
const indicator = (plan: ReturnType<typeof open>, resultGoalId: string) =>
  plan.mainGoals
    .flatMap((g) => g.subGoals)
    .flatMap((s) => s.resultGoals)
    .find((r) => r.id === resultGoalId)!.indicator!;

describe('opening a plan saved by file format 2', () => {
  it('turns the untouched writing prompts into guidance blocks', () => {
    expect(JSON.parse(v2Text).schemaVersion).toBe(2);
    const plan = open(v2Text);
    expect(plan.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const intro = chapter(plan, 'ch-innledning').content;
    expect(intro[0]).toMatchObject({ type: 'paragraph' });
    expect(intro[1]).toEqual({
      type: 'guidance',
      content: [{ text: expect.stringMatching(/^Skriv kort om hvorfor bydelen deltar/) }],
    });
    const background = chapter(plan, 'ch-bakgrunn').content;
    expect(background.map((b) => b.type)).toEqual([
      'guidance',
      'heading',
      'guidance',
      'heading',
      'guidance',
      'heading',
      'guidance',
    ]);
  });

  it('keeps a prompt the user edited as the user’s own text, marks and all', () => {
    const plan = open(v2Text);
    const [first, second] = chapter(plan, 'ch-status').content;
    expect(first).toEqual({
      type: 'paragraph',
      content: [
        {
          text: 'Beskriv hvordan det boligsosiale arbeidet er organisert i bydelen i dag: ',
          italic: true,
        },
        { text: 'tre avdelinger deler ansvaret, og ingen har oversikt.' },
      ],
    });
    // Plain template text that was never a prompt stays a paragraph.
    expect(second).toEqual({ type: 'paragraph', content: [{ text: 'Typiske utfordringer er:' }] });
  });

  it('marks untouched example people and figures, and leaves edited ones alone', () => {
    const plan = open(v2Text);
    const people = new Map(plan.people.map((p) => [p.id, p]));
    expect(people.get('p-1')?.example).toBe(true);
    expect(people.get('p-9')?.example).toBe(true);
    expect(people.get('p-3')).toMatchObject({ name: 'Kari Nordvik' });
    expect(people.get('p-3')).not.toHaveProperty('example');

    expect(indicator(plan, 'rm-fa1').baseline).toEqual({ value: 40, year: 2026, example: true });
    expect(indicator(plan, 'rm-fa1').target).toEqual({ value: 60, year: 2030, example: true });
    expect(indicator(plan, 'rm-fa2').baseline).toEqual({ value: 31, year: 2026 });
    expect(indicator(plan, 'rm-fa2').target).toEqual({ value: 40, year: 2030, example: true });
  });

  it('recognises example figures in a plan moved forward to a later period', () => {
    const doc = JSON.parse(v2Text) as {
      info: { periodStart: number; periodEnd: number };
      mainGoals: {
        subGoals: {
          resultGoals: { indicator: { baseline: { year: number }; target: { year: number } } }[];
        }[];
      }[];
    };
    doc.info.periodStart += 2;
    doc.info.periodEnd += 2;
    for (const r of doc.mainGoals.flatMap((g) => g.subGoals).flatMap((s) => s.resultGoals)) {
      if (!r.indicator) continue;
      if (r.indicator.baseline) r.indicator.baseline.year += 2;
      if (r.indicator.target) r.indicator.target.year += 2;
    }
    const plan = open(JSON.stringify(doc));
    expect(indicator(plan, 'rm-fa3').baseline).toEqual({ value: 30, year: 2028, example: true });
  });
});

describe('the frozen list of version-2 prompts', () => {
  // When a template's prompt is reworded later, change this test, never the frozen list.
  it('is what the shipped templates hold as guidance, sentence for sentence', () => {
    const shipped = templateFiles().flatMap((file) =>
      readShippedTemplate(file).plan.chapters.flatMap((c) =>
        c.content.flatMap((b) => (b.type === 'guidance' ? [b.content[0]!.text] : [])),
      ),
    );
    expect(new Set(shipped)).toEqual(new Set(V2_GUIDANCE_SENTENCES));
  });
});
