import { formatNumber } from '#shared/format/numbers';
import type { SplitShare } from '#shared/model/budget';

/** "70/30", "33,33/33,33/33,34": how people name a split. */
export function splitLabel(split: SplitShare[]): string {
  const shares = split.filter((s) => s.percent > 0);
  if (shares.length === 0) return 'ingen kilder valgt';
  return shares.map((s) => formatNumber(s.percent)).join('/');
}
