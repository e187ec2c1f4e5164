import type { NumberInput } from './numbers';

const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Reads progress (framdrift) typed as a whole percent: "70", "70 %", "70%". Forms ask for whole
 * percents, so "72,5" is refused with a suggestion rather than rounded behind the user's back.
 * An empty field means 0 %.
 */
export function parseProgressInput(text: string): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: 0 };
  const cleaned = trimmed.replace(SPACES, '').replace(/(%|prosent)$/i, '');
  if (/^[-−]\d/.test(cleaned))
    return {
      ok: false,
      message: 'Framdriften kan ikke være negativ. Skriv et tall fra 0 til 100.',
    };
  if (/^\d+[,.]\d+$/.test(cleaned)) {
    const exact = Number(cleaned.replace(',', '.'));
    if (Number.isInteger(exact) && exact <= 100) return { ok: true, value: exact };
    return {
      ok: false,
      message: `Skriv framdriften som et helt tall, for eksempel ${Math.min(100, Math.round(exact))}.`,
    };
  }
  if (!/^\d+$/.test(cleaned))
    return {
      ok: false,
      message: `«${trimmed}» er ikke en framdrift. Skriv et helt tall fra 0 til 100, for eksempel 70.`,
    };
  const value = Number(cleaned);
  if (value > 100) return { ok: false, message: 'Framdriften kan ikke være mer enn 100 %.' };
  return { ok: true, value };
}
