import { describe, expect, it, vi } from 'vitest';
import { buildReportXlsx } from '#shared/export/excel/build-report-xlsx';
import { buildFinalReportDocx } from '#shared/export/word/final-report/build-final-report-docx';
import { buildReportDocx } from '#shared/export/word/report/build-report-docx';
import type { PlanApi } from '#shared/ipc/contract';
import {
  exportFinalReport,
  exportReportExcel,
  exportReportWord,
  type ReportExportTools,
} from '../../../../../renderer/src/pages/export/report-export-run';
import {
  finalReportFileName,
  reportFileName,
} from '../../../../../renderer/src/pages/export/export-names';
import { base64ToBytes } from '#shared/format/base64';
import { readExportedDocx } from '../../../../support/exported-docx';
import { REPORT_IDS, reportPlan } from '../../../../support/report-fixtures';
import { readXlsx } from '../../../../support/xlsx-reader';

type SaveRequest = Parameters<PlanApi['exportFile']>[0];
const quiet = { step: () => {}, placed: () => {} };

function tools(overrides: Partial<ReportExportTools> = {}) {
  const saved: SaveRequest[] = [];
  const t: ReportExportTools = {
    buildReportDocx,
    buildReportXlsx,
    buildFinalReportDocx,
    chooseExportLocation: async ({ kind, suggestedName }) => ({
      ok: true,
      destination: `sted-${kind}`,
      path: `/ut/${suggestedName}.${kind}`,
      fileName: `${suggestedName}.${kind}`,
    }),
    exportFile: vi.fn(async (request: SaveRequest) => {
      saved.push(request);
      return { ok: true as const, path: `/ut/${request.suggestedName}`, fileName: 'x' };
    }),
    ...overrides,
  };
  return { t, saved };
}

describe('making reports from the Eksport page', () => {
  const plan = reportPlan();
  const report = plan.statusReports.find((r) => r.id === REPORT_IDS.h1)!;

  it('saves the Word and Excel report under a name with kind, period and place', async () => {
    const { t, saved } = tools();
    const steps: string[] = [];
    const name = reportFileName(report);
    expect(name).toBe('Halvårsrapport 1. halvår 2027 – Bydel Eksempel');
    const word = await exportReportWord(report, name, t, {
      step: (s) => steps.push(s),
      placed: (p) => steps.push(p.fileName),
    });
    expect(word.ok).toBe(true);
    expect(steps).toEqual(['place', `${name}.docx`, 'report', 'save']);
    expect(saved[0]).toMatchObject({
      kind: 'docx',
      suggestedName: name,
      encoding: 'base64',
      destination: 'sted-docx',
    });
    expect(readExportedDocx(base64ToBytes(saved[0]!.data)).text).toContain(
      'Halvårsrapport 1. halvår 2027',
    );
    const excel = await exportReportExcel(report, name, t, quiet);
    expect(excel.ok).toBe(true);
    expect(saved[1]!.kind).toBe('xlsx');
    expect(readXlsx(base64ToBytes(saved[1]!.data))[0]!.name).toBe('Tiltak');
    const annual = plan.statusReports.find((r) => r.id === REPORT_IDS.year)!;
    expect(reportFileName(annual)).toBe('Årsrapport 2027 – Bydel Eksempel');
    expect(finalReportFileName(plan)).toBe('Sluttrapport – Bydel Eksempel');
  });

  it('says in bokmål why a report could not be made, and saves nothing', async () => {
    const { t, saved } = tools({
      buildFinalReportDocx: async () => {
        throw new Error('Minnet er fullt');
      },
    });
    const before = structuredClone(plan);
    const outcome = await exportFinalReport(plan, '2030-12-31', 'Sluttrapport', t, quiet);
    expect(outcome).toEqual({
      ok: false,
      canceled: false,
      message: 'Sluttrapporten kunne ikke lages: Minnet er fullt. Planen er ikke endret.',
    });
    expect(saved).toHaveLength(0);
    expect(plan).toEqual(before);
  });
});
