import '../model/zod-setup';
import {
  inlineSchema,
  withoutGuidance,
  type Block,
  type Inline,
  type RichText,
  type TableBlock,
} from '../model/rich-text';

// Helpers for the structured text of chapters (paragraphs, headings, lists of inline runs).

type Marks = Pick<Inline, 'bold' | 'italic' | 'link'>;

/** One run with only the marks that are on, in a fixed key order (stable JSON in the file). */
function run(text: string, marks: Marks): Inline {
  const inline: Inline = { text };
  if (marks.bold) inline.bold = true;
  if (marks.italic) inline.italic = true;
  if (marks.link) inline.link = marks.link;
  return inline;
}

export function sameMarks(a: Marks, b: Marks): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && (a.link ?? '') === (b.link ?? '');
}

/** Drops empty runs and `false` marks, and joins neighbours that look the same. */
export function normalizeInlines(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const next of runs) {
    if (next.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, next)) out[out.length - 1] = run(last.text + next.text, last);
    else out.push(run(next.text, next));
  }
  return out;
}

/**
 * The one way to write a given text: normalized runs, no empty lists, and no text at all
 * instead of a single empty paragraph (an editor always shows at least one paragraph).
 */
export function normalizeRichText(blocks: readonly Block[]): RichText {
  const out = blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'paragraph':
        return [{ type: 'paragraph', content: normalizeInlines(block.content) }];
      case 'heading':
        return [{ type: 'heading', level: block.level, content: normalizeInlines(block.content) }];
      case 'guidance': {
        // Guidance has its own look; marks inside it mean nothing, so they are dropped.
        const text = block.content.map((r) => r.text).join('');
        return text.trim() === '' ? [] : [{ type: 'guidance', content: [{ text }] }];
      }
      case 'list':
        if (block.items.length === 0) return [];
        return [{ type: 'list', ordered: block.ordered, items: block.items.map(normalizeInlines) }];
      case 'table':
        return normalizeTable(block);
      case 'image':
        return [block];
    }
  });
  const only = out.length === 1 ? out[0]! : null;
  return only?.type === 'paragraph' && only.content.length === 0 ? [] : out;
}

/** A table without rows is no table; the caption is kept only when it says something. */
function normalizeTable(block: TableBlock): Block[] {
  const rows = block.rows.filter((row) => row.length > 0);
  if (rows.length === 0) return [];
  const table: TableBlock = {
    type: 'table',
    rows: rows.map((row) => row.map(normalizeInlines)),
  };
  if (block.caption?.trim()) table.caption = block.caption;
  return [table];
}

function inlinesEqual(a: readonly Inline[], b: readonly Inline[]): boolean {
  return a.length === b.length && a.every((x, i) => x.text === b[i]!.text && sameMarks(x, b[i]!));
}

function blockEqual(a: Block, b: Block): boolean {
  if (a.type === 'table' || b.type === 'table') {
    return (
      a.type === 'table' &&
      b.type === 'table' &&
      (a.caption ?? '') === (b.caption ?? '') &&
      a.rows.length === b.rows.length &&
      a.rows.every(
        (row, r) =>
          row.length === b.rows[r]!.length &&
          row.every((cell, c) => inlinesEqual(cell, b.rows[r]![c]!)),
      )
    );
  }
  if (a.type === 'image' || b.type === 'image') {
    return (
      a.type === 'image' &&
      b.type === 'image' &&
      a.data === b.data &&
      a.mimeType === b.mimeType &&
      a.alt === b.alt &&
      (a.caption ?? '') === (b.caption ?? '') &&
      a.width === b.width &&
      a.height === b.height
    );
  }
  if (a.type === 'list' || b.type === 'list') {
    return (
      a.type === 'list' &&
      b.type === 'list' &&
      a.ordered === b.ordered &&
      a.items.length === b.items.length &&
      a.items.every((item, i) => inlinesEqual(item, b.items[i]!))
    );
  }
  if (a.type !== b.type) return false;
  if (a.type === 'heading' && b.type === 'heading' && a.level !== b.level) return false;
  return inlinesEqual(a.content, b.content);
}

/** Same text with the same structure and marks (a missing mark equals `false`). */
export function richTextEqual(a: readonly Block[], b: readonly Block[]): boolean {
  return a === b || (a.length === b.length && a.every((block, i) => blockEqual(block, b[i]!)));
}

const textOf = (runs: readonly Inline[]) => runs.map((r) => r.text).join('');

/** The text without formatting, one line per paragraph, heading or list item. */
export function richTextPlainText(blocks: readonly Block[]): string {
  return blocks.flatMap(blockLines).join('\n');
}

/** A table reads one line per row (cells apart by tabs); a picture by its caption, if any. */
function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'list':
      return block.items.map(textOf);
    case 'table':
      return [
        ...block.rows.map((row) => row.map(textOf).join('\t')),
        ...(block.caption ? [block.caption] : []),
      ];
    case 'image':
      return block.caption ? [block.caption] : [];
    default:
      return [textOf(block.content)];
  }
}

/** The words the municipality wrote; a writing prompt is not counted. */
export function countWords(blocks: readonly Block[]): number {
  return richTextPlainText(withoutGuidance(blocks))
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export type LinkAddress = { ok: true; href: string } | { ok: false; message: string };

const EMAIL = /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/;
const BARE_DOMAIN = /^[^\s/:@]+\.[a-z]{2,}(?:[/?#]\S*)?$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Reads the address a user typed for a link. Web addresses (http, https) and e-mail (mailto)
 * are allowed, as in the plan model; «www.nav.no» and «post@nav.no» get their prefix added.
 */
export function parseLinkAddress(input: string): LinkAddress {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Skriv inn adressen lenken skal gå til.' };
  let href = text;
  if (EMAIL.test(text)) href = `mailto:${text}`;
  else if (!SCHEME.test(text) && BARE_DOMAIN.test(text)) href = `https://${text}`;

  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') {
    return {
      ok: false,
      message:
        'Lenken må være en nettadresse som begynner med https:// eller http://, eller en e-postadresse.',
    };
  }
  const invalid: LinkAddress = {
    ok: false,
    message: `«${text}» er ikke en gyldig adresse. Skriv for eksempel https://www.husbanken.no eller postmottak@kommune.no.`,
  };
  if (!inlineSchema.shape.link.safeParse(href).success) return invalid;
  if (scheme === 'mailto') {
    if (!EMAIL.test(href.slice('mailto:'.length).split('?')[0]!)) return invalid;
  } else if (!new URL(href).hostname.includes('.')) {
    return invalid;
  }
  return { ok: true, href };
}
