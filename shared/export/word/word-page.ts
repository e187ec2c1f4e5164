import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { textRun } from './word-run';
import { STYLE } from './word-theme';

// A4 pages in twips. Activity tables and the target group matrix need the width of a landscape
// page; everything else reads better in portrait.

export type Orientation = 'portrait' | 'landscape';

const A4 = { short: 11906, long: 16838 };

const MARGINS: Record<Orientation, { top: number; bottom: number; side: number }> = {
  portrait: { top: 1304, bottom: 1304, side: 1418 },
  landscape: { top: 1134, bottom: 1134, side: 1134 },
};

/** The width text and tables may take on a page of each orientation. */
export const TEXT_WIDTH: Record<Orientation, number> = {
  portrait: A4.short - 2 * MARGINS.portrait.side,
  landscape: A4.long - 2 * MARGINS.landscape.side,
};

/** The height of the text area of a portrait page, for scaling pictures. */
export const TEXT_HEIGHT_PORTRAIT = A4.long - MARGINS.portrait.top - MARGINS.portrait.bottom;

/** A run of pages in one orientation; a part starts on a new page unless it flows. */
export interface WordPart {
  orientation: Orientation;
  children: FileChild[];
  /** The cover: no header or footer on its page. */
  cover?: boolean;
  /**
   * Goes on below the part before it when both have the same orientation, instead of starting a
   * new page: a four-line chapter should not take a page of its own.
   */
  flow?: boolean;
}

export function part(
  orientation: Orientation,
  children: FileChild[],
  options: { flow?: boolean } = {},
): WordPart {
  return { orientation, children, ...(options.flow ? { flow: true } : {}) };
}

/**
 * One docx section per run of pages: a part that flows joins the part before it when the
 * orientation allows, so only real page breaks (a new chapter group, a turn to landscape) remain.
 */
export function joinFlowingParts(parts: WordPart[]): WordPart[] {
  const joined: WordPart[] = [];
  for (const next of parts) {
    const last = joined[joined.length - 1];
    if (next.flow && last && !last.cover && last.orientation === next.orientation) {
      joined[joined.length - 1] = { ...last, children: [...last.children, ...next.children] };
    } else {
      joined.push(next);
    }
  }
  return joined;
}

const header = (title: string) =>
  new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        alignment: AlignmentType.RIGHT,
        children: [textRun(title)],
      }),
    ],
  });

const footer = () =>
  new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [
          textRun({ children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });

/**
 * A docx section for a part. The first section has the header (the plan title) and the footer
 * ("Side X av Y"); the others take them from the section before, as Word's "Link to Previous",
 * so a user who edits the header in Word edits it once for the whole document.
 */
export function toSection(wordPart: WordPart, title: string, first: boolean): ISectionOptions {
  const margin = MARGINS[wordPart.orientation];
  return {
    properties: {
      titlePage: wordPart.cover,
      page: {
        size: {
          width: A4.short,
          height: A4.long,
          orientation:
            wordPart.orientation === 'landscape'
              ? PageOrientation.LANDSCAPE
              : PageOrientation.PORTRAIT,
        },
        margin: {
          top: margin.top,
          bottom: margin.bottom,
          left: margin.side,
          right: margin.side,
          header: 624,
          footer: 567,
        },
      },
    },
    headers: first ? { default: header(title) } : undefined,
    footers: first ? { default: footer() } : undefined,
    children: wordPart.children,
  };
}
