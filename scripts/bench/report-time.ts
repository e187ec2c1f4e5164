import { performance } from 'node:perf_hooks';
import { buildReportXlsx } from '#shared/export/excel/build-report-xlsx';
import { buildFinalReportDocx } from '#shared/export/word/final-report/build-final-report-docx';
import { buildReportDocx } from '#shared/export/word/report/build-report-docx';
import { planSchema, type Plan } from '#shared/model/plan';
import { startStatusReport, submitReport, updateReportEntry } from '#shared/plan/report-operations';
import { setMeasureSpent } from '#shared/plan/spending-operations';
import type { BenchResult } from './bench-result';
import { benchPlan, median, osloTemplate } from './export-time';

/*
 * «rapport»: a status report for a plan of 500 measures (the export benchmark's plan, with
 * spending on every measure). Times making the report (the snapshot of every measure), then
 * building it as Word and as Excel from the snapshot, and the final report over two reports.
 * Medians of RUNS runs after WARM_UP runs.
 */

const MEASURES = 500;
const RUNS = 5;
const WARM_UP = 1;

function withSpending(plan: Plan): Plan {
  const year = plan.info.periodStart;
  const source = plan.budget.sources[0]!.id;
  let next = plan;
  next.measures.forEach((m, i) => {
    next = setMeasureSpent(next, m.id, year, source, 10_000 + (i % 17) * 1_250);
  });
  return next;
}

async function timed<T>(samples: number[], work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  samples.push(performance.now() - start);
  return result;
}

export async function reportBenchmarks(): Promise<BenchResult[]> {
  const plan = withSpending(planSchema.parse(benchPlan(await osloTemplate(), MEASURES)));
  const year = plan.info.periodStart;
  const making: number[] = [];
  const word: number[] = [];
  const excel: number[] = [];
  const final: number[] = [];
  let sizes = { word: 0, excel: 0, final: 0 };
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const keep = run >= WARM_UP;
    const m: number[] = [];
    let withReport = await timed(m, () =>
      startStatusReport(plan, { period: { year, part: 'h1' } }, 'bench-report', `${year}-06-30`),
    );
    if (keep) making.push(...m);
    // Every measure reported, as after a real half-year.
    withReport.measures.forEach((measure, i) => {
      withReport = updateReportEntry(withReport, 'bench-report', measure.id, {
        status: (['n', 'v', 'g', 'a'] as const)[i % 4],
        progress: (i * 7) % 101,
        challenges: i % 5 === 0 ? 'Få boliger å leie i markedet.' : '',
      });
    });
    withReport = submitReport(withReport, 'bench-report', `${year}-08-01`);
    const report = withReport.statusReports[0]!;
    const w: number[] = [];
    const e: number[] = [];
    const f: number[] = [];
    const docx = await timed(w, () => buildReportDocx(report));
    const xlsx = await timed(e, () => buildReportXlsx(report));
    const finalDocx = await timed(f, () => buildFinalReportDocx(withReport, `${year + 3}-12-31`));
    sizes = { word: docx.length, excel: xlsx.length, final: finalDocx.length };
    if (keep) {
      word.push(...w);
      excel.push(...e);
      final.push(...f);
    }
  }
  const ms = (name: string, samples: number[]): BenchResult => ({
    name: `${name}, ${MEASURES} tiltak, median`,
    unit: 'ms',
    value: median(samples),
  });
  const kb = (name: string, bytes: number): BenchResult => ({
    name: `${name}, ${MEASURES} tiltak, filstørrelse`,
    unit: 'kB',
    value: Math.round(bytes / 1024),
  });
  return [
    ms('Lage statusrapport (startStatusReport)', making),
    ms('Halvårsrapport til Word (buildReportDocx)', word),
    ms('Halvårsrapport til Excel (buildReportXlsx)', excel),
    ms('Sluttrapport til Word (buildFinalReportDocx)', final),
    kb('Halvårsrapport Word', sizes.word),
    kb('Halvårsrapport Excel', sizes.excel),
    kb('Sluttrapport Word', sizes.final),
  ];
}
