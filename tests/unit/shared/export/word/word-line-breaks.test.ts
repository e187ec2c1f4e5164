import { describe, expect, it } from 'vitest';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordSectionIds } from '#shared/export/word/word-export-options';
import { bodyBlocks, cellsOf, readDocx, rowsOf, tableAfter } from '../../../../support/docx-reader';
import { wordExportPlan } from '../../../../support/word-export-fixtures';

// Tried with a real activity plan: lines typed on their own in «Kort beskrivelse» came out run
// together in Word and LibreOffice, because the newline stood raw inside one w:t.

describe('line breaks typed in a field', () => {
  it('become Word line breaks, never a raw newline inside the text', async () => {
    const plan = wordExportPlan();
    const measure = plan.measures[0]!;
    measure.description = 'Første linje\nAndre linje\n\nEtter en tom linje';
    measure.expectedResult = 'Flere i bolig\nFærre på hospits';
    const bytes = await buildPlanDocx(
      plan,
      { sections: [...wordSectionIds], date: '2026-03-01' },
      { orgChart: null },
    );
    const document = readDocx(bytes).part('word/document.xml');
    const texts = [...document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    expect(texts.filter((t) => t.includes('\n'))).toEqual([]);
    expect(document).toMatch(/Første linje<\/w:t><w:br\/><w:t[^>]*>Andre linje<\/w:t><w:br\/>/);

    const area = plan.focusAreas.find((f) => f.id === measure.focusAreaId)!;
    const table = tableAfter(bodyBlocks(document), `Tiltak i satsningsområde ${area.code}`);
    const row = rowsOf(table.xml)
      .map(cellsOf)
      .find((cells) => cells[0] === measure.code)!;
    // The reader turns w:br back into a newline: the lines are kept as typed.
    expect(row[1]).toContain('Første linje\nAndre linje\n\nEtter en tom linje');
    expect(row[2]).toContain('Flere i bolig\nFærre på hospits');
  });
});
