import { ImageRun, Paragraph, type FileChild, type ParagraphChild } from 'docx';
import { base64ToBytes } from '../../format/base64';
import type { ImageBlock, Inline, TableBlock } from '../../model/rich-text';
import { TEXT_WIDTH } from './word-page';
import { planTable, widths } from './word-tables';
import { STYLE } from './word-theme';
import { paragraph } from './word-text';

// Tables and pictures in chapter text (a background chapter's statistics), in the document's
// own table style and figure style, so they look like the rest of the plan.

const TWIPS_PER_PIXEL = 15;
/** The text width of a portrait page in pixels (96 per inch), the widest a picture can be. */
const TEXT_WIDTH_PX = Math.floor(TEXT_WIDTH.portrait / TWIPS_PER_PIXEL);
/** A tall picture leaves room on its page for the caption and a few lines. */
const MAX_HEIGHT_PX = 620;

const textOf = (cell: readonly Inline[]) => cell.map((part) => part.text).join('');

/** Figures such as «1 234», «12,5 %», «-3», «kr 400 000» or «2024». */
const NUMERIC = /^[-−+]?\s*(kr\.?\s*)?[\d\s\u00a0.,]*\d[\d\s\u00a0.,]*\s*(%|kr\.?|prosent)?$/i;

/**
 * Column weights from the content: each column gets room after its longest word (never broken)
 * and a share of its typical text, so a column of short figures stays narrow.
 */
export function contentWeights(rows: readonly (readonly Inline[][])[], columns: number): number[] {
  return Array.from({ length: columns }, (_, c) => {
    const texts = rows.map((row) => textOf(row[c] ?? []).trim());
    const longestWord = Math.max(
      3,
      ...texts.flatMap((text) => text.split(/\s+/).map((word) => Array.from(word).length)),
    );
    const average = texts.reduce((sum, t) => sum + Array.from(t).length, 0) / texts.length;
    return longestWord + Math.min(average, 40) / 2;
  });
}

/** A column whose body cells are all figures (or empty) is right-aligned, as in the plan's tables. */
function isNumericColumn(rows: readonly (readonly Inline[][])[], column: number): boolean {
  const body = rows.slice(1).map((row) => textOf(row[column] ?? []).trim());
  return body.some((t) => t !== '') && body.every((t) => t === '' || NUMERIC.test(t));
}

/**
 * A chapter table: its caption above, the first row as the header (repeated on each page), and
 * widths from the content. Rows with fewer cells are filled out, so the grid is always whole.
 */
export function chapterTable(
  block: TableBlock,
  inlines: (content: Inline[]) => ParagraphChild[],
): FileChild[] {
  const columns = Math.max(0, ...block.rows.map((row) => row.length));
  if (columns === 0) return [];
  const rows = block.rows.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? []));
  const columnWidths = widths(TEXT_WIDTH.portrait, contentWeights(rows, columns));
  const [header, ...body] = rows;
  const table = planTable(
    header!.map((cell, c) => ({
      title: textOf(cell).trim(),
      width: columnWidths[c]!,
      ...(isNumericColumn(rows, c) ? { numeric: true } : {}),
    })),
    body.map((row) => ({ cells: row.map((cell) => [inlines(cell)]) })),
    { keepTogether: body.length <= 12 },
  );
  const caption = block.caption?.trim();
  return caption ? [paragraph(caption, STYLE.caption), table] : [table];
}

/** The picture's size on the page: at most the text width and MAX_HEIGHT_PX, never enlarged. */
export function imageSize(image: Pick<ImageBlock, 'width' | 'height'>) {
  const scale = Math.min(TEXT_WIDTH_PX / image.width, MAX_HEIGHT_PX / image.height, 1);
  return {
    width: Math.max(1, Math.floor(image.width * scale)),
    height: Math.max(1, Math.floor(image.height * scale)),
  };
}

/** A chapter picture, scaled to the text width, with its alt text and its caption under it. */
export function chapterImage(block: ImageBlock): FileChild[] {
  const alt = block.alt.trim();
  const caption = block.caption?.trim();
  const figure = new Paragraph({
    style: STYLE.figure,
    // Without a caption nothing follows that the picture must keep with.
    keepNext: caption ? undefined : false,
    children: [
      new ImageRun({
        type: block.mimeType === 'image/png' ? 'png' : 'jpg',
        data: base64ToBytes(block.data),
        transformation: imageSize(block),
        altText: { name: caption || alt, title: caption || alt, description: alt },
      }),
    ],
  });
  return caption ? [figure, paragraph(caption, STYLE.caption)] : [figure];
}
