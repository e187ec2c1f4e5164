import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Paragraph, TextRun } from 'docx';
import { layoutDocument } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../support/repo-root';

// docx's page layout (the contents' page numbers) is patched for speed by patches/docx+*.patch,
// applied by patch-package on `npm install` / `npm ci` (issue 14 point 9). Without it the Word
// export of a 150-measure plan takes about twice the CPU time, and nothing else would notice.

const patchFile = readdirSync(join(repoRoot, 'patches')).find((name) => name.startsWith('docx+'));

/** The lines each file of the patch adds, by the file's path under node_modules. */
function addedLines(patch: string): Map<string, string[]> {
  const added = new Map<string, string[]>();
  let file: string[] | undefined;
  for (const line of patch.split('\n')) {
    const header = /^diff --git a\/(node_modules\/\S+) /.exec(line);
    if (header) {
      file = [];
      added.set(header[1]!, file);
    } else if (file && line.startsWith('+') && !line.startsWith('+++')) {
      file.push(line.slice(1));
    }
  }
  return added;
}

describe('the docx speed patch', () => {
  it('is for the docx version installed, and is applied', () => {
    expect(patchFile).toBeDefined();
    const installed = JSON.parse(
      readFileSync(join(repoRoot, 'node_modules/docx/package.json'), 'utf8'),
    ) as { version: string };
    expect(patchFile, 'patches/ must follow the docx version in package.json').toBe(
      `docx+${installed.version}.patch`,
    );
    const files = addedLines(readFileSync(join(repoRoot, 'patches', patchFile!), 'utf8'));
    expect([...files.keys()].sort()).toEqual([
      'node_modules/docx/dist/layout.cjs',
      'node_modules/docx/dist/layout.mjs',
    ]);
    for (const [path, lines] of files) {
      const text = readFileSync(join(repoRoot, path), 'utf8');
      const missing = lines.filter((line) => !text.includes(line));
      expect(missing, `${path}: run npm install (patch-package) to apply the patch`).toEqual([]);
    }
  });

  // The patch keeps a font's measures once per name, boldness and italics: bold text measured
  // after regular text of the same font and size (and the other way round) must still be wider.
  it('measures bold and regular text of one font apart, whichever comes first', () => {
    const text = 'Boligsosial handlingsplan for bydelen med tiltak og budsjett ';
    const linesOf = (bold: boolean) => {
      const { pages, stoppedAt } = layoutDocument(
        new Document({
          sections: [
            {
              properties: { page: { size: { width: 4000, height: 16838 } } },
              children: [
                new Paragraph({ children: [new TextRun({ text, font: 'Arial', size: 22, bold })] }),
              ],
            },
          ],
        }),
      );
      expect(stoppedAt).toBeUndefined();
      const block = pages[0]!.body[0]!;
      if (block.type !== 'paragraph') throw new Error('Ventet et avsnitt.');
      return block.lines.map((line) => line.textWidth);
    };
    const regularFirst = [linesOf(false), linesOf(true)];
    const boldFirst = [linesOf(true), linesOf(false)];
    expect(regularFirst).toEqual([boldFirst[1], boldFirst[0]]);
    const [regular, bold] = regularFirst;
    // Arial Bold is wider than Arial: the same words take more lines, or longer ones.
    expect(bold!.length > regular!.length || bold![0]! > regular![0]!).toBe(true);
  });
});
