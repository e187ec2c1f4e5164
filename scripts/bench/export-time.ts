import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Packer } from 'docx';
import { openChromiumChartDrawer } from '../../electron/cli/chromium-chart-drawer';
import { findChromium } from '../../electron/cli/find-chromium';
import { buildPlanXlsx } from '#shared/export/excel/build-plan-xlsx';
import { documentOrgChartSource } from '#shared/export/word-export-assets';
import { buildPlanDocument } from '#shared/export/word/build-plan-document';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import {
  wordPresets,
  type ChartImage,
  type WordExportAssets,
} from '#shared/export/word/word-export-options';
import { planSchema, type Plan } from '#shared/model/plan';
import { readTemplateText } from '#shared/plan/read-template';
import { setCost, setFinancingMode, setOwnShare } from '#shared/plan/budget-operations';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { addMeasure } from '#shared/plan/measure-operations';
import { addPartner } from '#shared/plan/people-operations';
import type { BenchResult } from './bench-result';
import { benchMeasureTitle } from './big-plan';

/*
 * How much CPU time the Word and Excel exports take in Node for plans of 50, 150 and 500
 * measures built from the Oslo template (with costs over the programme years, own splits,
 * partners and target groups). CPU time of this process (user + system, process.cpuUsage), not
 * wall time: the test machine is shared, and another job running beside the benchmark stretches
 * wall time without changing the work done. Word figures per size:
 * - "hele eksporten": buildPlanDocx, i.e. our builder making the document model and docx packing
 *   it, as the app and `npm run export` run it;
 * - "bare docx-pakkingen": Packer.toArrayBuffer on a document model built beforehand (untimed),
 *   i.e. the library's own cost of writing the same content as XML and zipping it, including
 *   docx's page layout that fills in the table of contents' page numbers;
 * - the same packing without that page layout, and our own part alone (plan → document model);
 * - the page layout alone: packing with it minus packing without it, run by run.
 * "Hele eksporten" minus "bare docx-pakkingen" is what our own code costs. The organisation chart is drawn once in Chromium
 * (the headless export's way) and put in every document, as in a real full plan; drawing it is
 * timed on its own, in wall time, as Chromium does the work in processes of its own. Medians of
 * RUNS runs after WARM_UP runs (which let V8 compile the hot code first, as it has in an app that
 * has run a while), interleaved so drift hits all alike.
 */

const SIZES = [50, 150, 500];
const RUNS = 7;
const WARM_UP = 2;
const CHART_RUNS = 3;

export async function exportBenchmarks(): Promise<BenchResult[]> {
  const template = await osloTemplate();
  const chart = await drawOrgChart(template);
  const results: BenchResult[] = [...chart.figures];
  const assets: WordExportAssets = { orgChart: chart.image };
  const options = { sections: [...wordPresets.full.sections], date: '2027-06-15' };

  for (const size of SIZES) {
    const plan = planSchema.parse(benchPlan(template, size));
    const whole: number[] = [];
    const packing: number[] = [];
    const ours: number[] = [];
    const packingWithoutLayout: number[] = [];
    const excel: number[] = [];
    const layout: number[] = [];
    let bytes = 0;
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const counted = run >= WARM_UP;
      const t0 = cpuMs();
      const docx = await buildPlanDocx(plan, options, assets);
      const t1 = cpuMs();
      const model = buildPlanDocument(plan, options, assets);
      const t2 = cpuMs();
      await Packer.toArrayBuffer(model);
      const t3 = cpuMs();
      await buildPlanXlsx(plan);
      const t4 = cpuMs();
      const withoutLayout = buildPlanDocument(plan, options, assets, { estimatePages: false });
      const t5 = cpuMs();
      await Packer.toArrayBuffer(withoutLayout);
      const t6 = cpuMs();
      if (!counted) continue;
      whole.push(t1 - t0);
      ours.push(t2 - t1);
      packing.push(t3 - t2);
      excel.push(t4 - t3);
      packingWithoutLayout.push(t6 - t5);
      layout.push(t3 - t2 - (t6 - t5));
      bytes = docx.length;
    }
    const what = `${size} tiltak`;
    const cpu = (name: string, samples: number[]): BenchResult => ({
      name: `${name}, median`,
      unit: 'ms CPU',
      value: median(samples),
    });
    results.push(
      cpu(`Word, ${what}: hele eksporten (buildPlanDocx)`, whole),
      cpu(`Word, ${what}: bare docx-pakkingen (Packer)`, packing),
      cpu(`Word, ${what}: vår egen del (plan til dokumentmodell)`, ours),
      cpu(
        `Word, ${what}: docx-pakkingen uten sidetall i innholdsfortegnelsen`,
        packingWithoutLayout,
      ),
      cpu(`Word, ${what}: sidetallene alene (docx/layout)`, layout),
      { name: `Word, ${what}: dokumentets størrelse`, unit: 'kB', value: Math.round(bytes / 1024) },
      cpu(`Excel, ${what}: hele eksporten`, excel),
    );
  }
  return results;
}

