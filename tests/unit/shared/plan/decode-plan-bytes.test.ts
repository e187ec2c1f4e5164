import { describe, expect, it } from 'vitest';
import { decodePlanBytes, decodeWindows1252 } from '#shared/plan/decode-plan-bytes';
import { readPlanBytes, type PlanReadResult } from '#shared/plan/read-plan';
import { samplePlan } from '../../../support/plan-fixtures';

const planWithLetters = samplePlan();
planWithLetters.info.title = 'Boligsosial plan for Bydel Ærøy – «Større og Bedre»';
const planText = () => JSON.stringify(planWithLetters, null, 2);

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const refusal = (result: PlanReadResult) => {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};

describe('the bytes of a plan file', () => {
  it('reads UTF-8, with or without the byte order mark Notepad writes', () => {
    for (const bytes of [Buffer.from(planText()), Buffer.from(`\uFEFF${planText()}`)]) {
      const result = readPlanBytes(bytes);
      expect(result).toEqual({
        ok: true,
        plan: planWithLetters,
        migratedFrom: null,
        history: { versions: [], changeLog: [] },
        boards: {},
      });
    }
  });

  it('reads UTF-16 (little and big endian, with or without byte order mark) losslessly', () => {
    const text = planText();
    const variants = [
      Buffer.from(`\uFEFF${text}`, 'utf16le'),
      utf16be(`\uFEFF${text}`),
      Buffer.from(text, 'utf16le'),
      utf16be(text),
    ];
    for (const bytes of variants) {
      expect(readPlanBytes(bytes)).toEqual({
        ok: true,
        plan: planWithLetters,
        migratedFrom: null,
        history: { versions: [], changeLog: [] },
        boards: {},
      });
    }
    expect(decodePlanBytes(variants[1]!)).toMatchObject({ ok: true, encoding: 'utf-16be' });
  });

  it('refuses a broken UTF-16 file with a bokmål message instead of reading garbage', () => {
    const bytes = Buffer.concat([
      Buffer.from('\uFEFF{"a": "', 'utf16le'),
      Buffer.from([0x00, 0xd8]),
    ]);
    const error = refusal(readPlanBytes(bytes));
    expect(error.kind).toBe('not-a-plan');
    expect(error.message).toContain('UTF-16');
  });

  it('refuses a Windows-1252 file and says where the first wrong character is', () => {
    const text = planText();
    const bytes = Buffer.from(text, 'latin1');
    const error = refusal(readPlanBytes(bytes));
    expect(error.kind).toBe('encoding');
    expect(error.message).toMatch(/^Filen er ikke lagret som UTF-8/);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('Ærøy'));
    expect(error.problems).toEqual([
      {
        where: `Linje ${line + 1}, kolonne ${lines[line]!.indexOf('Æ') + 1}`,
        message: 'Her er det første tegnet som ikke er UTF-8.',
      },
    ]);
  });

  it('places a broken multi-byte sequence at its first byte', () => {
    // «æ» as Latin-1 (0xE6) starts a three-byte UTF-8 sequence that the next «r» breaks.
    const bytes = Buffer.concat([
      Buffer.from('{\n  "a": "b'),
      Buffer.from([0xe6]),
      Buffer.from('r"}'),
    ]);
    expect(decodePlanBytes(bytes)).toEqual({
      ok: false,
      reason: 'not-utf8',
      where: 'Linje 2, kolonne 10',
    });
    // A sequence cut off at the very end of the file is also not UTF-8.
    const cut = Buffer.concat([Buffer.from('{"a": "b'), Buffer.from([0xc3])]);
    expect(decodePlanBytes(cut)).toMatchObject({ ok: false, where: 'Linje 1, kolonne 9' });
  });

  it('converts Windows-1252 to the letters it meant, including the 0x80–0x9F range', () => {
    const bytes = Buffer.from([0xc6, 0xd8, 0xc5, 0xe6, 0xf8, 0xe5, 0x80, 0x96, 0xab, 0xbb]);
    expect(decodeWindows1252(bytes)).toBe('ÆØÅæøå€–«»');
  });
});
