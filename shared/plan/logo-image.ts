import { bytesToBase64 } from '../format/base64';
import { LOGO_MAX_BYTES, type PlanLogo } from '../model/plan-info';

// A logo chosen on «Om planen» is checked here, before it goes into the plan: only PNG and
// JPEG (what Word, LibreOffice and the browser all show), not too large for the plan file, and
// with its size read from the image itself, so the cover keeps its shape.

export type LogoResult = { ok: true; logo: PlanLogo } | { ok: false; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const readUint32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const readUint16 = (b: Uint8Array, at: number) => (b[at]! << 8) + b[at + 1]!;

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((v, i) => bytes[i] !== v)) return null;
  return { width: readUint32(bytes, 16), height: readUint32(bytes, 20) };
}

/** Walks the JPEG markers to the frame header (SOFn), which holds the size. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return { height: readUint16(bytes, at + 5), width: readUint16(bytes, at + 7) };
    at += 2 + readUint16(bytes, at + 2);
  }
  return null;
}

const kilobytes = (n: number) => `${Math.round(n / 1024)} kB`;

/** A chosen file as a logo, or why it cannot be one (in bokmål). */
export function readLogoImage(bytes: Uint8Array, alt: string): LogoResult {
  if (bytes.length > LOGO_MAX_BYTES)
    return {
      ok: false,
      message: `Bildet er ${kilobytes(bytes.length)}. En logo kan være på høyst ${kilobytes(LOGO_MAX_BYTES)}; lagre den mindre og prøv igjen.`,
    };
  const png = pngSize(bytes);
  const jpeg = png ? null : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size)
    return {
      ok: false,
      message: 'Filen er ikke et PNG- eller JPEG-bilde. Velg en logo lagret som .png eller .jpg.',
    };
  if (size.width < 1 || size.height < 1 || size.width > 20000 || size.height > 20000)
    return { ok: false, message: 'Bildet har en størrelse programmet ikke kan lese.' };
  return {
    ok: true,
    logo: {
      mimeType: png ? 'image/png' : 'image/jpeg',
      data: bytesToBase64(bytes),
      width: size.width,
      height: size.height,
      alt,
    },
  };
}
