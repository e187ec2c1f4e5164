import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { repoRoot } from '../../../support/repo-root';

// A link from Kvalitetssjekk focuses the control whose data-field is the problem's field. The
// checks can only name fields from CHECK_FIELDS (its type says so); this guards the other side.
const rendererDir = join(repoRoot, 'renderer', 'src');
const sources = readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(rendererDir, file), 'utf8') }));

describe('the fields quality problems point to', () => {
  it.each(Object.keys(CHECK_FIELDS))('%s is the data-field of a control', (key) => {
    expect(sources.some(({ text }) => text.includes(`CHECK_FIELDS.${key}`))).toBe(true);
  });

  it('is never written by hand in a data-field', () => {
    const names = Object.values(CHECK_FIELDS).join('|');
    const literal = new RegExp(`(data-field|dataField|\\bfield)=["'{]+(${names})["']`);
    expect(sources.filter(({ text }) => literal.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('names the yearly fields with the same functions as the checks', () => {
    const all = sources.map(({ text }) => text).join('\n');
    expect(all).toContain('balanceField(');
    expect(all).toContain('frameField(');
  });
});
