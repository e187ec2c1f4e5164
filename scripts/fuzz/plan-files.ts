import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createDiskCheck } from '../../tests/support/plan-file-on-disk';
import {
  mutationKinds,
  planFileCase,
  type MutationKind,
} from '../../tests/support/plan-file-mutations';
import { judgeReading } from '../../tests/support/plan-reading-verdict';

// `npm run fuzz [-- <cases> [<seed>]]`: opens mutated plan files (10 000 by default) through the
// reader and, for each, the real store on a temp file, and prints what happened per kind of
// mutation. Exits 1 if any case broke the property (see tests/support/plan-reading-verdict.ts).
const cases = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);

type Row = { cases: number; accepted: number; refused: number; violations: number; ms: number };
const rows = new Map<MutationKind, Row>(
  mutationKinds.map((kind) => [kind, { cases: 0, accepted: 0, refused: 0, violations: 0, ms: 0 }]),
);
const examples: string[] = [];
let crashes = 0;

const dir = await mkdtemp(join(tmpdir(), 'planverksted-fuzz-'));
const checkOnDisk = createDiskCheck(dir);
const started = performance.now();
try {
  for (const testCase of fc.sample(planFileCase, { numRuns: cases, seed })) {
    const row = rows.get(testCase.kind)!;
    const t0 = performance.now();
    const verdict = judgeReading(testCase);
    const violation = verdict.violation ?? (await checkOnDisk(testCase, verdict));
    row.ms += performance.now() - t0;
    row.cases++;
    row[verdict.outcome]++;
    if (verdict.violation?.startsWith('krasj')) crashes++;
    if (violation) {
      row.violations++;
      if (examples.length < 10)
        examples.push(`${String(testCase[fc.toStringMethod]?.())}\n    → ${violation}`);
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;

const total = [...rows.values()].reduce(
  (sum, r) => ({
    cases: sum.cases + r.cases,
    accepted: sum.accepted + r.accepted,
    refused: sum.refused + r.refused,
    violations: sum.violations + r.violations,
    ms: sum.ms + r.ms,
  }),
  { cases: 0, accepted: 0, refused: 0, violations: 0, ms: 0 },
);
const line = (name: string, r: Row) =>
  `${name.padEnd(20)}${String(r.cases).padStart(7)}${String(r.accepted).padStart(10)}${String(r.refused).padStart(9)}${String(r.violations).padStart(9)}${(r.ms / Math.max(r.cases, 1)).toFixed(1).padStart(10)}`;

console.log(`Planfiler, fuzzing med fast-check (seed ${seed})\n`);
console.log(
  `${'mutasjon'.padEnd(20)}${'saker'.padStart(7)}${'godtatt'.padStart(10)}${'avvist'.padStart(9)}${'brudd'.padStart(9)}${'ms/sak'.padStart(10)}`,
);
for (const [kind, row] of rows) console.log(line(kind, row));
console.log(line('sum', total));
console.log(
  `\nkrasj: ${crashes}   brudd på egenskapen: ${total.violations}   tid: ${seconds.toFixed(1)} s`,
);
if (examples.length) console.log(`\nEksempler:\n  ${examples.join('\n  ')}`);
process.exitCode = total.violations > 0 ? 1 : 0;
