/**
 * Bytes of a plan file → text. Plan files are UTF-8; Notepad may add a byte order mark or save
 * as UTF-16, which loses nothing and is read. Anything else (a file saved as Latin-1/Windows-1252
 * by another program) is refused, because reading it as UTF-8 would turn æøå into U+FFFD and the
 * next save would make that loss permanent.
 */

export type PlanEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodedPlanBytes =
  | { ok: true; text: string; encoding: PlanEncoding }
  | {
      ok: false;
      /** 'not-utf8' can be converted from Windows-1252; 'bad-utf16' cannot. */
      reason: 'not-utf8' | 'bad-utf16';
      /** "Linje 3, kolonne 14": where the first byte that is not UTF-8 is. */
      where: string;
    };

export function decodePlanBytes(bytes: Uint8Array): DecodedPlanBytes {
  const encoding = detectEncoding(bytes);
  if (encoding !== 'utf-8') {
    try {
      // The decoder drops the byte order mark itself (ignoreBOM is false by default).
      return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      return { ok: false, reason: 'bad-utf16', where: '' };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, reason: 'not-utf8', where: lineAndColumnOfByte(bytes) };
  }
}

/** The text as Windows-1252 (what Windows programs write as «ANSI» in Norway). */
export function decodeWindows1252(bytes: Uint8Array): string {
  // Node since 20.18.3/22.13 decodes a one-shot windows-1252 call as Latin-1, turning € and «–»
  // into control characters (nodejs/node#60888); the streaming path uses the real table.
  const decoder = new TextDecoder('windows-1252');
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/** RFC 4627's rule: a JSON text starts with an ASCII character, so zero bytes tell UTF-16 apart. */
function detectEncoding(bytes: Uint8Array): PlanEncoding {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (bytes.length >= 2 && a !== 0 && b === 0) return 'utf-16le';
  if (bytes.length >= 2 && a === 0 && b !== 0) return 'utf-16be';
  return 'utf-8';
}

/**
 * The place of the first byte that is not UTF-8. A streaming decoder only fails on bytes it has
 * seen (an unfinished sequence at the end waits for more), so "the first n bytes are bad" grows
 * with n and the first bad byte can be found by halving.
 */
function lineAndColumnOfByte(bytes: Uint8Array): string {
  const badWithin = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (badWithin(mid + 1)) high = mid;
    else low = mid + 1;
  }
  // Decoding fails at `low`, which may be the second byte of a sequence («æ» in Latin-1 followed
  // by «r»): step back to where the last complete character ends.
  const decodesWhole = (n: number) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n));
    } catch {
      return null;
    }
  };
  let before: string | null = null;
  for (let n = low; before === null && n >= 0; n--) before = decodesWhole(n);
  return positionInText(before ?? '', (before ?? '').length);
}

/** "Linje 12, kolonne 5" for a position in a text (both counted from 1, as editors do). */
export function positionInText(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `Linje ${line}, kolonne ${column}`;
}
