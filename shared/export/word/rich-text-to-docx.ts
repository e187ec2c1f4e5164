import { HeadingLevel, Paragraph, type FileChild, type ParagraphChild } from 'docx';
import { textRun } from './word-run';
import type { Block, Inline, RichText } from '../../model/rich-text';
import { chapterImage, chapterTable } from './rich-text-table-image';
import { BULLET_LIST, NUMBERED_LIST } from './word-numbering';
import { STYLE } from './word-theme';
import { link } from './word-text';

// The free-text chapters are structured blocks, so each maps to a real Word style: Normal,
// Heading 2/3, List Paragraph with a bullet or numbered list, and Hyperlink for links; tables
// and pictures are in rich-text-table-image.ts.

function inlines(content: Inline[]): ParagraphChild[] {
  return content
    .filter((part) => part.text !== '')
    .map((part) => {
      const run = { bold: part.bold, italics: part.italic };
      return part.link ? link(part.text, part.link, run) : textRun({ text: part.text, ...run });
    });
}

const isBlank = (content: Inline[]) => content.every((part) => part.text.trim() === '');

function blockToParagraphs(
  block: Block,
  nextListInstance: () => number,
  next: Block | undefined,
): FileChild[] {
  switch (block.type) {
    // A writing prompt is for the group writing the plan, never for the reader of the document.
    case 'guidance':
      return [];
    case 'paragraph':
      return isBlank(block.content)
        ? []
        : [
            new Paragraph({
              // «Fristene er:» stays on the page of the list it introduces.
              keepNext: next?.type === 'list' || undefined,
              children: inlines(block.content),
            }),
          ];
    case 'heading':
      return isBlank(block.content)
        ? []
        : [
            new Paragraph({
              heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
              children: inlines(block.content),
            }),
          ];
    case 'list': {
      const items = block.items.filter((item) => !isBlank(item));
      // Each numbered list is its own instance, so it starts at 1.
      const numbering = block.ordered
        ? { reference: NUMBERED_LIST, level: 0, instance: nextListInstance() }
        : { reference: BULLET_LIST, level: 0 };
      // The first item stays with the second and the last with the one before: no list leaves
      // a single item alone at the foot or the top of a page.
      const keepNext = (i: number) =>
        items.length > 1 && (i === 0 || i === items.length - 2) ? true : undefined;
      return items.map(
        (item, i) =>
          new Paragraph({
            style: STYLE.listParagraph,
            numbering,
            keepNext: keepNext(i),
            children: inlines(item),
          }),
      );
    }
    case 'table':
      return chapterTable(block, inlines);
    case 'image':
      return chapterImage(block);
  }
}

export function richTextToDocx(content: RichText, nextListInstance: () => number): FileChild[] {
  return content.flatMap((block, i) => blockToParagraphs(block, nextListInstance, content[i + 1]));
}
