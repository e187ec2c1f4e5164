import {
  AlignmentType,
  BorderStyle,
  DocumentDefaults,
  LineRuleType,
  type IParagraphStyleOptions,
  type IStylesOptions,
  type ICharacterStyleOptions,
} from 'docx';
import { tableNormalStyle, planTableStyle } from './word-table-style';
import { COLOUR, FONT, LANGUAGE, SIZE, STYLE } from './word-theme';

// The document's own style sheet: every paragraph in the export uses one of these named styles,
// so a user can restyle the whole plan in Word by changing a style, not paragraph by paragraph.

const tight = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO };

const heading = (
  level: 1 | 2 | 3,
  size: number,
  spacing: { before: number; after: number },
  colour: string,
): IParagraphStyleOptions => ({
  id: `Heading${level}`,
  // Word recognises its built-in heading styles by these names (case does not matter).
  name: `Heading ${level}`,
  basedOn: STYLE.normal,
  next: STYLE.normal,
  quickFormat: true,
  uiPriority: 9,
  run: { font: FONT, size, bold: true, color: colour },
  paragraph: {
    spacing: { ...spacing, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
    outlineLevel: level - 1,
  },
});

const tocLevel = (level: 1 | 2 | 3, indent: number, bold: boolean): IParagraphStyleOptions => ({
  id: `TOC${level}`,
  name: `toc ${level}`,
  basedOn: STYLE.normal,
  next: STYLE.normal,
  uiPriority: 39,
  unhideWhenUsed: true,
  run: { bold },
  paragraph: {
    spacing: { before: level === 1 ? 120 : 0, after: 40 },
    indent: { left: indent },
  },
});

const paragraphStyles: IParagraphStyleOptions[] = [
  { id: STYLE.normal, name: 'Normal', quickFormat: true },
  {
    id: STYLE.title,
    name: 'Title',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    uiPriority: 10,
    run: { size: SIZE.title, bold: true, color: COLOUR.heading },
    paragraph: { spacing: { before: 0, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
  },
  {
    id: STYLE.subtitle,
    name: 'Subtitle',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    uiPriority: 11,
    run: { size: SIZE.subtitle, color: COLOUR.accent },
    paragraph: { spacing: { before: 0, after: 480 } },
  },
  {
    id: STYLE.coverInfo,
    name: 'Forsideinfo',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { size: 22, color: COLOUR.muted },
    paragraph: { spacing: { before: 0, after: 60 } },
  },
  heading(1, SIZE.heading1, { before: 0, after: 240 }, COLOUR.heading),
  heading(2, SIZE.heading2, { before: 360, after: 120 }, COLOUR.heading),
  heading(3, SIZE.heading3, { before: 240, after: 80 }, COLOUR.accent),
  {
    id: STYLE.tocHeading,
    name: 'TOC Heading',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    unhideWhenUsed: true,
    quickFormat: true,
    run: { size: SIZE.heading1, bold: true, color: COLOUR.heading },
    paragraph: { spacing: { before: 0, after: 240 } },
  },
  tocLevel(1, 0, true),
  tocLevel(2, 240, false),
  tocLevel(3, 480, false),
  {
    id: STYLE.quote,
    name: 'Quote',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    uiPriority: 29,
    run: { size: 26, italics: true, color: COLOUR.heading },
    paragraph: {
      spacing: { before: 120, after: 240 },
      indent: { left: 567, right: 567 },
      border: { left: { style: BorderStyle.SINGLE, size: 18, color: COLOUR.rule, space: 12 } },
    },
  },
  {
    id: STYLE.note,
    name: 'Merknad',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { italics: true, color: COLOUR.muted },
  },
  {
    id: STYLE.meta,
    name: 'Metadata',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { size: 19, color: COLOUR.muted },
    paragraph: { spacing: { before: 0, after: 80 } },
  },
  {
    id: STYLE.label,
    name: 'Mellomtittel',
    basedOn: STYLE.normal,
    next: STYLE.listParagraph,
    quickFormat: true,
    run: { bold: true },
    paragraph: { spacing: { before: 120, after: 40 }, keepNext: true },
  },
  {
    id: STYLE.tableNote,
    name: 'Tabellnote',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { size: 19, color: COLOUR.muted },
    paragraph: { spacing: { before: 120, after: 120 } },
  },
  {
    id: STYLE.caption,
    name: 'caption',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 35,
    unhideWhenUsed: true,
    quickFormat: true,
    run: { size: SIZE.small, bold: true, color: COLOUR.heading },
    // Captions stand above their table, so they keep with it.
    paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
  },
  {
    id: STYLE.figure,
    name: 'Figur',
    basedOn: STYLE.normal,
    next: STYLE.caption,
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 0 },
      keepNext: true,
    },
  },
  {
    id: STYLE.listParagraph,
    name: 'List Paragraph',
    basedOn: STYLE.normal,
    quickFormat: true,
    uiPriority: 34,
    // As Word's own: no space between the items, the normal space after the list.
    paragraph: { spacing: { before: 0, after: 140 }, contextualSpacing: true },
  },
  {
    id: STYLE.tableText,
    name: 'Tabelltekst',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { size: SIZE.table },
    paragraph: { spacing: { ...tight, after: 40 } },
  },
  {
    id: STYLE.tableHeading,
    name: 'Tabelloverskrift',
    basedOn: STYLE.tableText,
    quickFormat: true,
    run: { bold: true, color: COLOUR.heading },
    paragraph: { keepNext: true },
  },
  {
    id: STYLE.tableNumber,
    name: 'Tabelltall',
    basedOn: STYLE.tableText,
    quickFormat: true,
    paragraph: { alignment: AlignmentType.RIGHT },
  },
  {
    id: STYLE.tableSum,
    name: 'Tabellsum',
    basedOn: STYLE.tableText,
    quickFormat: true,
    run: { bold: true },
  },
  {
    id: STYLE.header,
    name: 'header',
    basedOn: STYLE.normal,
    uiPriority: 99,
    unhideWhenUsed: true,
    run: { size: SIZE.small, color: COLOUR.muted },
    paragraph: {
      spacing: { before: 0, after: 0 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
    },
  },
  {
    id: STYLE.footer,
    name: 'footer',
    basedOn: STYLE.normal,
    uiPriority: 99,
    unhideWhenUsed: true,
    run: { size: SIZE.small, color: COLOUR.muted },
    paragraph: { spacing: { before: 0, after: 0 } },
  },
];

const characterStyles: ICharacterStyleOptions[] = [
  {
    id: STYLE.hyperlink,
    name: 'Hyperlink',
    basedOn: 'DefaultParagraphFont',
    uiPriority: 99,
    unhideWhenUsed: true,
    run: { color: COLOUR.link, underline: {} },
  },
];

/**
 * The complete style sheet. docx drops its own default styles when any styles are imported (the
 * table style has to be), so Normal, the headings and the TOC levels are all defined here.
 */
export function documentStyles(): IStylesOptions {
  return {
    importedStyles: [
      new DocumentDefaults({
        run: {
          font: FONT,
          size: SIZE.body,
          language: { value: LANGUAGE },
        },
        paragraph: { spacing: { before: 0, after: 140, line: 264, lineRule: LineRuleType.AUTO } },
      }),
      tableNormalStyle(),
      planTableStyle(),
    ],
    paragraphStyles,
    characterStyles,
  };
}
