import { parsePartialDate } from '../format/partial-date';
import { measureStatuses, measureStatusLabels, type MeasureStatus } from '../model/measures';
import type { PastedTable } from './paste-table';

// What each column of a pasted table holds: named by its header row when the table has one
// (the activity plan's own headings), otherwise guessed from what its cells look like.

export const pasteColumnKinds = [
  'code',
  'title',
  'description',
  'expectedResult',
  'start',
  'end',
  'partners',
  'owner',
  'status',
  'skip',
] as const;
export type PasteColumnKind = (typeof pasteColumnKinds)[number];

export const pasteColumnLabels: Record<PasteColumnKind, string> = {
  code: 'Kode',
  title: 'Tiltak',
  description: 'Beskrivelse',
  expectedResult: 'Forventet resultat',
  start: 'Start',
  end: 'Slutt',
  partners: 'Samarbeidspartnere',
  owner: 'Ansvarlig',
  status: 'Status',
  skip: 'Ikke bruk',
};

const normalise = (text: string) =>
  text
    .toLocaleLowerCase('nb')
    .replace(/\(.*?\)/g, ' ')
    .replace(/[:.*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Headings seen in Husbanken's form and in real plans.
const EXACT: Record<string, PasteColumnKind> = {
  kode: 'code',
  tiltakskode: 'code',
  nr: 'code',
  'tiltak nr': 'code',
  tiltaksnummer: 'code',
  tiltak: 'title',
  tiltaksnavn: 'title',
  navn: 'title',
  tittel: 'title',
  aktivitet: 'title',
  beskrivelse: 'description',
  innhold: 'description',
  resultat: 'expectedResult',
  oppstart: 'start',
  start: 'start',
  startdato: 'start',
  fra: 'start',
  periode: 'start',
  tidsperiode: 'start',
  tidsrom: 'start',
  tidsramme: 'start',
  slutt: 'end',
  sluttdato: 'end',
  avslutning: 'end',
  avsluttes: 'end',
  til: 'end',
  ferdig: 'end',
  samarbeidspartnere: 'partners',
  samarbeidspartner: 'partners',
  samarbeid: 'partners',
  partnere: 'partners',
  ansvarlig: 'owner',
  ansvar: 'owner',
  eier: 'owner',
  tiltakseier: 'owner',
  status: 'status',
};

const PREFIXES: [string, PasteColumnKind][] = [
  ['forventet resultat', 'expectedResult'],
  ['planlagt resultat', 'expectedResult'],
  ['forventede resultat', 'expectedResult'],
  ['beskrivelse', 'description'],
  ['samarbeidspartner', 'partners'],
  ['oppstart', 'start'],
  ['ansvarlig', 'owner'],
  ['status', 'status'],
];

/** The column a heading names, or null when it names none the paste knows. */
export function kindOfHeader(cell: string): PasteColumnKind | null {
  const text = normalise(cell);
  if (text === '') return null;
  const exact = EXACT[text];
  if (exact) return exact;
  return PREFIXES.find(([prefix]) => text.startsWith(prefix))?.[1] ?? null;
}

/** True when the first row names the columns: at least half of its filled cells are headings. */
export function hasHeaderRow(table: PastedTable): boolean {
  const first = table[0];
  if (!first) return false;
  const filled = first.filter((c) => c !== '');
  const named = filled.filter((c) => kindOfHeader(c) !== null).length;
  return named > 0 && named * 2 >= filled.length;
}

/**
 * The status a cell names, as the form writes it («n», «v», «g», «a») or in words («Ny»,
 * «Videreført», «gjennomført.»); null when it names none.
 */
export function statusOfCell(cell: string): MeasureStatus | null {
  const text = normalise(cell);
  if (text === '') return null;
  for (const status of measureStatuses) {
    const word = measureStatusLabels[status].toLocaleLowerCase('nb');
    if (text === status || text === word) return status;
  }
  return null;
}

const CODE = /^(\d{1,2}[a-zæøå]{0,3}|[a-zæøå]{1,2}\d{0,2}|\d{1,2}\.\d{1,2})$/i;
const looksLikeCode = (cell: string) => CODE.test(cell) && cell.length <= 5;
const looksLikeDate = (cell: string) => parsePartialDate(cell).ok || splitPeriod(cell) !== null;

/** «2013–2014», «2013 - 2014», «juni 2014 – 30.06.2015», «2013 til 2014»: the two ends; else null. */
export function splitPeriod(cell: string): [string, string] | null {
  const text = cell.trim();
  const at = /\s*(?:[–—]|\s-\s|(?<=\d{4})-(?=\d{4}\b)|\btil\b)\s*/g;
  let m: RegExpExecArray | null;
  while ((m = at.exec(text))) {
    const from = text.slice(0, m.index).replace(/^fra\s+/i, '');
    const to = text.slice(m.index + m[0].length);
    const a = parsePartialDate(from);
    const b = parsePartialDate(to);
    if (a.ok && b.ok && a.value && b.value) return [from.trim(), to.trim()];
    if (m[0] === '') at.lastIndex += 1;
  }
  return null;
}

/**
 * A kind for every column. A heading decides its column; the others are guessed from their
 * cells: short codes, dates (the first such column the start, the next the end), then text
 * (the first text column the measure's name, the next its description, then its result).
 * Each kind is guessed once; what is left is «Ikke bruk».
 */
export function guessColumns(table: PastedTable, header: boolean): PasteColumnKind[] {
  const width = table[0]?.length ?? 0;
  const body = header ? table.slice(1) : table;
  const kinds: (PasteColumnKind | null)[] = Array.from({ length: width }, (_, i) =>
    header ? kindOfHeader(table[0]![i] ?? '') : null,
  );
  const used = new Set(kinds.filter((k): k is PasteColumnKind => k !== null && k !== 'skip'));
  const take = (kind: PasteColumnKind) => {
    if (used.has(kind)) return null;
    used.add(kind);
    return kind;
  };
  const cells = (i: number) => body.map((r) => r[i] ?? '').filter((c) => c !== '');
  for (let i = 0; i < width; i += 1) {
    if (kinds[i] !== null) continue;
    const filled = cells(i);
    if (filled.length === 0) kinds[i] = 'skip';
    // Before codes: a column of n/v/g/a would also pass for short codes.
    else if (filled.every((c) => statusOfCell(c) !== null)) kinds[i] = take('status');
    else if (filled.every(looksLikeCode)) kinds[i] = take('code');
    else if (filled.every(looksLikeDate)) kinds[i] = take('start') ?? take('end');
  }
  for (let i = 0; i < width; i += 1) {
    if (kinds[i] !== null) continue;
    kinds[i] = take('title') ?? take('description') ?? take('expectedResult');
  }
  return kinds.map((k) => k ?? 'skip');
}
