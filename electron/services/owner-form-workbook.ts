import ExcelJS from 'exceljs';
import type { CellValue, OwnerForm } from '#shared/follow-up/owner-forms';
import type { ReadOwnerForm } from '#shared/follow-up/owner-form-import';

// The owner form as an Excel workbook, and back. What the form means lives in
// shared/follow-up/; here it is only laid out: locked grey context, light editable cells with
// list and number checks, sheet protection, and the form data on a hidden sheet.

export const FORM_SHEET = 'Status';
export const DATA_SHEET = 'Planverksted';
/** A cell holds at most 32 767 characters; the form data is split over as many rows as needed. */
const DATA_CHUNK = 30_000;

const LOCKED_FILL = 'FFEDEDED';
const EDITABLE_FILL = 'FFFFF8D6';
const HEADER_FILL = 'FF1F4E5F';
const EDITABLE_HEADER_FILL = 'FF8A6D00';
const thin = { style: 'thin' as const, color: { argb: 'FFB7B7B7' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** About how many lines a text takes in a column of the given width (in characters). */
function lines(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length * 1.1) / width)), 0);
}

export async function writeOwnerFormWorkbook(form: OwnerForm): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planverksted';
  workbook.created = new Date(0);
  const introRows = 1 + form.intro.length;
  const headerRow = introRows + 2;
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 3, showGridLines: false }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = form.columns.map((c) => ({
    key: c.key,
    width: c.width,
    hidden: c.kind === 'id',
  }));

  const title = sheet.getCell(1, 2);
  title.value = form.title;
  title.font = { bold: true, size: 14 };
  form.intro.forEach((line, i) => {
    sheet.mergeCells(2 + i, 2, 2 + i, Math.min(form.columns.length, 12));
    const cell = sheet.getCell(2 + i, 2);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(2 + i).height = i === form.intro.length - 1 ? 32 : 16;
  });
  const legend = sheet.getCell(introRows + 1, 2);
  legend.value = 'Grå felt er låst. Gule felt fylles ut.';
  legend.font = { italic: true, color: { argb: 'FF555555' } };

  const header = sheet.getRow(headerRow);
  form.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: column.editable ? EDITABLE_HEADER_FILL : HEADER_FILL },
    };
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.border = border;
  });
  header.height = Math.max(34, 15 * Math.max(...form.columns.map((c) => lines(c.header, c.width))));
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;

  form.rows.forEach((row, r) => {
    const sheetRow = sheet.getRow(headerRow + 1 + r);
    // Spreadsheets do not grow a row for wrapped text written by a program; give it room.
    sheetRow.height = Math.max(
      18,
      15 *
        Math.max(
          ...form.columns.map((c, i) =>
            c.kind === 'text' ? lines(String(row.cells[i] ?? ''), c.width) : 1,
          ),
        ) +
        4,
    );
    form.columns.forEach((column, i) => {
      const cell = sheetRow.getCell(i + 1);
      const value = row.cells[i] ?? null;
      cell.value = column.kind === 'kroner' || column.kind === 'progress' ? value : (value ?? '');
      cell.alignment = {
        wrapText: column.kind === 'text',
        vertical: 'top',
        horizontal: column.kind === 'status' ? 'center' : undefined,
      };
      cell.border = border;
      cell.fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: column.editable ? EDITABLE_FILL : LOCKED_FILL },
      };
      if (!column.editable) return;
      cell.protection = { locked: false };
      if (column.kind === 'status') {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: ['"n,v,g,a"'],
          showErrorMessage: true,
          errorTitle: 'Ugyldig status',
          error: 'Velg n (ny), v (videreført), g (gjennomført) eller a (avviklet).',
        };
      } else if (column.kind === 'progress') {
        cell.numFmt = '0';
        cell.dataValidation = {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [0, 100],
          showErrorMessage: true,
          errorTitle: 'Ugyldig framdrift',
          error: 'Skriv framdriften som et helt tall fra 0 til 100.',
        };
      } else if (column.kind === 'kroner') {
        cell.numFmt = '#,##0';
        cell.dataValidation = {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [0, 10_000_000_000],
          showErrorMessage: true,
          errorTitle: 'Ugyldig beløp',
          error: 'Skriv beløpet i hele kroner, uten øre.',
        };
      }
    });
  });

  // No password: the protection keeps owners in the yellow cells; the fingerprint, not the
  // protection, is what notices a locked cell that was changed anyway.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const data = workbook.addWorksheet(DATA_SHEET, { state: 'veryHidden' });
  data.getCell(1, 1).value = headerRow;
  const json = JSON.stringify(form.meta);
  for (let i = 0, row = 2; i < json.length; i += DATA_CHUNK, row++)
    data.getCell(row, 1).value = json.slice(i, i + DATA_CHUNK);
  await data.protect('', {});

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell's value as the form reads it: text or number; formulas by their result. */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('result' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** Reads a workbook back into the contract's parsed form; the meaning is judged in shared/. */
export async function readOwnerFormWorkbook(
  bytes: Uint8Array,
  fileName: string,
): Promise<ReadOwnerForm> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      fileName,
      message: `«${fileName}» kunne ikke leses som en Excel-arbeidsbok (.xlsx).`,
    };
  }
  const sheet = workbook.getWorksheet(FORM_SHEET);
  if (!sheet)
    return {
      ok: false,
      fileName,
      message: `Skjemaet «${fileName}» er endret: arket «${FORM_SHEET}» mangler.`,
    };
  const data = workbook.getWorksheet(DATA_SHEET);
  const headerRow = Number(data?.getCell(1, 1).value);
  let meta: string | null = null;
  if (data && Number.isInteger(headerRow) && headerRow > 0) {
    const chunks: string[] = [];
    for (let row = 2; row <= data.rowCount; row++) {
      const value = data.getCell(row, 1).value;
      if (typeof value === 'string') chunks.push(value);
    }
    meta = chunks.join('') || null;
  }
  const at = meta ? headerRow : 1;
  const width = Math.max(sheet.columnCount, 1);
  const readRow = (n: number) =>
    Array.from({ length: width }, (_, i) => cellValue(sheet.getCell(n, i + 1).value));
  const rows: { row: number; cells: CellValue[] }[] = [];
  for (let n = at + 1; n <= sheet.rowCount; n++) rows.push({ row: n, cells: readRow(n) });
  return {
    ok: true,
    form: {
      fileName,
      meta,
      headers: readRow(at).map((v) => (v === null ? '' : String(v))),
      rows,
    },
  };
}
