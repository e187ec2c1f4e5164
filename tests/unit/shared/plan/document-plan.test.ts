import { describe, expect, it } from 'vitest';
import { planSchema } from '#shared/model/plan';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { planForDocument } from '#shared/plan/document-plan';
import { newMeasure } from '#shared/plan/measure-operations';
import { planWorkbookSheets } from '#shared/export/excel/plan-workbook';
import { readShippedTemplate } from '../../../support/shipped-templates';
import { samplePlan } from '../../../support/plan-fixtures';

const oslo = () =>
  instantiateTemplate(readShippedTemplate('oslo-bydel.json').plan, '', new Date('2027-03-01'));

describe('the plan as documents show it', () => {
  it('leaves out guidance, example figures and example people, and still hangs together', () => {
    const plan = oslo();
    plan.measures.push({
      ...newMeasure('m-x', plan.focusAreas[0]!.id, '1A'),
      owner: { kind: 'person', id: 'p-3' },
    });
    const shown = planForDocument(plan);
    expect(planSchema.safeParse(shown).success).toBe(true);
    expect(shown.chapters.flatMap((c) => c.content).some((b) => b.type === 'guidance')).toBe(false);
    expect(shown.people).toEqual([]);
    expect(shown.info.programmeLeader).toBeNull();
    expect(shown.measures[0]!.owner).toBeNull();
    expect(shown.organisation.flatMap((b) => b.members)).toEqual([]);
    const figures = shown.mainGoals
      .flatMap((g) => g.subGoals)
      .flatMap((s) => s.resultGoals)
      .map((r) => [r.indicator?.baseline ?? null, r.indicator?.target ?? null]);
    expect(figures.flat().every((p) => p === null)).toBe(true);
  });

  it('keeps a confirmed person and the user’s own text', () => {
    const plan = oslo();
    delete plan.people.find((p) => p.id === 'p-3')!.example;
    const shown = planForDocument(plan);
    expect(shown.people.map((p) => p.id)).toEqual(['p-3']);
    expect(shown.info.programmeLeader).toEqual({ kind: 'person', id: 'p-3' });
    expect(shown.chapters.find((c) => c.id === 'ch-innledning')!.content).toHaveLength(1);
  });

  it('is the same plan when there is nothing to leave out', () => {
    const plan = samplePlan();
    expect(planForDocument(plan)).toBe(plan);
  });

  it('names no example person in the Excel activity sheet', () => {
    const plan = oslo();
    plan.measures.push({
      ...newMeasure('m-x', plan.focusAreas[0]!.id, '1A'),
      owner: { kind: 'person', id: 'p-3' },
    });
    const everything = JSON.stringify(planWorkbookSheets(plan));
    expect(everything).toContain('1A');
    expect(everything).not.toContain('Marte Fjellheim');
  });
});

describe('a chapter with prompts under the template’s headings', () => {
  it('loses a heading that only had a prompt under it, and keeps one with text', () => {
    const plan = oslo();
    const background = plan.chapters.find((c) => c.id === 'ch-bakgrunn')!;
    // «Befolkning» gets text; «Boligmassen» and «Levekår» keep only their prompts.
    background.content.splice(3, 0, {
      type: 'paragraph',
      content: [{ text: 'Bydelen har 52 000 innbyggere.' }],
    });
    const shown = planForDocument(plan).chapters.find((c) => c.id === 'ch-bakgrunn')!;
    expect(shown.content).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Befolkning' }] },
      { type: 'paragraph', content: [{ text: 'Bydelen har 52 000 innbyggere.' }] },
    ]);
  });
});
