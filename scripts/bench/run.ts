import { writeFileSync } from 'node:fs';
import type { BenchResult } from './bench-result';
import { editorBenchmarks } from './editor-latency';

// `npm run bench`: runs every benchmark, prints the figures and writes bench-results.json so
// runs can be compared. Benchmarks report figures; they never pass or fail on a speed target.
const suites: { name: string; run: () => Promise<BenchResult[]> }[] = [
  { name: 'Redigering (Chromium)', run: editorBenchmarks },
];

const results: BenchResult[] = [];
for (const suite of suites) {
  console.log(`\n${suite.name}`);
  for (const result of await suite.run()) {
    results.push(result);
    console.log(`  ${result.name.padEnd(60)} ${String(result.value).padStart(10)} ${result.unit}`);
  }
}
writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nSkrev bench-results.json');
