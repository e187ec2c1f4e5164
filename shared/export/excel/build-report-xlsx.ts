import writeExcelFile from 'write-excel-file/universal';
import type { StatusReport } from '../../model/status-report';
import { reportView } from '../report/report-view';
import { reportWorkbookSheets } from './report-workbook';

/** A half-year or annual report as an .xlsx, from its snapshot alone (see report-view.ts). */
export async function buildReportXlsx(report: StatusReport): Promise<Uint8Array> {
  const blob = await writeExcelFile(reportWorkbookSheets(reportView(report)), {
    fontFamily: 'Calibri',
    fontSize: 11,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
