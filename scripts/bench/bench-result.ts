/** One figure from a benchmark, as written to bench-results.json. */
export interface BenchResult {
  name: string;
  unit: string;
  value: number;
}
