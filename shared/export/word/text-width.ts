// How wide a word prints in the document's font (Arial; the metrics of Helvetica, which Arial
// shares, in thousandths of an em). Only used to give table columns room for their longest word,
// so a close estimate is enough: unknown characters count as a wide letter.

// prettier-ignore
const REGULAR: Record<string, number> = {
  ' ': 278, '\u00A0': 278, '.': 278, ',': 278, ':': 278, ';': 278, '-': 333, '–': 556, '/': 278,
  '(': 333, ')': 333, '«': 556, '»': 556, '%': 889, '&': 667, '+': 584, '*': 389, a: 556, b: 556,
  c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833, n: 556,
  o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500,
  æ: 889, ø: 611, å: 556, é: 556, ü: 556, ö: 556, ä: 556, A: 667, B: 667, C: 722, D: 722, E: 667,
  F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833, N: 722, O: 778, P: 667, Q: 778,
  R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611, Æ: 1000, Ø: 778,
  Å: 667,
};
const DIGIT = 556;
const UNKNOWN = 667;
/** Arial Bold is about this much wider than Arial. */
const BOLD_FACTOR = 1.09;

/** Width in twips of `text` in Arial at `halfPoints` (docx's font size unit). */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += /\d/.test(ch) ? DIGIT : (REGULAR[ch] ?? UNKNOWN);
  // 1 pt = 20 twips; a half point is 10 twips per em.
  return Math.ceil((units / 1000) * halfPoints * 10 * (bold ? BOLD_FACTOR : 1));
}

/**
 * The widest word of the text: the narrowest a column can be before a word is broken. A soft
 * hyphen (U+00AD) marks where a long header may break, so its parts count as words.
 */
export function longestWordWidth(text: string, halfPoints: number, bold = false): number {
  let widest = 0;
  // A no-break space (U+00A0) joins, as in «1 240 000 kr» and «01.01.2027 –».
  for (const word of text.split(/[ \t\n\u00AD\u200B]+/)) {
    if (word) widest = Math.max(widest, textWidth(word, halfPoints, bold));
  }
  return widest;
}
