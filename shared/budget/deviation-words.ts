import { formatKroner, formatPercent } from '../format/numbers';
import type { MoneyFigure } from './spending';

/** The deviation with its sign, as in a table column: "+20 000 kr", "−5 000 kr", "0 kr". */
export function signedKroner(amount: number): string {
  return amount > 0 ? `+${formatKroner(amount)}` : formatKroner(amount);
}

/** The deviation in percent with its sign, "+10 %"; a dash when nothing was budgeted. */
export function signedPercent(percent: number | null): string {
  if (percent === null) return '–';
  return percent > 0 ? `+${formatPercent(percent)}` : formatPercent(percent);
}

/**
 * Budget against spending in words, so a deviation reads without the table or its colours:
 * «Brukt 20 000 kr mer enn budsjett (10 % over).»
 */
export function deviationInWords(figure: MoneyFigure): string {
  const { budget, spent, deviation, deviationPercent } = figure;
  if (budget === 0 && spent === 0) return 'Ingenting budsjettert eller brukt.';
  if (deviation === 0) return 'Brukt som budsjettert.';
  if (budget === 0) return `Brukt ${formatKroner(spent)} uten budsjett.`;
  const over = deviation > 0;
  const share =
    deviationPercent === null
      ? ''
      : ` (${formatPercent(Math.abs(deviationPercent))} ${over ? 'over' : 'under'})`;
  return `Brukt ${formatKroner(Math.abs(deviation))} ${over ? 'mer' : 'mindre'} enn budsjett${share}.`;
}
