import type { FileChild } from 'docx';
import { riskLevelLabels, type Chapter, type Risk } from '../../../model/chapters';
import { chapterKindLabels } from '../../../plan/chapter-kinds';
import { richTextToDocx } from '../rich-text-to-docx';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { planTable, widths } from '../word-tables';
import { bold, heading } from '../word-text';

function riskTable(ctx: WordContext, risks: Risk[]) {
  const [title, level, level2, mitigation, owner] = widths(
    TEXT_WIDTH.portrait,
    [3, 1.9, 1.7, 3.2, 1.9],
  );
  return planTable(
    [
      { title: 'Risiko', width: title! },
      { title: 'Sannsynlighet', width: level! },
      { title: 'Konsekvens', width: level2! },
      { title: 'Tiltak mot risikoen', width: mitigation! },
      { title: 'Ansvarlig', width: owner! },
    ],
    risks.map((risk) => ({
      cells: [
        [[bold(risk.title)], ...(risk.description.trim() ? [risk.description.trim()] : [])],
        riskLevelLabels[risk.likelihood],
        riskLevelLabels[risk.consequence],
        risk.mitigation,
        ctx.partyName(risk.owner),
      ],
    })),
  );
}

function chapterPart(
  ctx: WordContext,
  chapter: Chapter,
  withRisks: boolean,
  first: boolean,
): WordPart | null {
  const body = richTextToDocx(chapter.content, ctx.nextListInstance);
  // A chapter with nothing written is left out; «Klar til politisk behandling?» lists it.
  if (body.length === 0 && !withRisks) return null;
  const children: FileChild[] = [
    heading(1, chapter.title.trim() || chapterKindLabels[chapter.kind]),
    ...body,
  ];
  if (withRisks) children.push(riskTable(ctx, ctx.plan.risks));
  return part('portrait', children, { flow: !first && !chapter.newPage });
}

/**
 * The free-text chapters in the plan's order, one after another unless a chapter asks for a new
 * page. The risk table goes with the risk analysis chapter, or gets a chapter of its own when the
 * plan has none.
 */
export function chapterParts(ctx: WordContext): WordPart[] {
  const { chapters, risks } = ctx.plan;
  const riskChapter =
    risks.length > 0 ? chapters.find((c) => c.kind === 'risikoanalyse') : undefined;
  const all = chapters.map((chapter) => ({ chapter, withRisks: chapter === riskChapter }));
  if (risks.length > 0 && !riskChapter)
    all.push({
      chapter: {
        id: 'risiko',
        kind: 'risikoanalyse',
        title: 'Risikoanalyse',
        content: [],
        newPage: false,
      },
      withRisks: true,
    });
  const parts: WordPart[] = [];
  for (const { chapter, withRisks } of all) {
    const made = chapterPart(ctx, chapter, withRisks, parts.length === 0);
    if (made) parts.push(made);
  }
  return parts;
}
