import { strFromU8, unzipSync } from 'fflate';
import { decodeXml } from './docx-reader';

/** One cell as a spreadsheet program would read it back: value, number format and boldness. */
export interface XlsxCell {
  value: string | number;
  /** The format code ("#,##0 \"kr\""), or null for General. */
  format: string | null;
  bold: boolean;
}

export interface XlsxSheet {
  name: string;
  cells: Map<string, XlsxCell>;
  /** Rows frozen at the top (0 when none). */
  frozenRows: number;
  /** Width per column, in characters, from the first column. */
  widths: number[];
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/**
 * Reads an .xlsx back from its zip: just enough of SpreadsheetML (shared strings, numbers,
 * styles, frozen panes, column widths) to check what an export wrote, independently of the
 * library that wrote it.
 */
export function readXlsx(bytes: Uint8Array): XlsxSheet[] {
  const files = unzipSync(bytes);
  const read = (path: string) => {
    const file = files[path];
    if (!file) throw new Error(`${path} mangler i arbeidsboken`);
    return strFromU8(file);
  };

  const strings = [...read('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decodeXml([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );

  const styles = read('xl/styles.xml');
  const formats = new Map(
    [...styles.matchAll(/<numFmt [^>]*>/g)].map((m) => [
      attribute(m[0], 'numFmtId')!,
      decodeXml(attribute(m[0], 'formatCode')!),
    ]),
  );
  const fonts = [
    ...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(
      /<font>([\s\S]*?)<\/font>/g,
    ),
  ].map((m) => /<b\/>/.test(m[1]!));
  const xfs = [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g),
  ].map((m) => ({
    format: formats.get(attribute(m[0], 'numFmtId') ?? '0') ?? null,
    bold: fonts[Number(attribute(m[0], 'fontId') ?? '0')] ?? false,
  }));

  const targets = new Map(
    [...read('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*>/g)].map((m) => [
      attribute(m[0], 'Id')!,
      attribute(m[0], 'Target')!,
    ]),
  );
  return [...read('xl/workbook.xml').matchAll(/<sheet [^>]*>/g)].map((m) => {
    const target = targets.get(attribute(m[0], 'r:id')!)!;
    const xml = read(`xl/${target.replace(/^\/?xl\//, '')}`);
    const cells = new Map<string, XlsxCell>();
    for (const c of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = `<c ${c[1]}>`;
      const raw = /<v>([\s\S]*?)<\/v>/.exec(c[2] ?? '')?.[1];
      if (raw === undefined) continue;
      const style = xfs[Number(attribute(tag, 's') ?? '0')] ?? { format: null, bold: false };
      const value = attribute(tag, 't') === 's' ? strings[Number(raw)]! : Number(raw);
      cells.set(attribute(tag, 'r')!, { value, ...style });
    }
    const pane = /<pane [^>]*>/.exec(xml)?.[0];
    const widths: number[] = [];
    for (const col of xml.matchAll(/<col [^>]*>/g)) {
      const min = Number(attribute(col[0], 'min'));
      const max = Number(attribute(col[0], 'max'));
      for (let i = min; i <= max; i++) widths[i - 1] = Number(attribute(col[0], 'width'));
    }
    return {
      name: decodeXml(attribute(m[0], 'name')!),
      cells,
      frozenRows:
        pane && attribute(pane, 'state') === 'frozen' ? Number(attribute(pane, 'ySplit') ?? 0) : 0,
      widths,
    };
  });
}

/** "A" → 0, "AB" → 27. */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The cells of one row (1-based), as an array from column A; gaps are undefined. */
export function rowCells(sheet: XlsxSheet, row: number): (XlsxCell | undefined)[] {
  const cells: (XlsxCell | undefined)[] = [];
  for (const [address, cell] of sheet.cells) {
    const match = /^([A-Z]+)(\d+)$/.exec(address)!;
    if (Number(match[2]) === row) cells[columnIndex(match[1]!)] = cell;
  }
  return cells;
}

export function rowValues(sheet: XlsxSheet, row: number): (string | number | undefined)[] {
  return Array.from(rowCells(sheet, row), (cell) => cell?.value);
}

/** The number of the last row that has a cell with a value. */
export function lastRow(sheet: XlsxSheet): number {
  return Math.max(0, ...[...sheet.cells.keys()].map((a) => Number(/\d+$/.exec(a)![0])));
}

/** Days since 1899-12-30, the way Excel stores a date. */
export function excelSerial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
