// Norwegian number formats: a no-break space between thousands, decimal comma, "kr" and "%"
// after a space (docs/glossary.md, "Words"). Written out by hand so the result is the same
// everywhere.

const NBSP = '\u00a0';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** 2628000 → "2 628 000"; 12.5 → "12,5". */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '−' : '';
  const [whole = '0', fraction] = String(Math.abs(value)).split('.');
  return `${sign}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** 2628000 → "2 628 000 kr". */
export function formatKroner(amount: number): string {
  return `${formatNumber(amount)}${NBSP}kr`;
}

/** 50 → "50 %". */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}${NBSP}%`;
}

/** "2 628 000", "12,5", "-3" → a number; null when the text is not a number. */
export function parseNorwegianNumber(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('−', '-')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** What a typed amount or percentage means: a value (null when the field is left empty) or why not. */
export type NumberInput = { ok: true; value: number | null } | { ok: false; message: string };

/** Far above any programme budget, and low enough that kroner × basis points stays exact. */
export const MAX_KRONER = 10_000_000_000;

const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Reads money typed the way people write it. Money is whole kroner, so this refuses what could be
 * misread instead of guessing:
 * - spaces (also no-break and thin spaces) between thousands: "2 628 000";
 * - "kr", "kr." or "NOK" before or after: "2628000 kr", "kr 2 628 000";
 * - dots between groups of exactly three digits are thousands separators: "kr 2.628.000";
 * - ",-" and ",00" after whole kroner mean "no øre": "1 500,-", "1 500,00";
 * - a comma before exactly three digits ("1,500") could be a decimal comma or an English
 *   thousands separator, so it is refused with a question;
 * - øre ("1500,50", "2.5") are refused, never rounded; so are negative amounts, words and
 *   amounts over MAX_KRONER.
 */
export function parseKronerInput(text: string): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const cleaned = trimmed
    .replace(SPACES, '')
    .replace(/^(kr\.?|nok)/i, '')
    .replace(/(kr\.?|nok)$/i, '')
    .replace(/(,-|,00|\.00)$/, '');
  if (/^[-−]\d/.test(cleaned))
    return {
      ok: false,
      message: 'Beløpet kan ikke være negativt. Skriv hele kroner, for eksempel 250 000.',
    };
  const digits = /^\d{1,3}(\.\d{3})+$/.test(cleaned) ? cleaned.replace(/\./g, '') : cleaned;
  if (/^\d+$/.test(digits)) {
    const value = Number(digits);
    if (value > MAX_KRONER)
      return {
        ok: false,
        message: `${formatKroner(value)} er mer enn ${formatNumber(MAX_KRONER / 1_000_000_000)} milliarder. Sjekk beløpet.`,
      };
    return { ok: true, value };
  }
  if (/^\d{1,3}(,\d{3})+$/.test(digits)) {
    const thousands = formatNumber(Number(digits.replace(/,/g, '')));
    return {
      ok: false,
      message: `«${trimmed}» kan leses på to måter. Mener du ${thousands} kroner, skriv ${thousands} (med mellomrom).`,
    };
  }
  if (/^\d+[,.]\d+$/.test(digits)) {
    const exact = Number(digits.replace(',', '.'));
    if (Number.isInteger(exact)) return { ok: true, value: exact };
    return {
      ok: false,
      message: `«${trimmed}» har øre, men budsjettet føres i hele kroner. Rund av selv, for eksempel til ${formatNumber(Math.floor(exact))} eller ${formatNumber(Math.ceil(exact))}.`,
    };
  }
  return {
    ok: false,
    message: `«${trimmed}» er ikke et beløp. Skriv hele kroner med sifre, for eksempel 250 000.`,
  };
}

/**
 * Reads a percentage: "70", "70 %", "70%", "33,33" (or "33.33"). Between 0 and 100 with at most
 * two decimals, since splits are computed in hundredths of a percent; more decimals are refused,
 * not rounded.
 */
export function parsePercentInput(text: string): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const cleaned = trimmed.replace(SPACES, '').replace(/(%|prosent)$/i, '');
  if (/^[-−]/.test(cleaned)) return { ok: false, message: 'Andelen kan ikke være negativ.' };
  if (!/^\d+([,.]\d+)?$/.test(cleaned))
    return {
      ok: false,
      message: `«${trimmed}» er ikke en prosent. Skriv et tall fra 0 til 100, for eksempel 70 eller 33,33.`,
    };
  const [, decimals = ''] = cleaned.split(/[,.]/);
  if (decimals.length > 2)
    return { ok: false, message: 'Skriv prosenten med høyst to desimaler, for eksempel 33,33.' };
  const value = Number(cleaned.replace(',', '.'));
  if (value > 100) return { ok: false, message: 'En andel kan ikke være mer enn 100 %.' };
  return { ok: true, value };
}
