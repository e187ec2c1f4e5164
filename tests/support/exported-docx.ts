import { strFromU8, unzipSync } from 'fflate';

export interface DocxContents {
  /** Every file in the package: "word/document.xml", "word/media/image1.png" … */
  files: string[];
  documentXml: string;
  /** The text of the body, paragraph by paragraph. */
  paragraphs: string[];
  /** The body's text, paragraphs on their own lines (for "the title is in it" checks). */
  text: string;
  /** Images in word/media, by path. */
  media: Map<string, Uint8Array>;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Opens a .docx (a zip) and reads the body's text, independently of the library that wrote it. */
export function readExportedDocx(bytes: Uint8Array): DocxContents {
  const files = unzipSync(bytes);
  const document = files['word/document.xml'];
  if (!document) throw new Error('word/document.xml mangler');
  const documentXml = strFromU8(document);
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
  );
  const media = new Map(Object.entries(files).filter(([path]) => path.startsWith('word/media/')));
  return { files: Object.keys(files), documentXml, paragraphs, text: paragraphs.join('\n'), media };
}

/** A 1 × 1 PNG, for tests that need a chart picture but no browser. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
    'base64',
  ),
);
