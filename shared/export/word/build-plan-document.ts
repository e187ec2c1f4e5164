import { Document, type PageNumberEstimator } from 'docx';
import { estimatePageNumbers } from 'docx/layout';

/**
 * docx's page estimate, without its list numbers: those read the whole document a second time
 * (about a third of the export in the profile) only to put a numbered heading's list number in
 * its contents entry, and no heading in this document is numbered by a Word list.
 */
const pageNumbers: PageNumberEstimator = (body, context) => estimatePageNumbers(body, context);
import type { Plan } from '../../model/plan';
import { budgetPart } from './sections/budget';
import { chapterParts } from './sections/chapters';
import { contentsPart } from './sections/contents';
import { coverPart, planPeriod, planPlace } from './sections/cover';
import { focusAreaParts } from './sections/focus-areas';
import { goalsPart } from './sections/goals';
import { measureOverviewPart } from './sections/measure-overview';
import { organisationPart } from './sections/organisation';
import { qualityAppendixPart } from './sections/quality-appendix';
import { strategiesPart } from './sections/strategies';
import { summaryPart } from './sections/summary';
import { targetGroupParts } from './sections/target-groups';
import { createWordContext, type WordContext } from './word-context';
import {
  wordSectionIds,
  type WordExportAssets,
  type WordExportOptions,
  type WordSectionId,
} from './word-export-options';
import { LONGEST_LAID_OUT_TEXT } from './word-layout-limit';
import { documentNumbering } from './word-numbering';
import { joinFlowingParts, toSection, type WordPart } from './word-page';
import { documentStyles } from './word-styles';

const longestText = (value: unknown): number => {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return 0;
  let longest = 0;
  for (const [key, item] of Object.entries(value)) {
    // A chapter picture's base64 is data, not text Word has to lay out.
    if (key === 'data' && (value as { type?: unknown }).type === 'image') continue;
    longest = Math.max(longest, longestText(item));
  }
  return longest;
};

/** How each section of the export is built; the document keeps the order of wordSectionIds. */
const builders: Record<WordSectionId, (ctx: WordContext) => WordPart[]> = {
  forside: (ctx) => [coverPart(ctx)],
  innhold: () => [contentsPart()],
  sammendrag: (ctx) => [summaryPart(ctx)],
  tiltaksoversikt: (ctx) => [measureOverviewPart(ctx)],
  kapitler: chapterParts,
  mal: (ctx) => [goalsPart(ctx)],
  strategier: (ctx) => [strategiesPart(ctx)],
  satsningsomrader: focusAreaParts,
  malgrupper: targetGroupParts,
  budsjett: (ctx) => [budgetPart(ctx)],
  organisering: (ctx) => [organisationPart(ctx)],
  kvalitetssjekk: (ctx) => [qualityAppendixPart(ctx)],
};

/**
 * The plan as a Word document, not yet packed: pure, so it runs in the browser, in Node and in
 * the benchmark. Each part starts on a new page unless it flows; the table of contents gets its page numbers
 * from docx's page layout when the document is packed.
 */
export function buildPlanDocument(
  plan: Plan,
  options: WordExportOptions,
  assets: WordExportAssets,
  /** Off only in the benchmark, to show what docx's page layout costs by itself. */
  { estimatePages = true }: { estimatePages?: boolean } = {},
): Document {
  const ctx = createWordContext(plan, options, assets);
  const parts = joinFlowingParts(
    wordSectionIds.filter(ctx.includes).flatMap((id) => builders[id](ctx)),
  );
  const { info, vision } = ctx.plan;
  const title = info.title.trim() || 'Boligsosial handlingsplan';
  const place = planPlace(ctx);
  const layOut = estimatePages && longestText(ctx.plan) <= LONGEST_LAID_OUT_TEXT;
  return new Document({
    title,
    subject: `Boligsosial handlingsplan ${planPeriod(ctx)}${place ? `, ${place}` : ''}`,
    creator: place || 'Planverksted',
    description:
      vision.text.trim() ||
      `Boligsosial handlingsplan for perioden ${planPeriod(ctx)}, laget i Planverksted.`,
    keywords: 'boligsosial handlingsplan',
    lastModifiedBy: 'Planverksted',
    styles: documentStyles(),
    numbering: documentNumbering(),
    // The estimate fills the contents' numbers for LibreOffice, viewers and print; Word is still
    // asked to update them on opening, as its own layout is the one the reader sees.
    ...(layOut ? { pageNumbers } : {}),
    features: { updateFields: true },
    sections: parts.map((p, i) => toSection(p, title, i === 0)),
  });
}
