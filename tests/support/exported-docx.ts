import { readDocx, textOf } from './docx-reader';

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

/** Opens a .docx (a zip) and reads the body's text, independently of the library that wrote it. */
export function readExportedDocx(bytes: Uint8Array): DocxContents {
  const docx = readDocx(bytes);
  const documentXml = docx.part('word/document.xml');
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));
  const media = new Map(
    docx.paths
      .filter((path) => path.startsWith('word/media/'))
      .map((path) => [path, docx.bytes(path)]),
  );
  return { files: docx.paths, documentXml, paragraphs, text: paragraphs.join('\n'), media };
}

/** A 1 × 1 PNG, for tests that need a chart picture but no browser. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
    'base64',
  ),
);
