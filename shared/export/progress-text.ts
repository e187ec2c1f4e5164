import { formatPercent } from '../format/numbers';
import { progressStep } from '../model/measures';

/**
 * Progress as Husbanken's form shows it: the box (25/50/75/100 %) from progressStep, and the
 * exact whole percent beside it when it differs, so «70 %» reads «75 % (70 %)» and no figure is
 * lost. 0 ticks no box: «0 %».
 */
export function progressFormText(progress: number): string {
  const step = progressStep(progress);
  if (step === progress) return formatPercent(progress);
  if (step === 0) return formatPercent(progress);
  return `${formatPercent(step)} (${formatPercent(progress)})`;
}
