import { strFromU8, unzipSync } from 'fflate';

// Reads back what the Word export wrote: the parts of the .docx and the body as a list of
// paragraphs and tables. The builder writes no nested tables or text boxes, so matching the
// elements one after another is enough here.

export interface Docx {
  paths: string[];
  part: (path: string) => string;
  bytes: (path: string) => Uint8Array;
}

export function readDocx(data: Uint8Array): Docx {
  const files = unzipSync(data);
  return {
    paths: Object.keys(files),
    part: (path) => {
      const file = files[path];
      if (!file) throw new Error(`Mangler ${path} i dokumentet.`);
      return strFromU8(file);
    },
    bytes: (path) => files[path]!,
  };
}

/** XML text as a reader sees it: the five named entities and numeric character references. */
export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

export interface Block {
  kind: 'p' | 'tbl';
  xml: string;
}

const BLOCK =
  /<w:tbl(?:\s[^>]*)?>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g;

/** The body's paragraphs and tables in order (paragraphs of the table of contents included). */
export function bodyBlocks(documentXml: string): Block[] {
  return [...documentXml.matchAll(BLOCK)].map((m) => ({
    kind: m[0].startsWith('<w:tbl') ? 'tbl' : 'p',
    xml: m[0],
  }));
}

export function styleOf(paragraphXml: string): string | undefined {
  return /<w:pStyle w:val="([^"]+)"/.exec(paragraphXml)?.[1];
}

/**
 * The text a paragraph shows: its w:t, tabs as \t and line breaks as \n (field codes left out).
 * A soft hyphen (U+00AD, where a long header may break) shows only where the line breaks.
 */
export function textOf(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    if (m[0] === '<w:tab/>') text += '\t';
    else if (m[0] === '<w:br/>') text += '\n';
    else text += decodeXml(m[1]!);
  }
  return text.replaceAll('\u00AD', '');
}

/** Heading 1, 2 or 3 paragraphs' texts, in order. */
export function headings(blocks: Block[], level: 1 | 2 | 3): string[] {
  return blocks
    .filter((b) => b.kind === 'p' && styleOf(b.xml) === `Heading${level}`)
    .map((b) => textOf(b.xml));
}

export function rowsOf(tableXml: string): string[] {
  return [...tableXml.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}

/** Each cell's text, its paragraphs joined by \n. */
export function cellsOf(rowXml: string): string[] {
  return [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) =>
    bodyBlocks(m[0])
      .map((b) => textOf(b.xml))
      .join('\n'),
  );
}

/** The table that follows a heading with this text (the next table in the body). */
export function tableAfter(blocks: Block[], headingText: string): Block {
  const at = blocks.findIndex(
    (b) =>
      b.kind === 'p' && /^Heading\d$/.test(styleOf(b.xml) ?? '') && textOf(b.xml) === headingText,
  );
  if (at < 0) throw new Error(`Fant ikke overskriften «${headingText}».`);
  const table = blocks.slice(at + 1).find((b) => b.kind === 'tbl');
  if (!table) throw new Error(`Ingen tabell etter «${headingText}».`);
  return table;
}

/** The orientation of the section a block is in: the next section properties after it. */
export function orientationOf(documentXml: string, blockXml: string): string | undefined {
  const at = documentXml.indexOf(blockXml);
  const rest = documentXml.slice(at + blockXml.length);
  const section = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(rest)?.[0] ?? '';
  return /<w:pgSz [^>]*w:orient="(\w+)"/.exec(section)?.[1];
}
