import '../model/zod-setup';
import {
  inlineSchema,
  withoutGuidance,
  type Block,
  type Inline,
  type RichText,
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
    }
  });
  const only = out.length === 1 ? out[0]! : null;
  return only?.type === 'paragraph' && only.content.length === 0 ? [] : out;
}

function inlinesEqual(a: readonly Inline[], b: readonly Inline[]): boolean {
  return a.length === b.length && a.every((x, i) => x.text === b[i]!.text && sameMarks(x, b[i]!));
}

function blockEqual(a: Block, b: Block): boolean {
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
  return blocks
    .flatMap((block) => (block.type === 'list' ? block.items.map(textOf) : [textOf(block.content)]))
    .join('\n');
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
