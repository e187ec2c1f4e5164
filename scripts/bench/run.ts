import { writeFileSync } from 'node:fs';
import { autosaveBenchmarks } from './autosave-time';
import type { BenchResult } from './bench-result';
import { editorBenchmarks } from './editor-latency';
import { exportBenchmarks } from './export-time';
import { historyBenchmarks } from './history-size';
import { longWordBenchmarks } from './long-word';
import { reportBenchmarks } from './report-time';
import { workshopSyncBenchmarks } from './workshop-sync';

// `npm run bench`: runs every benchmark, prints the figures and writes bench-results.json so
// runs can be compared. Benchmarks report figures; they never pass or fail on a speed target.
// `npm run bench -- eksport` runs only the suites whose name contains the word.
const suites: { name: string; run: () => Promise<BenchResult[]> }[] = [
  { name: 'Redigering (Chromium)', run: editorBenchmarks },
  { name: 'Eksport til Word og Excel (Node)', run: exportBenchmarks },
  { name: 'Eksport av lange ord til Word (Node)', run: () => longWordBenchmarks() },
  { name: 'Autolagring av en stor plan (Node)', run: autosaveBenchmarks },
  {
    name: 'Autolagring og filstørrelse med versjoner og endringslogg (Node)',
    run: historyBenchmarks,
  },
  { name: 'Statusrapport for 500 tiltak: lage, Word og Excel (Node)', run: reportBenchmarks },
  {
    name: 'Verksted: 30 deltakere med 10 ideer og stemmer gjennom appen til plan-fila (Node)',
    run: workshopSyncBenchmarks,
  },
];

const only = process.argv.slice(2).join(' ').trim().toLowerCase();
const chosen = suites.filter((s) => !only || s.name.toLowerCase().includes(only));
if (chosen.length === 0) {
  console.error(`Ingen benchmark heter noe med «${only}».`);
  process.exit(2);
}

const results: BenchResult[] = [];
for (const suite of chosen) {
  console.log(`\n${suite.name}`);
  for (const result of await suite.run()) {
    results.push(result);
    console.log(`  ${result.name.padEnd(60)} ${String(result.value).padStart(10)} ${result.unit}`);
  }
}
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nSkrev bench-results.json');