/** CPU time this process has used so far, user and system, in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function median(samples: number[]): number {
  const sorted = samples.slice().sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value =
    sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

export async function osloTemplate(): Promise<Plan> {
  const read = readTemplateText(await readFile(join('templates', 'oslo-bydel.json'), 'utf8'));
  if (!read.ok) throw new Error(`oslo-bydel.json: ${read.error.message}`);
  return instantiateTemplate(
    read.template.plan,
    'Ytelsestest: eksport',
    new Date('2027-01-15T10:00:00Z'),
  );
}

/** The organisation chart of the Oslo plan, drawn in Chromium as `npm run export` draws it. */
async function drawOrgChart(
  plan: Plan,
): Promise<{ image: ChartImage | null; figures: BenchResult[] }> {
  const chromiumPath = findChromium();
  const source = documentOrgChartSource(plan);
  if (!chromiumPath || !source.ok) {
    console.log('  (uten organisasjonskart: fant ikke Chromium)');
    return { image: null, figures: [] };
  }
  const session = await openChromiumChartDrawer({
    chromiumPath,
    rendererDir: join('dist', 'renderer'),
    templatesDir: 'templates',
  });
  try {
    const times: number[] = [];
    let image: ChartImage | null = null;
    for (let run = 0; run <= CHART_RUNS; run++) {
      const start = performance.now();
      image = await session.draw(source.source, source.hints);
      // The first drawing loads mermaid; that is timed on its own below as part of run 0.
      times.push(performance.now() - start);
    }
    return {
      image,
      figures: [
        {
          name: 'Organisasjonskartet tegnet i Chromium, første gang (laster mermaid)',
          unit: 'ms',
          value: Math.round(times[0]!),
        },
        {
          name: 'Organisasjonskartet tegnet i Chromium, deretter, median',
          unit: 'ms',
          value: median(times.slice(1)),
        },
      ],
    };
  } finally {
    await session.close();
  }
}

const partnerNames = [
  'NAV',
  'Boligbygg',
  'Husbanken',
  'DPS Øst',
  'Kriminalomsorgen',
  'Frelsesarmeen',
];

/** The Oslo plan with `count` measures: owners, partners, target groups, dates and costs. */
export function benchPlan(template: Plan, count: number): Plan {
  let plan = template;
  for (const name of partnerNames) {
    if (!plan.partners.some((p) => p.name === name)) plan = addPartner(plan, { name }).plan;
  }
  const areas = plan.focusAreas;
  const owners = [
    ...plan.people.map((p) => ({ kind: 'person' as const, id: p.id })),
    ...plan.organisation.map((b) => ({ kind: 'body' as const, id: b.id })),
  ];
  const { periodStart, periodEnd } = plan.info;
  const [husbanken, kommunal] = plan.budget.sources;
  for (let i = 0; i < count; i++) {
    const area = areas[i % areas.length]!;
    const title = benchMeasureTitle(i);
    const start = periodStart + (i % 3);
    const id = `bench-${i}`;
    plan = addMeasure(
      plan,
      area.id,
      {
        title,
        description: `Tiltak ${i + 1}: ${title.toLowerCase()} i samarbeid med tjenestene i bydelen, med faste møter og felles rutiner for oppfølging.`,
        expectedResult: `Flere i målgruppen får hjelp (${10 + (i % 40)} husstander per år).`,
        owner: i % 9 === 0 ? null : owners[i % owners.length]!,
        partnerIds: plan.partners.filter((_, p) => (i + p) % 3 === 0).map((p) => p.id),
        targetGroupIds: plan.targetGroups.filter((_, t) => (i + t) % 4 === 0).map((t) => t.id),
        strategyIds: area.strategyIds.slice(0, 1 + (i % 2)),
        startDate: `${start}-0${1 + (i % 9)}-01`,
        endDate: `${Math.min(start + 1, periodEnd)}-12-31`,
        status: (['n', 'v', 'g', 'a'] as const)[i % 4],
        progress: ([0, 25, 50, 75, 100] as const)[i % 5],
      },
      id,
    );
    const ref = { kind: 'tiltak' as const, measureId: id };
    for (let year = start; year <= Math.min(start + 1, periodEnd); year++) {
      plan = setCost(plan, ref, year, 25_000 + ((i * 7_919) % 400) * 1_000);
    }
    if (i % 5 === 0 && husbanken && kommunal) {
      plan = setFinancingMode(plan, ref, 'percent');
      plan = setOwnShare(plan, ref, husbanken.id, 60);
      plan = setOwnShare(plan, ref, kommunal.id, 40);
    }
  }
  return plan;
}
