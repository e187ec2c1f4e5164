import ExcelJS from 'exceljs';

/** One cell an owner fills in: the measure's code, the column's header and the value. */
export interface FormEdit {
  code: string;
  header: string;
  value: string | number;
}

/**
 * The owner fills in the form in their own spreadsheet program (exceljs stands in for it):
 * cells found by the measure's code and the column's header, as a person reads the sheet.
 */
export async function fillOwnerForm(
  path: string,
  edits: readonly FormEdit[],
  savedAs: string = path,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Status');
  if (!sheet) throw new Error(`${path} har ikke arket «Status»`);
  let headerRow = 0;
  const columns = new Map<string, number>();
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === 'Kode') {
      headerRow = n;
      row.eachCell((cell, c) => columns.set(String(cell.value), c));
    }
  });
  const codeColumn = columns.get('Kode');
  if (!codeColumn) throw new Error(`${path} har ingen kolonne «Kode»`);
  for (const { code, header, value } of edits) {
    const column = columns.get(header);
    if (!column) throw new Error(`${path} har ingen kolonne «${header}»`);
    let row = 0;
    for (let n = headerRow + 1; n <= sheet.rowCount && !row; n++) {
      if (sheet.getCell(n, codeColumn).value === code) row = n;
    }
    if (!row) throw new Error(`${code} står ikke i ${path}`);
    sheet.getCell(row, column).value = value;
  }
  await workbook.xlsx.writeFile(savedAs);
}
