import { Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import { textRun } from '../word-run';
import { periodCell } from '../word-period';
import { financedByText, isLedByOther, notCountedNote } from '../../../budget/counted-measures';
import { AREA_LINE_LABEL, lineHasMoney } from '../../../budget/counted-lines';
import { lineFigures } from '../../../budget/line-figures';
import { formatKroner } from '../../../format/numbers';
import { progressFormText } from '../../progress-text';
import { challengesCell } from '../word-follow-up-cells';
import { measureStatusLabel, type Measure } from '../../../model/measures';
import { partnerName } from '../../../model/party-name';
import type { FocusArea } from '../../../model/strategies';
import { areaGoalGroups } from '../../../plan/area-goals';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { columnTable, type CellContent, type ColumnSpec } from '../word-tables';
import { CELL_PADDING } from '../word-table-style';
import { SIZE, STYLE } from '../word-theme';
import { textWidth } from '../text-width';
import { EMPTY_MARK, bullet, emptyMarkNote, heading, note, paragraph } from '../word-text';
import { strategyName } from './strategies';
import { sharedProjectsHeadingRow } from '../../../plan/measure-groups';

/** "Satsningsområde 1: Egnede boliger for vanskeligstilte". */
export function focusAreaName(area: FocusArea): string {
  const code = area.code.trim();
  return code ? `Satsningsområde ${code}: ${area.title}` : `Satsningsområde: ${area.title}`;
}

const cellLine = (children: (string | TextRun)[]) =>
  new Paragraph({
    style: STYLE.tableText,
    children: children.map((c) => (typeof c === 'string' ? textRun(c) : c)),
  });

interface MoneyTotal {
  cost: number;
  financed: number;
  /** By source id. */
  bySource: Map<string, number>;
  byYear: { year: number; cost: number }[];
  /** «finansiert av Bydel Alna» for a shared project another district leads (not summed). */
  financedBy?: string;
}

/**
 * A line's cost and financing over the programme years (the years the budget tables show): a
 * measure's, or with null the focus area's own line.
 */
function moneyOf(ctx: WordContext, measure: Measure | null, area: FocusArea): MoneyTotal {
  const line = measure ? measure.budget : area.budget;
  const figures = lineFigures(line, ctx.plan.budget, ctx.years);
  const bySource = new Map<string, number>();
  for (const f of figures)
    for (const [id, amount] of f.bySource) bySource.set(id, (bySource.get(id) ?? 0) + amount);
  return {
    cost: figures.reduce((sum, f) => sum + f.cost, 0),
    financed: figures.reduce((sum, f) => sum + f.financed, 0),
    bySource,
    byYear: figures.filter((f) => f.cost > 0).map((f) => ({ year: f.year, cost: f.cost })),
    ...(measure && isLedByOther(measure) ? { financedBy: financedByText(measure) } : {}),
  };
}

/** "Tilskudd fra Husbanken … 595 000 kr": the label left, the amount at the cell's right edge. */
export function amountLine(
  label: string,
  amount: number,
  innerWidth: number,
  run: { bold?: boolean; italics?: boolean } = {},
): Paragraph {
  return new Paragraph({
    style: STYLE.tableText,
    tabStops: [{ type: TabStopType.RIGHT, position: innerWidth }],
    children: [
      textRun({ text: label, ...run }),
      textRun({ children: [new Tab(), formatKroner(amount)], ...run }),
    ],
  });
}

function moneyCell(
  ctx: WordContext,
  money: MoneyTotal,
  innerWidth: number,
  showYears: boolean,
): Paragraph[] {
  if (money.cost === 0 && money.financed === 0) return [cellLine([EMPTY_MARK])];
  const lines = [amountLine('Kostnad', money.cost, innerWidth, { bold: true })];
  if (money.financedBy)
    lines.push(cellLine([textRun({ text: `* ${upperFirst(money.financedBy)}`, italics: true })]));
  if (showYears && money.byYear.length > 1)
    lines.push(...money.byYear.map((y) => amountLine(String(y.year), y.cost, innerWidth)));
  for (const source of ctx.plan.budget.sources) {
    const amount = money.bySource.get(source.id) ?? 0;
    if (amount !== 0) lines.push(amountLine(source.name, amount, innerWidth));
  }
  const missing = money.cost - money.financed;
  if (missing > 0) lines.push(amountLine('Ufinansiert', missing, innerWidth, { italics: true }));
  if (missing < 0)
    lines.push(amountLine('Finansiert utover kostnad', -missing, innerWidth, { italics: true }));
  return lines;
}

function titleCell(measure: Measure): Paragraph[] {
  const lines = [cellLine([textRun({ text: measure.title.trim() || 'Uten tittel', bold: true })])];
  if (measure.description.trim()) lines.push(cellLine([measure.description.trim()]));
  if (measure.sharedProject) {
    const { responsible, participants } = measure.sharedProject;
    const text = [
      `Felles prosjekt – ansvarlig: ${responsible.trim() || 'ikke avklart'}`,
      participants.trim() ? `Deltakere: ${participants.trim()}` : '',
    ].filter(Boolean);
    lines.push(cellLine([textRun({ text: `${text.join('. ')}.`, italics: true })]));
  }
  return lines;
}

function statusCell(measure: Measure): CellContent {
  const lines = [measureStatusLabel(measure.status)];
  if (measure.progress > 0) lines.push(`Framdrift ${progressFormText(measure.progress)}`);
  return lines;
}

interface ActivityRow {
  /** null: the focus area's own line («Felles for satsningsområdet»), first in the table. */
  measure: Measure | null;
  money: MoneyTotal;
}

/** Room for «Tilskudd fra Husbanken» and the largest amount on one line, label left, sum right. */
function moneyMinWidth(ctx: WordContext, total: MoneyTotal): number {
  const labels = ['Kostnad', 'Ufinansiert', ...ctx.plan.budget.sources.map((s) => s.name)];
  const label = Math.max(...labels.map((l) => textWidth(l, SIZE.table, l === 'Kostnad')));
  return (
    label + textWidth(formatKroner(Math.max(total.cost, total.financed)), SIZE.table, true) + 170
  );
}

const titleText = ({ measure }: ActivityRow) =>
  measure
    ? [measure.title, measure.description, measure.sharedProject?.responsible ?? ''].join(' ')
    : `${AREA_LINE_LABEL} ${AREA_LINE_NOTE}`;

/** What the area's own line means, under its name in the title cell. */
const AREA_LINE_NOTE = 'Kostnad for satsningsområdet som helhet, ikke fordelt på tiltakene.';

function areaLineTitleCell(): Paragraph[] {
  return [
    cellLine([textRun({ text: AREA_LINE_LABEL, bold: true })]),
    cellLine([textRun({ text: AREA_LINE_NOTE, italics: true })]),
  ];
}

/** A measure's cell; the area's own line has nothing in the measure's columns. */
const ofMeasure =
  (cell: (measure: Measure) => CellContent) =>
  ({ measure }: ActivityRow): CellContent =>
    measure ? cell(measure) : '';

/** Husbanken's columns of the activity table, in order. A new column is one more entry here. */
function activityColumns(ctx: WordContext, total: MoneyTotal): ColumnSpec<ActivityRow>[] {
  const inner = (width: number) => width - 2 * CELL_PADDING;
  return [
    {
      title: 'Kode',
      weight: 0.8,
      cell: ofMeasure((measure) => (isLedByOther(measure) ? `${measure.code}*` : measure.code)),
    },
    {
      title: 'Tiltak og kort beskrivelse',
      weight: 3.3,
      cell: ({ measure }) => (measure ? titleCell(measure) : areaLineTitleCell()),
      text: titleText,
      bold: true,
    },
    {
      title: 'Forventet resultat',
      weight: 2.2,
      cell: ofMeasure((measure) => measure.expectedResult.trim() || EMPTY_MARK),
    },
    {
      title: 'Kostnad og finansiering',
      // Its least width is all it needs: the label and the amount on one line.
      weight: 1,
      cell: ({ money }, width) => moneyCell(ctx, money, inner(width), true),
      sum: (width) => moneyCell(ctx, total, inner(width), false),
      text: () => '',
      minWidth: moneyMinWidth(ctx, total),
    },
    {
      title: 'Oppstart – slutt',
      weight: 1.6,
      cell: ofMeasure((measure) => periodCell(measure.startDate, measure.endDate)),
    },
    { title: 'Status', weight: 1.2, cell: ofMeasure(statusCell) },
    {
      title: 'Samarbeids\u00ADpartnere',
      weight: 2.0,
      cell: ofMeasure((measure) => {
        const partners = measure.partnerIds.flatMap((id) => {
          const p = ctx.partners.get(id);
          return p ? [partnerName(p)] : [];
        });
        return partners.length > 0 ? partners : EMPTY_MARK;
      }),
    },
    {
      title: 'Ansvarlig',
      weight: 1.9,
      cell: ofMeasure((measure) => ctx.partyName(measure.owner) || EMPTY_MARK),
    },
    {
      title: 'Utfordringer og korrigerende tiltak',
      weight: 2.6,
      cell: ofMeasure((measure) => challengesCell(measure.challenges, measure.correctiveAction)),
      text: ({ measure }) => (measure ? `${measure.challenges} ${measure.correctiveAction}` : ''),
    },
  ];
}

/**
 * The activity table for one focus area, Husbanken's columns, with a sum row. The area's own line
 * is summed with the measures, as in the budget tables (counted-lines.ts).
 */
function activityTable(ctx: WordContext, rows: ActivityRow[]) {
  const total: MoneyTotal = { cost: 0, financed: 0, bySource: new Map(), byYear: [] };
  // A shared project led by another district is shown but not summed (note under the table).
  const counted = rows.filter(({ measure }) => !measure || !isLedByOther(measure));
  for (const { money } of counted) {
    total.cost += money.cost;
    total.financed += money.financed;
    for (const [id, amount] of money.bySource)
      total.bySource.set(id, (total.bySource.get(id) ?? 0) + amount);
  }
  const measures = rows.filter((r) => r.measure).length;
  const countedMeasures = counted.filter((r) => r.measure).length;
  const what =
    countedMeasures === measures
      ? `${measures} tiltak`
      : `${countedMeasures} av ${measures} tiltak`;
  const withArea = rows.some((r) => !r.measure);
  return columnTable(TEXT_WIDTH.landscape, activityColumns(ctx, total), rows, {
    // Shared projects stand last under their own heading, as in Husbanken's form.
    groupRows: sharedProjectsHeadingRow(rows, (row) => row.measure),
    sumLabel: !withArea ? `Sum ${what}` : measures === 0 ? 'Sum felles' : `Sum felles og ${what}`,
  });
}

/** Whether a row of the activity table shows EMPTY_MARK somewhere (then the note explains it). */
function hasEmptyField(ctx: WordContext, { measure, money }: ActivityRow): boolean {
  if (!measure) return false;
  return (
    !measure.expectedResult.trim() ||
    (!measure.startDate && !measure.endDate) ||
    !ctx.partyName(measure.owner) ||
    !measure.partnerIds.some((id) => ctx.partners.has(id)) ||
    (money.cost === 0 && money.financed === 0)
  );
}

/**
 * The goals of a focus area as the form lists them: each main goal the area's goals hang under
 * (`areaGoalGroups`), then the area's sub-goals («Delmål 1.1») with their result goals.
 */
function areaGoalLines(ctx: WordContext, area: FocusArea): { text: string; level: number }[] {
  const name = (id: string, level: string, title: string) =>
    `${level} ${ctx.goals.get(id)?.number ?? ''}: ${title.trim() || 'uten tittel'}`;
  return areaGoalGroups(ctx.plan, area.id).flatMap(({ mainGoal, subGoals }) => [
    { text: name(mainGoal.id, 'Hovedmål', mainGoal.title), level: 0 },
    ...subGoals.flatMap((sub) => [
      { text: name(sub.id, 'Delmål', sub.title), level: 1 },
      ...sub.resultGoals.map((r) => ({ text: name(r.id, 'Resultatmål', r.title), level: 2 })),
    ]),
  ]);
}

/**
 * The area's goals and strategies as short lists, each kept with what follows so the intro stays
 * with the table below it (as far as it fits on a page); a list with nothing in it is left out.
 */
function areaIntro(ctx: WordContext, area: FocusArea): Paragraph[] {
  const keep = { keepNext: false };
  const children: Paragraph[] = [];
  if (area.description.trim()) children.push(paragraph(area.description.trim(), undefined, keep));
  const goals = areaGoalLines(ctx, area);
  if (goals.length > 0) {
    children.push(paragraph('Mål for satsningsområdet', STYLE.label));
    children.push(...goals.map(({ text, level }) => bullet(text, level, keep)));
  }
  const strategies = area.strategyIds.flatMap((id) => {
    const s = ctx.strategies.get(id);
    return s ? [s] : [];
  });
  if (strategies.length > 0) {
    children.push(paragraph('Strategier satsningsområdet bygger på', STYLE.label));
    children.push(...strategies.map((s) => bullet(strategyName(s), 0, keep)));
  }
  return children;
}

/**
 * A focus area on landscape pages: its goals and strategies right above its activity table, so
 * they are read together and no portrait page is left a third full.
 */
function areaPart(ctx: WordContext, area: FocusArea): WordPart {
  const measures = ctx.measuresByArea.get(area.id) ?? [];
  const intro = areaIntro(ctx, area);
  const children: FileChild[] = [heading(1, focusAreaName(area)), ...intro];
  const withAreaLine = lineHasMoney(area.budget);
  if (measures.length === 0 && !withAreaLine) {
    children.push(note('Det er ikke lagt inn tiltak i dette satsningsområdet.'));
    return part('landscape', children);
  }
  const rows: ActivityRow[] = [
    ...(withAreaLine ? [{ measure: null, money: moneyOf(ctx, null, area) }] : []),
    ...measures.map((measure) => ({ measure, money: moneyOf(ctx, measure, area) })),
  ];
  children.push(
    heading(2, `Tiltak i satsningsområde ${area.code}`.trim()),
    activityTable(ctx, rows),
  );
  children.push(...notCountedNotes(measures));
  if (rows.some((row) => hasEmptyField(ctx, row))) children.push(emptyMarkNote());
  return part('landscape', children);
}

/** The note under an activity table that shows shared projects led by another district. */
function notCountedNotes(measures: Measure[]): Paragraph[] {
  const text = notCountedNote(measures);
  return text ? [paragraph(text, STYLE.tableNote)] : [];
}

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

/** One chapter per focus area: its goals and strategies above its activity table, in landscape. */
export function focusAreaParts(ctx: WordContext): WordPart[] {
  if (ctx.plan.focusAreas.length === 0)
    return [
      part('portrait', [
        heading(1, 'Satsningsområder og tiltak'),
        note('Planen har ingen satsningsområder ennå.'),
      ]),
    ];
  return ctx.plan.focusAreas.map((area) => areaPart(ctx, area));
}
