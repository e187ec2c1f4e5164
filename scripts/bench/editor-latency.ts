import type { BenchResult } from './bench-result';

/** Keystroke-to-paint latency in the editor with a 500-measure plan (being written). */
export async function editorBenchmarks(): Promise<BenchResult[]> {
  throw new Error('Ikke skrevet ennå.');
}
