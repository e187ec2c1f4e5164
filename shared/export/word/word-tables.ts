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
import { longestWordWidth } from './text-width';
import { CELL_PADDING, PLAN_TABLE_STYLE } from './word-table-style';
import { COLOUR, SIZE, STYLE } from './word-theme';

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
  /** Another fill (hex, e.g. a risk level's); only ever repeating what the cell's words say. */
  fill?: string;
}

export type RowSpec =
  | { kind?: 'body'; cells: (CellContent | CellSpec)[] }
  /** A heading row across the table (e.g. a sub-goal above its result goals). */
  | { kind: 'group'; text: string; keepNext?: boolean }
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
      shading:
        spec.fill || spec.gap
          ? { fill: spec.fill ?? COLOUR.gapFill, type: ShadingType.CLEAR, color: 'auto' }
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

function groupRow(text: string, columns: TableColumn[], keepNext = true): TableRow {
  return new TableRow({
    cantSplit: true,
    // A group heading never stands alone at the foot of a page (unless the row below may be
    // taller than a page, which LibreOffice cannot lay out kept with another row).
    keepNext: keepNext || undefined,
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
   * Keep the whole table on one page. For short tables only: Word moves a table kept together
   * that is longer than a page anyway. The last row is not kept with what follows, so a heading
   * after the table (itself kept with the next table) does not chain table to table.
   */
  keepTogether?: boolean;
  /**
   * Keep the sum row with the row above it (default). Off for a row that may be taller than a
   * page: LibreOffice then lays the table out again and again without end.
   */
  keepSumWithRow?: boolean;
}

/** A table in Plantabell with a repeated header row. */
export function planTable(
  columns: TableColumn[],
  rows: RowSpec[],
  options: TableOptions = {},
): Table {
  const hasSum = rows[rows.length - 1]?.kind === 'sum';
  const last = rows.length - 1;
  // A sum row never stands alone under a repeated header: the row above it keeps with it.
  const keepNext = (i: number) =>
    i < last &&
    ((options.keepTogether ?? false) ||
      (hasSum && i === last - 1 && options.keepSumWithRow !== false));
  return new Table({
    style: PLAN_TABLE_STYLE,
    layout: TableLayoutType.FIXED,
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    tableLook: { firstRow: true, lastRow: hasSum, noHBand: true, noVBand: true },
    rows: [
      headerRow(columns),
      ...rows.map((row, i) =>
        row.kind === 'group'
          ? groupRow(row.text, columns, row.keepNext)
          : new TableRow({
              cantSplit: true,
              keepNext: keepNext(i) || undefined,
              children: cellsOf(row.cells, columns, row.kind === 'sum'),
            }),
      ),
    ],
  });
}

/**
 * A table column described once: its header, its share of the width and what each row shows in
 * it. Adding a column to a table is adding one entry to its list; header, widths and cells follow.
 */
export interface ColumnSpec<Row> {
  title: string;
  /** Relative width; the table's columns share its page's text width by weight. */
  weight: number;
  numeric?: boolean;
  centred?: boolean;
  /** What a row shows in this column; `width` is the column's width in twips. */
  cell: (row: Row, width: number) => CellContent | CellSpec;
  /** The sum row's content here. Columns without one merge with their neighbours into one cell. */
  sum?: (width: number) => CellContent;
  /**
   * The text of a row's cell, to give the column room for its longest word; needed where `cell`
   * makes paragraphs. Plain text cells are measured by themselves.
   */
  text?: (row: Row) => string;
  /** The cell's text is bold (a title), so its words are wider. */
  bold?: boolean;
  /** The least width in twips the cell's content needs, e.g. a label and an amount on one line. */
  minWidth?: number;
}

export interface ColumnTableOptions extends TableOptions {
  /** A sum row last in the table, its label in the first run of columns without a sum. */
  sumLabel?: string;
  /** A group row across the table before the row with this index («Felles prosjekter»). */
  groupRows?: ReadonlyMap<number, string>;
}

/** A table from one list of columns and the rows they read (see ColumnSpec). */
export function columnTable<Row>(
  totalWidth: number,
  specs: ColumnSpec<Row>[],
  rows: Row[],
  options: ColumnTableOptions = {},
): Table {
  const columnWidths = fitWidths(
    totalWidth,
    specs.map((s) => s.weight),
    specs.map((spec) => columnMinWidth(spec, rows)),
  );
  const columns: TableColumn[] = specs.map(({ title, numeric, centred }, i) => ({
    title,
    width: columnWidths[i]!,
    ...(numeric ? { numeric } : {}),
    ...(centred ? { centred } : {}),
  }));
  const body: RowSpec[] = rows.flatMap((row, index): RowSpec[] => {
    const cells = { cells: specs.map((spec, i) => spec.cell(row, columnWidths[i]!)) };
    const group = options.groupRows?.get(index);
    if (group === undefined) return [cells];
    const keepNext = rowTextLength(specs, row) <= LONGEST_KEPT_ROW;
    return [{ kind: 'group', text: group, keepNext }, cells];
  });
  if (options.sumLabel !== undefined) body.push(sumRow(specs, columnWidths, options.sumLabel));
  const lastRow = rows[rows.length - 1];
  const lastRowText = lastRow === undefined ? 0 : rowTextLength(specs, lastRow);
  return planTable(columns, body, {
    ...options,
    keepSumWithRow: options.keepSumWithRow ?? lastRowText <= LONGEST_KEPT_ROW,
  });
}

function sumRow<Row>(specs: ColumnSpec<Row>[], columnWidths: number[], label: string): RowSpec {
  const cells: CellSpec[] = [];
  specs.forEach((spec, i) => {
    if (spec.sum) {
      cells.push({ content: spec.sum(columnWidths[i]!) });
      return;
    }
    const last = cells[cells.length - 1];
    const previous = specs[i - 1];
    if (last && previous && !previous.sum) last.span = (last.span ?? 1) + 1;
    else cells.push({ content: cells.length === 0 ? label : '', span: 1 });
  });
  return { kind: 'sum', cells };
}

/** Column widths from relative weights, adding up exactly to the text width. */
export function widths(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const result = weights.map((w) => Math.floor((total * w) / sum));
  result[result.length - 1]! += total - result.reduce((a, b) => a + b, 0);
  return result;
}

/** About a third of a landscape page of table text: a row longer than this is not kept. */
const LONGEST_KEPT_ROW = 1200;

function rowTextLength<Row>(specs: ColumnSpec<Row>[], row: Row): number {
  return specs.reduce(
    (sum, spec) => sum + (spec.text ? spec.text(row) : plainText(spec.cell(row, 0))).length,
    0,
  );
}

/** Plain text of a cell for measuring: strings as they are, paragraphs made by the caller not. */
function plainText(content: CellContent | CellSpec): string {
  const value = isCellSpec(content) ? content.content : content;
  if (typeof value === 'string') return value;
  return value.filter((line): line is string => typeof line === 'string').join(' ');
}

/** Room for the header's and the cells' longest word, with the cell's padding. */
function columnMinWidth<Row>(spec: ColumnSpec<Row>, rows: Row[]): number {
  let widest = longestWordWidth(spec.title, SIZE.table, true);
  for (const row of rows) {
    const text = spec.text ? spec.text(row) : plainText(spec.cell(row, 0));
    widest = Math.max(widest, longestWordWidth(text, SIZE.table, spec.bold));
  }
  // A little slack: LibreOffice and Word differ slightly from the metrics.
  return Math.max(spec.minWidth ?? 0, widest) + 2 * CELL_PADDING + 40;
}

/**
 * Widths from weights, but never narrower than a column's least width as long as the page has
 * room: a too narrow column takes its least width and the others share what is left by weight.
 * When even the least widths do not fit, they are shared out in proportion.
 */
export function fitWidths(total: number, weights: number[], minWidths: number[]): number[] {
  const need = minWidths.reduce((a, b) => a + b, 0);
  if (need >= total) return widths(total, minWidths);
  const fixed = new Set<number>();
  for (;;) {
    const free = weights.flatMap((_, i) => (fixed.has(i) ? [] : [i]));
    const taken = [...fixed].reduce((sum, i) => sum + minWidths[i]!, 0);
    const shared = widths(
      total - taken,
      free.map((i) => weights[i]!),
    );
    const short = free.filter((i, k) => shared[k]! < minWidths[i]!);
    if (short.length === 0) {
      const result = [...minWidths];
      free.forEach((i, k) => (result[i] = shared[k]!));
      return result;
    }
    for (const i of short) fixed.add(i);
  }
}
