import { performance } from 'node:perf_hooks';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { wordPresets } from '#shared/export/word/word-export-options';
import { createEmptyPlan } from '#shared/plan/create-plan';
import type { BenchResult } from './bench-result';

/*
 * Word export time for a plan whose vision is one long unbroken word (pasted data, a URL without
 * spaces …). Such a word once made the export grow quadratically with its length; the figures
 * show whether time now grows about linearly. One run per size, after one untimed warm-up.
 * `npx tsx scripts/bench/long-word.ts 8000 32000` measures the given sizes only.
 */

// 100 characters first: the export of a plan with ordinary text, to compare with.
const SIZES = [100, 8_000, 32_000, 128_000, 512_000];

export async function longWordBenchmarks(sizes = SIZES): Promise<BenchResult[]> {
  const options = { sections: [...wordPresets.full.sections], date: '2027-06-15' };
  const results: BenchResult[] = [];
  await buildPlanDocx(createEmptyPlan(new Date('2027-01-01T00:00:00.000Z')), options, {
    orgChart: null,
  });
  for (const size of sizes) {
    const plan = createEmptyPlan(new Date('2027-01-01T00:00:00.000Z'));
    plan.info.title = 'Handlingsplan for Bydel Lang';
    plan.vision.text = 'ordord'.repeat(Math.ceil(size / 6)).slice(0, size);
    const t0 = performance.now();
    await buildPlanDocx(plan, options, { orgChart: null });
    const ms = Math.round(performance.now() - t0);
    results.push({ name: `Word, ett ord på ${size} tegn`, unit: 'ms', value: ms });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  for (const r of await longWordBenchmarks(sizes.length ? sizes : SIZES)) {
    console.log(`${r.name.padEnd(40)} ${String(r.value).padStart(8)} ${r.unit}`);
  }
}
