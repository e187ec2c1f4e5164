// Rows copied from Word or Excel, as the clipboard gives them: Excel puts tab-separated text on
// it (a cell with a line break in quotes), Word an HTML <table> besides plain text whose cells
// with several paragraphs cannot be told from new rows. So the HTML table wins when there is one.
// Pure string work (no DOM), so the same reading is tested in Node and used in the app.

/** A pasted table: rows of cell texts, trimmed, without empty rows, all rows equally wide. */
export type PastedTable = string[][];

export interface ClipboardTexts {
  text?: string;
  html?: string;
}

/** The table in what was pasted; empty when there is nothing but blank rows. */
export function readPastedTable({ text = '', html = '' }: ClipboardTexts): PastedTable {
  const fromHtml = /<table[\s>]/i.test(html) ? parseHtmlTable(html) : [];
  return fromHtml.length > 0 ? fromHtml : parseTsv(text);
}

/**
 * Tab-separated text as Excel writes it: a cell that holds a tab, a line break or a quote is in
 * double quotes, with a quote inside written twice.
 */
export function parseTsv(text: string): PastedTable {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const source = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < source.length) {
    const ch = source[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell runs to the quote that is not doubled.
      i += 1;
      while (i < source.length) {
        if (source[i] === '"') {
          if (source[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        cell += source[i];
        i += 1;
      }
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return tidy(rows);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  aring: 'å',
  Aring: 'Å',
  oslash: 'ø',
  Oslash: 'Ø',
  aelig: 'æ',
  AElig: 'Æ',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  bull: '•',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** A cell's text: each paragraph, list item or line break on a line of its own. */
function cellText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  // A soft hyphen is a line-break hint in Word, not part of the word («Samarbeids­partnere»).
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .replace(/\u00ad/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The first table in Word's or Excel's HTML, cell by cell. A cell spanning columns is followed
 * by empty cells so later cells stay under their heading; a table inside a cell is read as text.
 */
export function parseHtmlTable(html: string): PastedTable {
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script)[\s\S]*?<\/\1>/gi, '');
  const start = source.search(/<table[\s>]/i);
  if (start < 0) return [];
  const rows: string[][] = [];
  // Walk tags, counting nested tables, so only the outer table's rows and cells count.
  const tag = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi;
  tag.lastIndex = start;
  let depth = 0;
  let row: string[] | null = null;
  let cellStart = -1;
  let span = 1;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(source))) {
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'table') {
      depth += closing ? -1 : 1;
      if (depth === 0) break;
      continue;
    }
    if (depth !== 1) continue;
    if (name === 'tr') {
      if (!closing) row = [];
      else if (row) {
        rows.push(row);
        row = null;
      }
    } else if (!closing) {
      cellStart = m.index + m[0].length;
      span = Math.max(1, Math.min(50, Number(/colspan\s*=\s*"?(\d+)/i.exec(m[3]!)?.[1] ?? 1)));
    } else if (row && cellStart >= 0) {
      row.push(cellText(source.slice(cellStart, m.index)));
      for (let k = 1; k < span; k += 1) row.push('');
      cellStart = -1;
    }
  }
  if (row && row.length > 0) rows.push(row);
  return tidy(rows);
}

/** Trimmed cells, no blank rows, no blank columns at the right, every row as wide as the widest. */
function tidy(rows: string[][]): PastedTable {
  const kept = rows
    .map((r) => r.map((c) => c.replace(/\u00a0/g, ' ').trim()))
    .filter((r) => r.some((c) => c !== ''));
  let width = 0;
  for (const r of kept) {
    let last = r.length;
    while (last > 0 && r[last - 1] === '') last -= 1;
    width = Math.max(width, last);
  }
  return kept.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}
