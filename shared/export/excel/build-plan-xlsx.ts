import writeExcelFile from 'write-excel-file/universal';
import { cleanTextDeep } from '../../model/clean-text';
import type { Plan } from '../../model/plan';
import { planWorkbookSheets } from './plan-workbook';

/**
 * The plan as an .xlsx file. The universal build of write-excel-file runs the same in the
 * app's window and in Node (the headless command), without web workers the window's strict
 * Content Security Policy would have to allow.
 */
export async function buildPlanXlsx(plan: Plan): Promise<Uint8Array> {
  // Clean already when it comes from a file or the window; this guards every other caller.
  const blob = await writeExcelFile(planWorkbookSheets(cleanTextDeep(plan)), {
    fontFamily: 'Calibri',
    fontSize: 11,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
