import { describe, expect, it } from 'vitest';
import { LONGEST_LAID_OUT_TEXT, buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordPresets } from '#shared/export/word/word-export-options';
import { LONGEST_UNBROKEN, wordText } from '#shared/export/word/word-run';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { readExportedDocx } from '../../../../support/exported-docx';
import { readDocx } from '../../../../support/docx-reader';

const ZWSP = '\u200B';
const options = { sections: [...wordPresets.full.sections], date: '2027-06-15' };

describe('wordText: text as the Word document gets it', () => {
  it('leaves ordinary words alone', () => {
    const word = 'a'.repeat(LONGEST_UNBROKEN);
    expect(wordText(`Bolig for velferd ${word} og mer`)).toBe(`Bolig for velferd ${word} og mer`);
  });

  it('gives a long word a break opportunity every LONGEST_UNBROKEN characters, losing nothing', () => {
    const word = 'x'.repeat(LONGEST_UNBROKEN * 2 + 5);
    const pieces = wordText(`start ${word} slutt`).split(ZWSP);
    expect(pieces.map((p) => p.length)).toEqual([6 + LONGEST_UNBROKEN, LONGEST_UNBROKEN, 5 + 6]);
    expect(pieces.join('')).toBe(`start ${word} slutt`);
  });

  it('never breaks between a letter and its accent, or inside an emoji', () => {
    // q with an acute accent has no precomposed form, so it stays two code points after NFC.
    const accented = 'q\u0301'.repeat(LONGEST_UNBROKEN + 1);
    const pieces = wordText(accented).split(ZWSP);
    expect(pieces.map((p) => p.length)).toEqual([2 * LONGEST_UNBROKEN, 2]);
    const family = '👩‍👩‍👧';
    const emoji = family.repeat(LONGEST_UNBROKEN + 1);
    expect(wordText(emoji).split(ZWSP)).toEqual([family.repeat(LONGEST_UNBROKEN), family]);
  });

  it('cleans the text as the plan would', () => {
    expect(wordText('Visjon\u0007\uFFFF\r\n')).toBe('Visjon\n');
  });
});

describe('a plan with very long text in the Word export', () => {
  it('writes a long word whole, with break opportunities', async () => {
    const plan = createEmptyPlan(new Date('2027-01-01T00:00:00.000Z'));
    plan.vision.text = 'ordord'.repeat(200);
    const docx = readExportedDocx(await buildPlanDocx(plan, options, { orgChart: null }));
    const paragraph = docx.paragraphs.find((p) => p.includes('ordordordord'))!;
    expect(paragraph.split(ZWSP).join('')).toContain(plan.vision.text);
    expect(paragraph).not.toMatch(new RegExp(`[^\\s${ZWSP}]{${LONGEST_UNBROKEN + 1}}`, 'u'));
  });

  it('past LONGEST_LAID_OUT_TEXT leaves the page numbers of the contents to Word', async () => {
    const plan = createEmptyPlan(new Date('2027-01-01T00:00:00.000Z'));
    const short = readDocx(await buildPlanDocx(plan, options, { orgChart: null }));
    expect(short.part('word/document.xml')).toMatch(/<w:instrText[^>]*>PAGEREF/);
    expect(short.part('word/document.xml')).toMatch(/PAGEREF[\s\S]*?<w:t[^>]*>\d+<\/w:t>/);
    plan.vision.text = 'Et trygt hjem. '.repeat(LONGEST_LAID_OUT_TEXT / 15 + 1);
    const long = readDocx(await buildPlanDocx(plan, options, { orgChart: null }));
    expect(long.part('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
    expect(long.part('word/document.xml')).not.toMatch(/PAGEREF[\s\S]*?<w:t[^>]*>\d+<\/w:t>/);
    expect(long.part('word/document.xml')).toContain('Et trygt hjem.');
  });
});
