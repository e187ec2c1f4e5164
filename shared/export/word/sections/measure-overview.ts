import type { FileChild } from 'docx';
import { AREA_LINE_LABEL, lineHasMoney } from '../../../budget/counted-lines';
import { costOverYears } from '../../../budget/financing';
import { formatKroner } from '../../../format/numbers';
import type { Measure } from '../../../model/measures';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { textRun } from '../word-run';
import {
  planTable,
  widths,
  type CellContent,
  type RowSpec,
  type TableColumn,
} from '../word-tables';
import { EMPTY_MARK, emptyMarkNote, heading, lead, note, paragraph } from '../word-text';
import { STYLE } from '../word-theme';
import { isLedByOther, notCountedNote } from '../../../budget/counted-measures';
import { measureDisplayCode } from '../../../plan/measure-groups';
import { focusAreaName } from './focus-areas';

/** The years a measure runs, as a politician reads them: «2027–2030», «2028». */
export function measureYears(measure: Measure): string {
  const start = measure.startDate?.slice(0, 4) ?? '';
  const end = measure.endDate?.slice(0, 4) ?? '';
  if (!start && !end) return EMPTY_MARK;
  if (start === end) return start;
  return `${start || '…'}–${end || '…'}`;
}

interface OverviewRow {
  measure: Measure;
  cost: number;
}

function titleCell(measure: Measure): CellContent {
  const title = [textRun({ text: measure.title.trim() || 'Uten tittel', bold: true })];
  return measure.priority ? [title, [textRun({ text: 'Prioritert', italics: true })]] : [title];
}

/**
 * Every measure in one landscape table, grouped by focus area: what is done, what it should
 * lead to, who is responsible, when, and what it costs. The short version's activity table,
 * where the full plan has one detailed table per focus area.
 */
export function measureOverviewPart(ctx: WordContext): WordPart {
  const children: FileChild[] = [heading(1, 'Tiltaksoversikt')];
  const withAreaLines = ctx.plan.focusAreas.filter((a) => lineHasMoney(a.budget));
  if (ctx.plan.measures.length === 0 && withAreaLines.length === 0) {
    children.push(note('Planen har ingen tiltak ennå.'));
    return part('landscape', children);
  }
  const rowsByArea = ctx.plan.focusAreas.map((area) => ({
    area,
    // The area's own line («Felles for satsningsområdet»), counted like the measures.
    areaCost: lineHasMoney(area.budget) ? costOverYears(area.budget, ctx.years) : null,
    rows: (ctx.measuresByArea.get(area.id) ?? []).map((measure): OverviewRow => ({
      measure,
      cost: costOverYears(measure.budget, ctx.years),
    })),
  }));
  // A shared project led by another district is shown, but its money is not this plan's.
  const counted = rowsByArea.flatMap((a) => a.rows).filter((r) => !isLedByOther(r.measure));
  const total =
    counted.reduce((sum, r) => sum + r.cost, 0) +
    rowsByArea.reduce((sum, a) => sum + (a.areaCost ?? 0), 0);
  const count = rowsByArea.reduce((sum, a) => sum + a.rows.length, 0);
  let empty = false;
  const orMark = (text: string) => {
    if (text) return text;
    empty = true;
    return EMPTY_MARK;
  };
  const [code, title, result, owner, years, cost] = widths(
    TEXT_WIDTH.landscape,
    [0.8, 4.2, 4.2, 2.6, 1.3, 1.7],
  );
  const columns: TableColumn[] = [
    { title: 'Kode', width: code! },
    { title: 'Tiltak', width: title! },
    { title: 'Forventet resultat', width: result! },
    { title: 'Ansvarlig', width: owner! },
    { title: 'Periode', width: years! },
    { title: 'Kostnad', width: cost!, numeric: true },
  ];
  // One table with a row naming each focus area, so the header repeats on every page.
  const rows: RowSpec[] = rowsByArea.flatMap(({ area, areaCost, rows: measures }) =>
    measures.length === 0 && areaCost === null
      ? []
      : [
          { kind: 'group' as const, text: focusAreaName(area) },
          ...(areaCost === null
            ? []
            : [
                {
                  cells: [
                    '',
                    [[textRun({ text: AREA_LINE_LABEL, bold: true })]],
                    '',
                    '',
                    '',
                    formatKroner(areaCost),
                  ],
                } satisfies RowSpec,
              ]),
          ...measures.map(({ measure, cost: amount }): RowSpec => ({
            cells: [
              // Read without the «Felles prosjekter» heading: «Felles 1A» where 1A repeats.
              `${measureDisplayCode(ctx.plan, measure)}${isLedByOther(measure) ? '*' : ''}`,
              titleCell(measure),
              orMark(measure.expectedResult.trim()),
              orMark(ctx.partyName(measure.owner)),
              orMark(measureYears(measure) === EMPTY_MARK ? '' : measureYears(measure)),
              formatKroner(amount),
            ],
          })),
        ],
  );
  rows.push({
    kind: 'sum',
    cells: [
      {
        content: sumLabel(
          withAreaLines.length > 0,
          counted.length === count ? `${count} tiltak` : `${counted.length} av ${count} tiltak`,
          count,
        ),
        span: 5,
      },
      formatKroner(total),
    ],
  });
  children.push(
    lead(
      `Tiltakene i planens ${ctx.plan.focusAreas.length} satsningsområder. ` +
        'Kostnaden gjelder hele programperioden, uten programledelse.',
    ),
    planTable(columns, rows),
  );
  const notCounted = notCountedNote(ctx.plan.measures);
  if (notCounted) children.push(paragraph(notCounted, STYLE.tableNote));
  if (empty) children.push(emptyMarkNote());
  return part('landscape', children);
}

/** «Sum 3 tiltak», «Sum felles og 3 tiltak», or «Sum felles» when only area lines have money. */
function sumLabel(withAreaLines: boolean, measures: string, count: number): string {
  if (!withAreaLines) return `Sum ${measures}`;
  return count === 0 ? 'Sum felles' : `Sum felles og ${measures}`;
}
