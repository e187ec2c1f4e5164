import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { textRun } from './word-run';
import { BULLET_LIST } from './word-numbering';
import { STYLE } from './word-theme';

// Small builders for the paragraphs every section uses, each tied to a named style.

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({ heading: headingLevels[level], children: [textRun(text)] });
}

export type Inline = string | ParagraphChild;

const toRun = (part: Inline): ParagraphChild => (typeof part === 'string' ? textRun(part) : part);

/** Keep-with-next: the paragraph stays on the page of what follows it (a list, a table). */
export interface KeepOptions {
  keepNext?: boolean;
}

/** A body paragraph (Normal), or in another named style. */
export function paragraph(
  content: Inline | Inline[],
  style?: string,
  { keepNext }: KeepOptions = {},
): Paragraph {
  const parts = Array.isArray(content) ? content : [content];
  return new Paragraph({ style, keepNext, children: parts.map(toRun) });
}

/** The short, honest sentence that stands in for a part of the plan that is still empty. */
export function note(text: string): Paragraph {
  return paragraph(text, STYLE.note);
}

export function bold(text: string): TextRun {
  return textRun({ text, bold: true });
}

export function italic(text: string): TextRun {
  return textRun({ text, italics: true });
}

/** "Ansvarlig: Lise Fjellvang" with the label in bold. */
export function labelled(label: string, value: Inline | Inline[], style?: string): Paragraph {
  const parts = Array.isArray(value) ? value : [value];
  return paragraph([bold(`${label}: `), ...parts], style);
}

/** A bulleted list item (level 0 or 1) in List Paragraph. */
export function bullet(
  content: Inline | Inline[],
  level = 0,
  { keepNext }: KeepOptions = {},
): Paragraph {
  const parts = Array.isArray(content) ? content : [content];
  return new Paragraph({
    style: STYLE.listParagraph,
    keepNext,
    numbering: { reference: BULLET_LIST, level },
    children: parts.map(toRun),
  });
}

export function link(text: string, url: string, run: { bold?: boolean; italics?: boolean } = {}) {
  return new ExternalHyperlink({
    link: url,
    children: [textRun({ text, style: STYLE.hyperlink, ...run })],
  });
}

/** A paragraph that introduces a table and stays on its page. */
export function lead(content: Inline | Inline[]): Paragraph {
  const parts = Array.isArray(content) ? content : [content];
  return new Paragraph({ keepNext: true, children: parts.map(toRun) });
}

/**
 * What a table cell shows where the plan has nothing yet. One calm mark, explained once under
 * the table (emptyMarkNote), instead of «Ikke satt» in every row: the readiness list on the
 * Eksport page is where missing things are named.
 */
export const EMPTY_MARK = '–';

/** The note under a table that used EMPTY_MARK. */
export function emptyMarkNote(): Paragraph {
  return paragraph(`${EMPTY_MARK} betyr at opplysningen ikke er fylt ut.`, STYLE.tableNote);
}
