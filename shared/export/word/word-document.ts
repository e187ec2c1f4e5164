import { Document, Packer } from 'docx';
import { documentNumbering } from './word-numbering';
import { toSection, type WordPart } from './word-page';
import { documentStyles } from './word-styles';

/** What a report document says about itself (File › Properties in Word). */
export interface WordDocumentInfo {
  /** Also the running header of every page. */
  title: string;
  subject: string;
  creator: string;
  description: string;
  keywords: string;
}

/**
 * A document without a table of contents (the status and final reports) in the plan export's
 * styles, numbering and page parts, packed to bytes. Packer works in the browser and in Node.
 */
export async function packWordParts(
  info: WordDocumentInfo,
  parts: WordPart[],
): Promise<Uint8Array> {
  const document = new Document({
    ...info,
    lastModifiedBy: 'Planverksted',
    styles: documentStyles(),
    numbering: documentNumbering(),
    sections: parts.map((p, i) => toSection(p, info.title, i === 0)),
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
