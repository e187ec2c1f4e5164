import { LeaderType, Paragraph, TableOfContents } from 'docx';
import type { WordPart } from '../word-page';
import { STYLE } from '../word-theme';

/**
 * The table of contents, Heading 1 and 2. Its page numbers are written with the document (the
 * builder gives docx a page layout), so Word and LibreOffice show them without updating fields.
 */
export function contentsPart(): WordPart {
  return {
    orientation: 'portrait',
    children: [
      new Paragraph({ style: STYLE.tocHeading, text: 'Innhold' }),
      new TableOfContents('Innhold', {
        hyperlink: true,
        headingStyleRange: '1-2',
        tabLeader: LeaderType.DOT,
      }),
    ],
  };
}
