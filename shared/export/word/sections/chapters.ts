import type { FileChild } from 'docx';
import { riskLevelLabels, type Chapter, type Risk, type RiskLevel } from '../../../model/chapters';
import { measureDisplayCode } from '../../../plan/measure-groups';
import {
  consequenceColumns,
  levelOfRisk,
  likelihoodRows,
  riskLevelOf,
  riskLevelWords,
  risksInCell,
} from '../../../plan/risk-levels';
import { sortedMeasures } from '../../../plan/traceability';
import { chapterKindLabels } from '../../../plan/chapter-kinds';
import { richTextToDocx } from '../rich-text-to-docx';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { planTable, widths } from '../word-tables';
import { bold, heading } from '../word-text';
import { COLOUR } from '../word-theme';

const levelFill: Record<RiskLevel, string> = {
  lav: COLOUR.riskLow,
  middels: COLOUR.riskMedium,
  hoy: COLOUR.riskHigh,
};

/**
 * The 3×3 matrix, likelihood down and consequence across, each risk by its number in its cell.
 * Both axes are written out and every cell names its level, so the matrix reads the same printed
 * in grey; the fill only repeats the words.
 */
function riskMatrix(risks: Risk[]) {
  const [axis, ...cells] = widths(TEXT_WIDTH.portrait, [1.6, 2, 2, 2]);
  return planTable(
    [
      { title: 'Sannsynlighet / konsekvens', width: axis! },
      ...consequenceColumns.map((c, i) => ({
        title: `${riskLevelLabels[c]} konsekvens`,
        width: cells[i]!,
      })),
    ],
    likelihoodRows.map((likelihood) => ({
      cells: [
        [[bold(`${riskLevelLabels[likelihood]} sannsynlighet`)]],
        ...consequenceColumns.map((consequence) => {
          const level = riskLevelOf(likelihood, consequence);
          const inCell = risksInCell(risks, likelihood, consequence);
          return {
            content: [
              [bold(riskLevelWords[level])],
              ...inCell.map(
                ({ risk, number }) => `${number}. ${risk.title.trim() || `Risiko ${number}`}`,
              ),
            ],
            fill: levelFill[level],
          };
        }),
      ],
    })),
    { keepTogether: true },
  );
}

/** The codes of the measures a risk threatens, in the plan's order: «1A, 2B». */
function threatenedCodes(ctx: WordContext, risk: Risk): string {
  const ids = new Set(risk.measureIds);
  return sortedMeasures(ctx.plan)
    .filter((m) => ids.has(m.id))
    .map((m) => measureDisplayCode(ctx.plan, m))
    .join(', ');
}

function riskTable(ctx: WordContext, risks: Risk[]) {
  const [title, assessment, mitigation, owner, measures] = widths(
    TEXT_WIDTH.portrait,
    [3, 2.2, 3.2, 1.9, 1.4],
  );
  return planTable(
    [
      { title: 'Risiko', width: title! },
      { title: 'Vurdering', width: assessment! },
      { title: 'Tiltak mot risikoen', width: mitigation! },
      { title: 'Ansvarlig', width: owner! },
      { title: 'Tiltak som trues', width: measures! },
    ],
    risks.map((risk, i) => ({
      cells: [
        [
          [bold(`${i + 1}. ${risk.title.trim() || `Risiko ${i + 1}`}`)],
          ...(risk.description.trim() ? [risk.description.trim()] : []),
        ],
        [
          `Sannsynlighet: ${riskLevelLabels[risk.likelihood].toLocaleLowerCase('nb')}`,
          `Konsekvens: ${riskLevelLabels[risk.consequence].toLocaleLowerCase('nb')}`,
          [bold(riskLevelWords[levelOfRisk(risk)])],
        ],
        risk.mitigation,
        ctx.partyName(risk.owner),
        threatenedCodes(ctx, risk),
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
  if (withRisks) {
    children.push(
      heading(2, 'Risikomatrise'),
      riskMatrix(ctx.plan.risks),
      heading(2, 'Risikoene'),
      riskTable(ctx, ctx.plan.risks),
    );
  }
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
