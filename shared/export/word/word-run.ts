import { EmptyElement, TextRun, type IRunOptions } from 'docx';
import { cleanText } from '../../model/clean-text';

/** Longest stretch without a break opportunity the exported document gets. */
export const LONGEST_UNBROKEN = 40;

const LONG_WORD = new RegExp(`[^\\s\\u200B]{${LONGEST_UNBROKEN + 1},}`, 'gu');
// A letter with its combining marks and emoji joiners, so a break never splits what reads as one.
const CLUSTER = /[^\p{M}][\p{M}\uFE0F]*(?:\u200D[^\p{M}][\p{M}\uFE0F]*)*/gu;

/**
 * Text for the Word document: cleaned, and with a zero-width space every LONGEST_UNBROKEN
 * characters of a very long word (a pasted address, a row of dashes). Word and LibreOffice then
 * wrap it where they would otherwise overflow the page, and docx's page layout (the table of
 * contents' page numbers) measures such a word in time proportional to its length instead of its
 * square. The plan itself keeps the text as typed.
 */
export function wordText(text: string): string {
  return cleanText(text).replace(LONG_WORD, (word) => {
    const clusters = word.match(CLUSTER) ?? [word];
    const pieces: string[] = [];
    for (let i = 0; i < clusters.length; i += LONGEST_UNBROKEN) {
      pieces.push(clusters.slice(i, i + LONGEST_UNBROKEN).join(''));
    }
    return pieces.join('\u200B');
  });
}

/**
 * A docx TextRun whose text goes through wordText; every run of plan text is made here. A line
 * break typed in a field becomes a Word line break (w:br): a raw newline inside w:t is run
 * together with the next line by Word and LibreOffice.
 */
export function textRun(options: string | IRunOptions): TextRun {
  const run: IRunOptions = typeof options === 'string' ? { text: options } : options;
  if (run.text === undefined) return new TextRun(run);
  const lines = wordText(run.text).split('\n');
  if (lines.length === 1) return new TextRun({ ...run, text: lines[0] });
  const { text: _text, ...style } = run;
  return new TextRun({
    ...style,
    children: lines.flatMap((line, i) => (i === 0 ? [line] : [new EmptyElement('w:br'), line])),
  });
}
