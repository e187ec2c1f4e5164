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
import { columnTable, planTable, widths, type ColumnSpec } from '../word-tables';
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

interface RiskRow {
  risk: Risk;
  number: number;
}

function riskTable(ctx: WordContext, risks: Risk[]) {
  const titleOf = ({ risk, number }: RiskRow) =>
    `${number}. ${risk.title.trim() || `Risiko ${number}`}`;
  const assessment = ({ risk }: RiskRow) => [
    `Sannsynlighet: ${riskLevelLabels[risk.likelihood].toLocaleLowerCase('nb')}`,
    `Konsekvens: ${riskLevelLabels[risk.consequence].toLocaleLowerCase('nb')}`,
    riskLevelWords[levelOfRisk(risk)],
  ];
  // Column widths give way to the longest word in each (an owner such as «Bydelsdirektør –
  // programansvarlig»), so no word is broken in the middle.
  const specs: ColumnSpec<RiskRow>[] = [
    {
      title: 'Risiko',
      weight: 3,
      bold: true,
      text: (row) => `${titleOf(row)} ${row.risk.description}`,
      cell: (row) => [
        [bold(titleOf(row))],
        ...(row.risk.description.trim() ? [row.risk.description.trim()] : []),
      ],
    },
    {
      title: 'Vurdering',
      weight: 2.2,
      text: (row) => assessment(row).join(' '),
      cell: (row) => {
        const [likelihood, consequence, level] = assessment(row);
        return [likelihood!, consequence!, [bold(level!)]];
      },
    },
    { title: 'Tiltak mot risikoen', weight: 3.2, cell: ({ risk }) => risk.mitigation },
    { title: 'Ansvarlig', weight: 1.9, cell: ({ risk }) => ctx.partyName(risk.owner) },
    { title: 'Tiltak som trues', weight: 1.4, cell: ({ risk }) => threatenedCodes(ctx, risk) },
  ];
  return columnTable(
    TEXT_WIDTH.portrait,
    specs,
    risks.map((risk, i) => ({ risk, number: i + 1 })),
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
