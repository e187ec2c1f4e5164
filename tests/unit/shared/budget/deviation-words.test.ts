import { describe, expect, it } from 'vitest';
import { deviationInWords, signedKroner, signedPercent } from '#shared/budget/deviation-words';
import { moneyFigure } from '#shared/budget/spending';

const nb = (text: string) => text.replace(/\u00a0/g, ' ');

describe('deviationInWords', () => {
  it('says how much more than the budget was spent, in kroner and percent', () => {
    expect(nb(deviationInWords(moneyFigure(200_000, 220_000)))).toBe(
      'Brukt 20 000 kr mer enn budsjett (10 % over).',
    );
  });

  it('says how much less was spent, with a decimal comma', () => {
    expect(nb(deviationInWords(moneyFigure(80_000, 70_000)))).toBe(
      'Brukt 10 000 kr mindre enn budsjett (12,5 % under).',
    );
  });

  it('names spending without a budget and the cases with no deviation', () => {
    expect(nb(deviationInWords(moneyFigure(0, 5_000)))).toBe('Brukt 5 000 kr uten budsjett.');
    expect(deviationInWords(moneyFigure(100, 100))).toBe('Brukt som budsjettert.');
    expect(deviationInWords(moneyFigure(0, 0))).toBe('Ingenting budsjettert eller brukt.');
  });
});

describe('signed figures', () => {
  it('puts a plus before an overspend and the minus sign before an underspend', () => {
    expect(nb(signedKroner(20_000))).toBe('+20 000 kr');
    expect(nb(signedKroner(-5_000))).toBe('−5 000 kr');
    expect(nb(signedKroner(0))).toBe('0 kr');
    expect(nb(signedPercent(12.5))).toBe('+12,5 %');
    expect(nb(signedPercent(-10))).toBe('−10 %');
    expect(signedPercent(null)).toBe('–');
  });
});
