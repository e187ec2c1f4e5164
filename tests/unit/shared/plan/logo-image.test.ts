import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, planLogoSchema } from '#shared/model/plan-info';
import { readLogoImage } from '#shared/plan/logo-image';
import { base64ToBytes, bytesToBase64 } from '#shared/format/base64';
import { solidPng } from '../../../support/word-export-fixtures';

/** The smallest JPEG header that carries a frame size: SOI, an APP0 segment, then SOF0. */
function jpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x04,
    0x4a,
    0x46,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
}

describe('a logo chosen on Om planen', () => {
  it('takes a PNG with its size and alt text, as a valid plan logo', () => {
    const png = solidPng(30, 12, [1, 2, 3]);
    const result = readLogoImage(png, 'Kommunens logo');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.logo).toMatchObject({
      mimeType: 'image/png',
      width: 30,
      height: 12,
      alt: 'Kommunens logo',
    });
    expect(base64ToBytes(result.logo.data)).toEqual(png);
    expect(planLogoSchema.safeParse(result.logo).success).toBe(true);
  });

  it('reads the size of a JPEG from its frame header', () => {
    const result = readLogoImage(jpegHeader(640, 200), '');
    expect(result).toMatchObject({
      ok: true,
      logo: { mimeType: 'image/jpeg', width: 640, height: 200 },
    });
  });

  it('refuses another kind of file, in bokmål', () => {
    const gif = new TextEncoder().encode('GIF89a……');
    expect(readLogoImage(gif, '')).toEqual({
      ok: false,
      message: 'Filen er ikke et PNG- eller JPEG-bilde. Velg en logo lagret som .png eller .jpg.',
    });
  });

  it('refuses a file over the limit and says how large it is', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(solidPng(2, 2, [0, 0, 0]));
    const result = readLogoImage(big, '');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(
        'Bildet er 500 kB. En logo kan være på høyst 500 kB; lagre den mindre og prøv igjen.',
      );
  });

  it('encodes base64 as the standard does, for every padding', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) {
      const bytes = new TextEncoder().encode(text);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(text).toString('base64'));
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
  });
});
