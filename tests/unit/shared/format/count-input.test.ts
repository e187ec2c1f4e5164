import { describe, expect, it } from 'vitest';
import { parseCountInput, parseValueInput } from '#shared/format/count-input';

describe('parseCountInput', () => {
  it('reads whole counts with thousands spaces and an empty field', () => {
    expect(parseCountInput(' 1 177 ')).toEqual({ ok: true, value: 1177 });
    expect(parseCountInput('0')).toEqual({ ok: true, value: 0 });
    expect(parseCountInput('')).toEqual({ ok: true, value: null });
  });

  it('refuses parts of a household, negative counts and words', () => {
    expect(parseCountInput('2,5')).toEqual({
      ok: false,
      message: 'Skriv et helt antall, 0 eller mer.',
    });
    expect(parseCountInput('-3')).toMatchObject({ ok: false });
    expect(parseCountInput('mange')).toEqual({ ok: false, message: '«mange» er ikke et tall.' });
  });
});

describe('parseValueInput', () => {
  it('reads decimals with a comma or a point, and negative values', () => {
    expect(parseValueInput('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseValueInput('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseValueInput('−4')).toEqual({ ok: true, value: -4 });
  });

  it('asks for a value when the field is empty or not a number', () => {
    expect(parseValueInput(' ')).toEqual({ ok: false, message: 'Skriv verdien som ble målt.' });
    expect(parseValueInput('x')).toMatchObject({ ok: false });
  });
});
