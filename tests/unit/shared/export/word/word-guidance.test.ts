import { describe, expect, it } from 'vitest';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordSectionIds } from '#shared/export/word/word-export-options';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { setChapterContent } from '#shared/plan/chapter-operations';
import { V2_EXAMPLE_PEOPLE, V2_GUIDANCE_SENTENCES } from '#shared/plan/v2-template-content';
import { decodeXml, readDocx } from '../../../../support/docx-reader';
import { readShippedTemplate, templateFiles } from '../../../../support/shipped-templates';

// A writing prompt in the document a bystyre adopts reads as if the municipality wrote it. The
// builder must never print one, nor a template's invented people or example figures.

async function documentXml(plan: Parameters<typeof buildPlanDocx>[0]): Promise<string> {
  const bytes = await buildPlanDocx(
    plan,
    { sections: [...wordSectionIds], date: '2027-03-01' },
    { orgChart: null },
  );
  return decodeXml(readDocx(bytes).part('word/document.xml'));
}

const guidanceOf = (plan: ReturnType<typeof readShippedTemplate>['plan']) =>
  plan.chapters.flatMap((c) =>
    c.content.flatMap((b) =>
      b.type === 'guidance' ? [b.content.map((r) => r.text).join('')] : [],
    ),
  );

describe('the Word document made from a template', () => {
  it.each(templateFiles())('%s: holds no guidance sentence', async (file) => {
    const plan = instantiateTemplate(readShippedTemplate(file).plan, '', new Date('2027-03-01'));
    const xml = await documentXml(plan);
    for (const sentence of [...guidanceOf(plan), ...V2_GUIDANCE_SENTENCES]) {
      expect(xml).not.toContain(sentence);
    }
    // The chapters are still there, with their own text.
    for (const chapter of plan.chapters) expect(xml).toContain(chapter.title);
  });

  it('names no example person and prints no example address', async () => {
    const plan = instantiateTemplate(
      readShippedTemplate('oslo-bydel.json').plan,
      '',
      new Date('2027-03-01'),
    );
    expect(plan.people.every((p) => p.example)).toBe(true);
    const xml = await documentXml(plan);
    expect(xml).not.toContain('eksempel.no');
    for (const person of V2_EXAMPLE_PEOPLE) expect(xml).not.toContain(person.name);
  });

  it('shows the example figures only once confirmed or replaced', async () => {
    const plan = instantiateTemplate(
      readShippedTemplate('oslo-bydel.json').plan,
      '',
      new Date('2027-03-01'),
    );
    const rows = (xml: string) =>
      [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
        .map((m) => m[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '))
        .filter((row) => row.includes('Antall boliger tildelt prioriterte grupper'));
    const before = rows(await documentXml(plan));
    expect(before.length).toBeGreaterThan(0);
    expect(before.join()).not.toMatch(/\b40\b.*2026|\b60\b.*2030/);

    const indicator = plan.mainGoals
      .flatMap((g) => g.subGoals)
      .flatMap((s) => s.resultGoals)
      .find((r) => r.id === 'rm-fa1')!.indicator!;
    indicator.baseline = { value: 40, year: 2026 };
    indicator.target = { value: 60, year: 2030 };
    const after = rows(await documentXml(plan)).join();
    expect(after).toMatch(/40 \(2026\)/);
    expect(after).toMatch(/60 \(2030\)/);
  });

  it('keeps the user’s own text beside guidance that is left', async () => {
    let plan = instantiateTemplate(
      readShippedTemplate('oslo-bydel.json').plan,
      '',
      new Date('2027-03-01'),
    );
    const background = plan.chapters.find((c) => c.id === 'ch-bakgrunn')!;
    plan = setChapterContent(plan, background.id, [
      { type: 'paragraph', content: [{ text: 'Bydelen har 52 000 innbyggere.' }] },
      ...background.content,
    ]);
    const xml = await documentXml(plan);
    expect(xml).toContain('Bydelen har 52 000 innbyggere.');
    expect(xml).not.toContain('Beskriv bydelen med tall og kilder');
  });
});
