import { describe, expect, it } from 'vitest';
import { parseProgressInput } from '#shared/format/progress';

describe('parseProgressInput', () => {
  it('reads whole percents written the Norwegian way', () => {
    expect(parseProgressInput('70')).toEqual({ ok: true, value: 70 });
    expect(parseProgressInput(' 70 % ')).toEqual({ ok: true, value: 70 });
    expect(parseProgressInput('100%')).toEqual({ ok: true, value: 100 });
    expect(parseProgressInput('45,0')).toEqual({ ok: true, value: 45 });
    expect(parseProgressInput('')).toEqual({ ok: true, value: 0 });
  });

  it('refuses decimals, negatives, more than 100 and words with a bokmål message', () => {
    const refused = (text: string) => {
      const result = parseProgressInput(text);
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.message;
    };
    expect(refused('72,5')).toBe('Skriv framdriften som et helt tall, for eksempel 73.');
    expect(refused('-5')).toMatch(/negativ/);
    expect(refused('120')).toBe('Framdriften kan ikke være mer enn 100 %.');
    expect(refused('halvveis')).toMatch(/«halvveis» er ikke en framdrift/);
  });
});
