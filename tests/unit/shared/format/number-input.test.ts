import { describe, expect, it } from 'vitest';
import { parseKronerInput, parsePercentInput } from '#shared/format/numbers';

const kroner = (text: string) => parseKronerInput(text);
const value = (text: string) => {
  const result = kroner(text);
  return result.ok ? result.value : `feil: ${result.message}`;
};

describe('typing money', () => {
  it('understands spaces, "kr", thousands dots and the usual "no øre" endings', () => {
    for (const text of [
      '2628000',
      '2 628 000',
      '2\u00a0628\u00a0000',
      '2\u202f628\u202f000',
      '2628000 kr',
      '2 628 000kr',
      'kr 2 628 000',
      'Kr. 2 628 000',
      'kr 2.628.000',
      '2 628 000 NOK',
      '2 628 000,-',
      '2 628 000,00',
      '2.628.000,00',
      '  2 628 000  ',
    ]) {
      expect(value(text), text).toBe(2_628_000);
    }
    expect(value('0')).toBe(0);
    expect(value('1.500')).toBe(1500);
    expect(value('12,0')).toBe(12);
  });

  it('leaves an empty field empty', () => {
    expect(kroner('')).toEqual({ ok: true, value: null });
    expect(kroner('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses øre instead of rounding them', () => {
    expect(kroner('1500,50')).toEqual({
      ok: false,
      message:
        '«1500,50» har øre, men budsjettet føres i hele kroner. Rund av selv, for eksempel til 1\u00a0500 eller 1\u00a0501.',
    });
    expect(kroner('2.5').ok).toBe(false);
    expect(kroner('12,5 kr').ok).toBe(false);
  });

  it('asks instead of guessing when a comma could be a thousands separator', () => {
    expect(kroner('1,500')).toEqual({
      ok: false,
      message:
        '«1,500» kan leses på to måter. Mener du 1\u00a0500 kroner, skriv 1\u00a0500 (med mellomrom).',
    });
    expect(kroner('2,628,000').ok).toBe(false);
  });

  it('refuses words, negative amounts and absurd amounts with a message in bokmål', () => {
    expect(kroner('tolv')).toEqual({
      ok: false,
      message: '«tolv» er ikke et beløp. Skriv hele kroner med sifre, for eksempel 250 000.',
    });
    expect(value('2,6 mill')).toMatch(/^feil: «2,6 mill» er ikke et beløp/);
    expect(value('kr')).toMatch(/ikke et beløp/);
    expect(value('1 2 3 x')).toMatch(/ikke et beløp/);
    expect(value('-5000')).toMatch(/ikke være negativt/);
    expect(value('−5 000 kr')).toMatch(/ikke være negativt/);
    expect(value('99 999 999 999')).toMatch(/mer enn 10 milliarder/);
  });
});

describe('typing a percentage', () => {
  it('accepts "70", "70 %", "70%" and two decimals with comma or dot', () => {
    expect(parsePercentInput('70')).toEqual({ ok: true, value: 70 });
    expect(parsePercentInput('70 %')).toEqual({ ok: true, value: 70 });
    expect(parsePercentInput('70%')).toEqual({ ok: true, value: 70 });
    expect(parsePercentInput('33,33')).toEqual({ ok: true, value: 33.33 });
    expect(parsePercentInput('33.33 %')).toEqual({ ok: true, value: 33.33 });
    expect(parsePercentInput('0')).toEqual({ ok: true, value: 0 });
    expect(parsePercentInput('100')).toEqual({ ok: true, value: 100 });
    expect(parsePercentInput('')).toEqual({ ok: true, value: null });
  });

  it('refuses what cannot be a share', () => {
    expect(parsePercentInput('33,333')).toEqual({
      ok: false,
      message: 'Skriv prosenten med høyst to desimaler, for eksempel 33,33.',
    });
    expect(parsePercentInput('120')).toEqual({
      ok: false,
      message: 'En andel kan ikke være mer enn 100 %.',
    });
    expect(parsePercentInput('-10')).toEqual({
      ok: false,
      message: 'Andelen kan ikke være negativ.',
    });
    expect(parsePercentInput('halvparten').ok).toBe(false);
  });
});
