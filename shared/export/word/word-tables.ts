import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { textRun } from './word-run';
import { PLAN_TABLE_STYLE } from './word-table-style';
import { COLOUR, STYLE } from './word-theme';

// Every table in the export goes through here: one table style, a header row repeated on each
// page, rows that are never split across pages, and fixed column widths that fit the page.

export interface TableColumn {
  title: string;
  /** Width in twips; the widths of a table add up to the text width of its page. */
  width: number;
  /** Numbers and amounts: right-aligned in header and cells. */
  numeric?: boolean;
  /** Short marks such as "X": centred. */
  centred?: boolean;
}

/** A line of text, or several (one paragraph each), or paragraphs made by the caller. */
export type CellContent = string | (string | ParagraphChild[])[] | Paragraph[];

export interface CellSpec {
  content: CellContent;
  /** Columns this cell covers (default 1). */
  span?: number;
  /** A pale warm fill for gaps (missing indicator, empty matrix cell). */
  gap?: boolean;
}

export type RowSpec =
  | { kind?: 'body'; cells: (CellContent | CellSpec)[] }
  /** A heading row across the table (e.g. a sub-goal above its result goals). */
  | { kind: 'group'; text: string }
  /** The sum row, last in the table, bold under a rule (the style's "last row"). */
  | { kind: 'sum'; cells: (CellContent | CellSpec)[] };

const isCellSpec = (value: CellContent | CellSpec): value is CellSpec =>
  typeof value === 'object' && !Array.isArray(value) && 'content' in value;

const alignmentOf = (column: TableColumn | undefined) =>
  column?.numeric ? AlignmentType.RIGHT : column?.centred ? AlignmentType.CENTER : undefined;

function paragraphsOf(
  content: CellContent,
  column: TableColumn | undefined,
  sum: boolean,
): Paragraph[] {
  const lines = typeof content === 'string' ? [content] : content;
  const style = sum ? STYLE.tableSum : column?.numeric ? STYLE.tableNumber : STYLE.tableText;
  // Tabelltall is right-aligned itself; the sum row's style is not, so it says so here.
  const alignment = column?.numeric && !sum ? undefined : alignmentOf(column);
  if (lines.length === 0) return [new Paragraph({ style })];
  return lines.map((line) => {
    if (line instanceof Paragraph) return line;
    return new Paragraph({
      style,
      alignment,
      children: typeof line === 'string' ? [textRun(line)] : line,
    });
  });
}

function cellsOf(
  cells: (CellContent | CellSpec)[],
  columns: TableColumn[],
  sum: boolean,
): TableCell[] {
  let index = 0;
  return cells.map((value) => {
    const spec: CellSpec = isCellSpec(value) ? value : { content: value };
    const span = spec.span ?? 1;
    const covered = columns.slice(index, index + span);
    index += span;
    return new TableCell({
      children: paragraphsOf(spec.content, span === 1 ? covered[0] : undefined, sum),
      width: { size: covered.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
      columnSpan: span > 1 ? span : undefined,
      shading: spec.gap
        ? { fill: COLOUR.gapFill, type: ShadingType.CLEAR, color: 'auto' }
        : undefined,
    });
  });
}

function headerRow(columns: TableColumn[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column) =>
        new TableCell({
          width: { size: column.width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: [
            new Paragraph({
              style: STYLE.tableHeading,
              alignment: alignmentOf(column),
              children: [textRun(column.title)],
            }),
          ],
        }),
    ),
  });
}

function groupRow(text: string, columns: TableColumn[]): TableRow {
  return new TableRow({
    cantSplit: true,
    // A group heading never stands alone at the foot of a page.
    keepNext: true,
    children: [
      new TableCell({
        columnSpan: columns.length,
        width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
        shading: { fill: COLOUR.groupFill, type: ShadingType.CLEAR, color: 'auto' },
        children: [new Paragraph({ style: STYLE.tableHeading, children: [textRun(text)] })],
      }),
    ],
  });
}

export interface TableOptions {
  /**
   * Keep the whole table on one page, and with the paragraph after it (a note on the figures).
   * For short tables only: Word moves a table kept together that is longer than a page anyway.
   */
  keepTogether?: boolean;
}

/** A table in Plantabell with a repeated header row. */
export function planTable(
  columns: TableColumn[],
  rows: RowSpec[],
  options: TableOptions = {},
): Table {
  const hasSum = rows[rows.length - 1]?.kind === 'sum';
  const keepNext = options.keepTogether ?? false;
  return new Table({
    style: PLAN_TABLE_STYLE,
    layout: TableLayoutType.FIXED,
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    tableLook: { firstRow: true, lastRow: hasSum, noHBand: true, noVBand: true },
    rows: [
      headerRow(columns),
      ...rows.map((row) =>
        row.kind === 'group'
          ? groupRow(row.text, columns)
          : new TableRow({
              cantSplit: true,
              keepNext: keepNext || undefined,
              children: cellsOf(row.cells, columns, row.kind === 'sum'),
            }),
      ),
    ],
  });
}

/** Column widths from relative weights, adding up exactly to the text width. */
export function widths(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const result = weights.map((w) => Math.floor((total * w) / sum));
  result[result.length - 1]! += total - result.reduce((a, b) => a + b, 0);
  return result;
}
