import { describe, expect, it } from 'vitest';
import { cleanText, cleanTextDeep } from '#shared/model/clean-text';
import { planSchema } from '#shared/model/plan';
import { readPlanText } from '#shared/plan/read-plan';
import { samplePlan } from '../../../support/plan-fixtures';

describe('cleanText: user text as the plan keeps it', () => {
  it('keeps ordinary text, tabs, newlines, emoji, RTL marks and markup characters as typed', () => {
    const text = "Bolig for «alle» & <b>'alle'</b>\ti Ås\n😀 \u200Fעברית\u200E %%{init:{}}%% -->";
    expect(cleanText(text)).toBe(text);
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(cleanText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('removes C0 control characters except tab and newline, and DEL', () => {
    const c0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
    // CR (13) is a line break and becomes LF.
    expect(cleanText(`x${c0}\u007Fy`)).toBe('x\t\n\ny');
  });

  it('removes C1 control characters', () => {
    expect(cleanText('a\u0080\u0085\u009B\u009Fb')).toBe('ab');
  });

  it('removes noncharacters in the Arabic block and at the end of every plane', () => {
    const planeEnds = Array.from({ length: 17 }, (_, plane) =>
      String.fromCodePoint(plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff),
    ).join('');
    expect(cleanText(`a\uFDD0\uFDE5\uFDEF${planeEnds}b`)).toBe('ab');
    // Neighbours of the noncharacters are ordinary characters and stay.
    expect(cleanText('\uFDCF\uFDF0\uFFFD\u{1FFFD}')).toBe('\uFDCF\uFDF0\uFFFD\u{1FFFD}');
  });

  it('replaces lone surrogates with U+FFFD and keeps proper pairs', () => {
    expect(cleanText('a\uD800b\uDC00c\uD83D\uDE00\uDBFF')).toBe('a\uFFFDb\uFFFDc😀\uFFFD');
  });

  it('composes letters (NFC), so «å» typed as a + ring is one letter', () => {
    expect(cleanText('A\u030Asgard')).toBe('\u00C5sgard');
  });
});

describe('plan text is cleaned wherever a plan comes in', () => {
  it('opens a plan file with U+FFFF, BEL and CRLF in its text cleaned', () => {
    const plan = samplePlan();
    plan.vision.text = 'Trygt\u0007 hjem\uFFFF';
    plan.info.title = 'Plan\r\nfor alle';
    plan.chapters = [
      {
        id: 'k-1',
        kind: 'innledning',
        title: 'Innledning\u001B',
        content: [{ type: 'paragraph', content: [{ text: 'Tekst\uFFFE', bold: true }] }],
        newPage: false,
      },
    ];
    const result = readPlanText(JSON.stringify(plan));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.plan.vision.text).toBe('Trygt hjem');
    expect(result.plan.info.title).toBe('Plan\nfor alle');
    expect(result.plan.chapters[0]!.title).toBe('Innledning');
    expect(result.plan.chapters[0]!.content).toEqual([
      { type: 'paragraph', content: [{ text: 'Tekst', bold: true }] },
    ]);
  });

  it('cleans a plan on its way to the file (the schema runs before every save)', () => {
    const plan = samplePlan();
    plan.people[0]!.name = 'Lise\u0000 Fjellvang';
    expect(planSchema.parse(plan).people[0]!.name).toBe('Lise Fjellvang');
  });

  it('cleanTextDeep cleans what changed and returns unchanged parts as the same objects', () => {
    const before = samplePlan();
    const after = { ...before, vision: { ...before.vision, text: 'Ny\u0007 visjon' } };
    const cleaned = cleanTextDeep(after, before);
    expect(cleaned.vision.text).toBe('Ny visjon');
    expect(cleaned.people).toBe(before.people);
    expect(cleaned.info).toBe(before.info);
    // Nothing to clean: the very same plan comes back.
    expect(cleanTextDeep(before, samplePlan())).toBe(before);
  });

  it('cleanTextDeep finds text in new list items wherever they were inserted', () => {
    const before = samplePlan();
    const person = { ...before.people[0]!, id: 'p-ny', name: 'Ola\uFFFF Nordmann' };
    const after = { ...before, people: [person, ...before.people] };
    const cleaned = cleanTextDeep(after, before);
    expect(cleaned.people.map((p) => p.name)).toEqual(['Ola Nordmann', 'Lise Fjellvang']);
    expect(cleaned.people[1]).toBe(before.people[0]);
  });
});
