import { describe, expect, it } from 'vitest';
import { positionInText } from '#shared/plan/decode-plan-bytes';
import { jsonErrorOffset } from '#shared/plan/json-error-position';
import { readPlanText } from '#shared/plan/read-plan';

/**
 * Broken JSON texts with the place a reader should look marked by ⟦⟧ (the marker is removed
 * before parsing; an empty ⟦⟧ at the end means "the text ends too early"). Together they cover
 * every error form V8's JSON.parse has: position, unexpected token with and without context,
 * unexpected end, unterminated string, bad control character, bad escape, number errors and
 * junk after the value.
 */
const table: string[] = [
  '{"a": 1 ⟦"⟧b": 2}',
  '[1, 2⟦}⟧',
  '⟦x⟧',
  '{"a": tru⟦}⟧',
  '{"a": t⟦X⟧ue}',
  '{\n  "title": "Boligtorg"\n  ⟦"⟧description": ""\n}',
  '{\n  "a": [\n    1,\n    2,\n  ⟦]⟧\n}',
  '{\n  "a": "]",\n  "b": [1, 2, 3, 4, 5, 6, 7, 8,⟦]⟧\n}',
  '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": 1, "b": [1,⟦]⟧}',
  '{\n  "a": {\n    "b":⟦⟧ \n',
  '{\n  "a": "no end⟦⟧',
  '{"a": "tab\t⟦⟧here"}'.replace('\t⟦⟧', '⟦\t⟧'),
  '{"a": "bad \\⟦q⟧ escape"}',
  '{"a": "\\u12⟦x⟧4"}',
  '{"a": -⟦}⟧',
  '{"a": 1.⟦}⟧',
  '{"a": 1e⟦}⟧',
  '{"a": 0⟦1⟧}',
  '{"a": 1}\n\n⟦}⟧',
  '{"æøå": "Ærlig talt", "b": ⟦}⟧',
  '{"a": 1, ⟦}⟧',
  '{⟦a⟧: 1}',
  '{"a" ⟦1⟧}',
  '{"a": {⟦]⟧}',
  '{"a": [1, 2⟦}⟧',
  '{"a": null⟦l⟧}',
  '{"emoji": "🏠🏠", ⟦x⟧}',
];

function unmark(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('⟦');
  return { text: marked.replace('⟦', '').replace('⟧', ''), offset };
}

describe('where broken JSON stops being readable', () => {
  it.each(table)('finds the place in %j', (marked) => {
    const { text, offset } = unmark(marked);
    let thrown: unknown;
    try {
      JSON.parse(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SyntaxError);
    expect(jsonErrorOffset(text, thrown)).toBe(offset);
  });

  it('reports line and column as an editor counts them (from 1, characters not code units)', () => {
    expect(positionInText('{\n  "a": 1,\n  x', 14)).toBe('Linje 3, kolonne 3');
    expect(positionInText('{"🏠": x}', 7)).toBe('Linje 1, kolonne 7');
  });

  it('names that place in the message of a refused file', () => {
    const { text } = unmark('{\n  "schemaVersion": 1,\n  "a": [1, 2, ⟦]⟧\n}');
    const result = readPlanText(text);
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'json', problems: [{ where: 'Linje 3, kolonne 15' }] },
    });
  });

  it('does not depend on the wording of the engine: an unknown message is located by parsing', () => {
    const { text, offset } = unmark('{"a": [1, 2, ⟦]⟧, "b": "[1, 2, ]"}');
    expect(jsonErrorOffset(text, new SyntaxError('Something else entirely'))).toBe(offset);
  });
});
