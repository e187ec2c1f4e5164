import type { FileChild } from 'docx';
import { riskLevelLabels, type Chapter, type Risk } from '../../../model/chapters';
import { chapterKindLabels } from '../../../plan/chapter-kinds';
import { richTextToDocx } from '../rich-text-to-docx';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { planTable, widths } from '../word-tables';
import { bold, heading, note } from '../word-text';

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

function chapterPart(ctx: WordContext, chapter: Chapter, withRisks: boolean): WordPart {
  const body = richTextToDocx(chapter.content, ctx.nextListInstance);
  const children: FileChild[] = [
    heading(1, chapter.title.trim() || chapterKindLabels[chapter.kind]),
    ...(body.length > 0 ? body : withRisks ? [] : [note('Kapittelet er ikke skrevet ennå.')]),
  ];
  if (withRisks) children.push(riskTable(ctx, ctx.plan.risks));
  return part('portrait', children);
}

/**
 * The free-text chapters in the plan's order, each starting on a new page. The risk table goes
 * with the risk analysis chapter, or gets a chapter of its own when the plan has none.
 */
export function chapterParts(ctx: WordContext): WordPart[] {
  const { chapters, risks } = ctx.plan;
  if (chapters.length === 0 && risks.length === 0)
    return [
      part('portrait', [heading(1, 'Tekstkapitler'), note('Planen har ingen tekstkapitler ennå.')]),
    ];
  const riskChapter =
    risks.length > 0 ? chapters.find((c) => c.kind === 'risikoanalyse') : undefined;
  const parts = chapters.map((c) => chapterPart(ctx, c, c === riskChapter));
  if (risks.length > 0 && !riskChapter)
    parts.push(
      chapterPart(
        ctx,
        { id: 'risiko', kind: 'risikoanalyse', title: 'Risikoanalyse', content: [] },
        true,
      ),
    );
  return parts;
}
