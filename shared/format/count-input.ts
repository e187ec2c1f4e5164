import { parseNorwegianNumber, type NumberInput } from './numbers';

/** A count of households typed in a field: a whole number from 0, or empty. */
export function parseCountInput(text: string): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = parseNorwegianNumber(trimmed);
  if (value === null) return { ok: false, message: `«${trimmed}» er ikke et tall.` };
  if (!Number.isInteger(value) || value < 0) {
    return { ok: false, message: 'Skriv et helt antall, 0 eller mer.' };
  }
  return { ok: true, value };
}

/** A measured value: any number, with decimal comma ("12,5") or point; required. */
export function parseValueInput(text: string): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Skriv verdien som ble målt.' };
  const value = parseNorwegianNumber(trimmed.replace('.', ','));
  if (value === null) {
    return { ok: false, message: `«${trimmed}» er ikke et tall. Skriv for eksempel 12,5.` };
  }
  return { ok: true, value };
}
