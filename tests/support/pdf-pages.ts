import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bodyBlocks, styleOf, textOf } from './docx-reader';

const run = promisify(execFile);

export const hasLibreOffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].some((p) =>
  existsSync(p),
);

/** Writes the .docx, has LibreOffice lay it out as PDF and gives the PDF's path. */
export async function docxToPdf(bytes: Uint8Array, dir: string, name: string): Promise<string> {
  const docx = join(dir, `${name}.docx`);
  await writeFile(docx, bytes);
  // A profile of its own, so parallel runs do not wait for each other's LibreOffice.
  const profile = join(dir, 'lo-profile');
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { timeout: 170_000 },
  );
  return join(dir, `${name}.pdf`);
}

/** Each page's text as laid out (pdftotext -layout), page 1 first. */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  return pages[pages.length - 1]!.trim() === '' ? pages.slice(0, -1) : pages;
}

/** The Heading 1 and 2 texts of a document, in order: what its contents list. */
export function contentsHeadings(documentXml: string): string[] {
  return bodyBlocks(documentXml)
    .filter((b) => /^Heading[12]$/.test(styleOf(b.xml) ?? ''))
    .map((b) => textOf(b.xml).trim())
    .filter(Boolean);
}

export interface HeadingPage {
  heading: string;
  /** The page the contents give. */
  listed: number;
  /** The page the heading is on in the PDF. */
  actual: number | null;
}

const CONTENTS_LINE = /\.{3,}\s*(\d+)\s*$/;
const start = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 28);

/**
 * Each heading with the page the contents give and the page it is on. The contents' numbers are
 * read in order from the lines ending in dot leaders; each heading is then looked for in order
 * from the page of the one before, by the start of its text (a long heading wraps).
 */
export function headingPages(pages: string[], headings: string[]): HeadingPage[] {
  const listed: number[] = [];
  let lastContentsPage = 0;
  pages.forEach((page, i) => {
    const numbers = page.split('\n').flatMap((line) => {
      const m = CONTENTS_LINE.exec(line);
      return m ? [Number(m[1])] : [];
    });
    if (numbers.length > 0 && listed.length < headings.length) {
      listed.push(...numbers);
      lastContentsPage = i + 1;
    }
  });
  let from = lastContentsPage;
  return headings.map((heading, i) => {
    let actual: number | null = null;
    for (let p = from; p < pages.length; p++) {
      if (pages[p]!.split('\n').some((line) => start(line) === start(heading))) {
        actual = p + 1;
        from = p;
        break;
      }
    }
    return { heading, listed: listed[i] ?? -1, actual };
  });
}
