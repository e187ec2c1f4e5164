/**
 * Splits whole kroner by percentages so the parts add up exactly (largest remainder method):
 * every part gets the whole kroner of its exact share, and the kroner left over go one each to
 * the parts with the largest fractions, earlier parts first on ties. When the percentages add up
 * to 100 the parts add up to the total; otherwise to the total times their sum, rounded.
 * Percentages may have up to two decimals (33,33 %).
 */
export function allocateByPercent<K>(
  total: number,
  shares: { key: K; percent: number }[],
): { key: K; amount: number }[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError('Beløpet må være hele, positive kroner.');
  // Basis points keep the arithmetic in integers: total × bp stays far below 2^53 for any budget.
  const points = shares.map((s) => Math.round(s.percent * 100));
  const exact = points.map((p) => total * p);
  const floors = exact.map((e) => Math.floor(e / 10_000));
  const target = Math.round((total * points.reduce((a, b) => a + b, 0)) / 10_000);
  let leftover = target - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, index) => ({ index, remainder: e % 10_000 }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const amounts = [...floors];
  for (const { index } of order) {
    if (leftover <= 0) break;
    amounts[index]! += 1;
    leftover -= 1;
  }
  return shares.map((s, i) => ({ key: s.key, amount: amounts[i]! }));
}
