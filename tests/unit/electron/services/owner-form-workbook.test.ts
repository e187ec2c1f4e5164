import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildOwnerForms } from '#shared/follow-up/owner-forms';
import { previewOwnerFormImport } from '#shared/follow-up/owner-form-import';
import {
  DATA_SHEET,
  FORM_SHEET,
  readOwnerFormWorkbook,
  writeOwnerFormWorkbook,
} from '../../../../electron/services/owner-form-workbook';
import { createOwnerFormFiles } from '../../../../electron/services/owner-form-files';
import { planWithOpenReport } from '../../../support/owner-form-fixtures';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

// «Another program»: the owner's spreadsheet opens the file, edits and saves it. exceljs plays
// that part here, through its own API rather than ours.
async function editInAnotherProgram(
  bytes: Uint8Array,
  edit: (sheet: ExcelJS.Worksheet, find: (header: string, code: string) => ExcelJS.Cell) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(FORM_SHEET)!;
  const find = (header: string, code: string) => {
    let headerRow = 0;
    let column = 0;
    sheet.eachRow((row, n) => {
      row.eachCell((cell, c) => {
        if (cell.value === header) [headerRow, column] = [n, c];
      });
    });
    for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
      if (sheet.getCell(n, 2).value === code) return sheet.getCell(n, column);
    }
    throw new Error(`Fant ikke ${header} for ${code}`);
  };
  edit(sheet, find);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function setup() {
  const plan = planWithOpenReport();
  const form = buildOwnerForms(plan, plan.statusReports[0]!)[1]!;
  return { plan, form, bytes: await writeOwnerFormWorkbook(form) };
}

describe('owner form workbook', () => {
  it('writes a protected sheet with only the editable cells unlocked and checked', async () => {
    const { form, bytes } = await setup();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(FORM_SHEET)!;
    expect(workbook.getWorksheet(DATA_SHEET)!.state).toBe('veryHidden');
    expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
      sheet: true,
    });
    const headerRow = Number(workbook.getWorksheet(DATA_SHEET)!.getCell(1, 1).value);
    const row = sheet.getRow(headerRow + 1);
    form.columns.forEach((column, i) => {
      expect(sheet.getCell(headerRow, i + 1).value).toBe(column.header);
      expect(row.getCell(i + 1).protection?.locked ?? true).toBe(!column.editable);
    });
    const status = form.columns.findIndex((c) => c.kind === 'status') + 1;
    const progress = form.columns.findIndex((c) => c.kind === 'progress') + 1;
    expect(row.getCell(status).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"n,v,g,a"'],
    });
    expect(row.getCell(progress).dataValidation).toMatchObject({
      type: 'whole',
      formulae: [0, 100],
    });
  });

  it('reads back what an owner filled in with another program', async () => {
    const { plan, form, bytes } = await setup();
    const filled = await editInAnotherProgram(bytes, (_sheet, find) => {
      find('Status (n/v/g/a)', '2A').value = 'g';
      find('Framdrift (%)', '2A').value = 100;
      find('Særlige utfordringer', '2A').value = {
        richText: [{ text: 'Få ' }, { text: 'boliger' }],
      };
    });
    const read = await readOwnerFormWorkbook(filled, 'Bydelsutvalget.xlsx');
    expect(read.ok).toBe(true);
    const preview = previewOwnerFormImport(plan, 'r-1', [read]);
    expect(preview.refused).toEqual([]);
    expect(preview.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['status', 'v', 'g'],
      ['progress', 50, 100],
      ['challenges', '', 'Få boliger'],
    ]);
    expect(form.rows).toHaveLength(1);
  });

  it('refuses a file where a locked cell or a column was changed in another program', async () => {
    const { plan, bytes } = await setup();
    const lockedChanged = await editInAnotherProgram(bytes, (_sheet, find) => {
      find('Planlagt resultat', '2A').value = 'Alle får bolig.';
    });
    const columnGone = await editInAnotherProgram(bytes, (sheet) => {
      sheet.spliceColumns(8, 1);
    });
    const preview = previewOwnerFormImport(plan, 'r-1', [
      await readOwnerFormWorkbook(lockedChanged, 'a.xlsx'),
      await readOwnerFormWorkbook(columnGone, 'b.xlsx'),
    ]);
    expect(preview.refused.map((r) => [r.message, r.problems])).toEqual([
      [
        'Skjemaet «a.xlsx» kan ikke leses inn. Rett dette i filen, eller lag et nytt skjema:',
        [expect.stringMatching(/^rad \d+ \(«2A Boveiledning»\): en låst celle er endret/)],
      ],
      ['Skjemaet «b.xlsx» er endret: kolonnen «Status (n/v/g/a)» mangler.', []],
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    const read = await readOwnerFormWorkbook(Buffer.from('ikke excel'), 'tekst.xlsx');
    expect(read).toEqual({
      ok: false,
      fileName: 'tekst.xlsx',
      message: '«tekst.xlsx» kunne ikke leses som en Excel-arbeidsbok (.xlsx).',
    });
  });
});

describe('owner form files', () => {
  it('writes one file per owner into the chosen folder, never over an existing file', async () => {
    const folder = join(await tempDir(), 'skjema');
    await mkdir(folder);
    await writeFile(join(folder, 'Bydelsutvalget – status 1. halvår 2027.xlsx'), 'utfylt');
    const plan = planWithOpenReport();
    const forms = buildOwnerForms(plan, plan.statusReports[0]!);
    const files = createOwnerFormFiles({
      chooseFolder: async () => folder,
      chooseFilesToOpen: async () => null,
    });
    const result = await files.exportOwnerForms({ forms });
    expect(result).toEqual({
      ok: true,
      folder,
      fileNames: [
        'Lise Fjellvang – status 1. halvår 2027.xlsx',
        'Bydelsutvalget – status 1. halvår 2027 (2).xlsx',
        'Uten ansvarlig – status 1. halvår 2027.xlsx',
      ],
    });
    expect(
      await readFile(join(folder, 'Bydelsutvalget – status 1. halvår 2027.xlsx'), 'utf8'),
    ).toBe('utfylt');
    expect((await readdir(folder)).length).toBe(4);
  });

  it('reads the chosen files, refusing one too large or unreadable, and answers a cancel', async () => {
    const folder = await tempDir();
    const plan = planWithOpenReport();
    const [form] = buildOwnerForms(plan, plan.statusReports[0]!);
    const good = join(folder, 'god.xlsx');
    const large = join(folder, 'stor.xlsx');
    await writeFile(good, await writeOwnerFormWorkbook(form!));
    await writeFile(large, Buffer.alloc(11 * 1024 * 1024));
    const answers: (string[] | null)[] = [[good, large, join(folder, 'borte.xlsx')], null];
    const files = createOwnerFormFiles({
      chooseFolder: async () => null,
      chooseFilesToOpen: async () => answers.shift() ?? null,
    });
    const result = await files.importOwnerForms({});
    if (!result.ok) throw new Error('avbrutt');
    expect(result.files.map((f) => (f.ok ? f.form.fileName : f.message))).toEqual([
      'god.xlsx',
      '«stor.xlsx» er for stor til å være et statusskjema (over 10 MB).',
      expect.stringMatching(/^«borte\.xlsx» kunne ikke leses\. /),
    ]);
    expect(await files.importOwnerForms({})).toEqual({ ok: false, canceled: true });
  });
});
