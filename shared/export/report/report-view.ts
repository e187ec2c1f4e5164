import { AREA_LINE_LABEL } from '../../budget/counted-lines';
import { addFigures, moneyFigure, type MoneyFigure } from '../../budget/spending';
import { notCountedNoteFor } from '../../budget/counted-measures';
import { statusFigures, type StatusFigures } from '../../follow-up/status-figures';
import { cleanTextDeep } from '../../model/clean-text';
import type { NeedFigure } from '../../model/need-figures';
import { needCategories } from '../../model/need-figures';
import {
  reportKindLabel,
  reportPeriodEnd,
  reportPeriodLabel,
  reportPeriodStart,
  reportTitle,
  type ReportEntry,
  type ReportMoney,
  type StatusReport,
} from '../../model/status-report';
import { displayCodeAmong, measureGroupOf } from '../../plan/measure-groups';
import { compareMeasureCodes } from '../../plan/traceability';

// What the Word and Excel reports show, read from the report's snapshot ONLY (report.context and
// report.entries), never from the live plan: an earlier report exports the same forever, even
// after measures are renamed, moved or deleted. Both exports build on this, so they agree.

export interface ReportArea {
  id: string;
  /** «Satsningsområde 1: Egnede boliger» */
  name: string;
  entries: ReportEntry[];
  figures: StatusFigures;
}

/** Budget against spending of one line (a measure or programme management) for one source. */
export interface ReportMoneyRow {
  /** «1A Boligtorg» or «Programledelse». */
  line: string;
  areaId: string | null;
  sourceId: string;
  source: string;
  figure: MoneyFigure;
  /** false for a shared project led and financed by another district: shown, not summed. */
  counted: boolean;
}

export interface ReportView {
  report: StatusReport;
  /** «Halvårsrapport» / «Årsrapport». */
  kind: string;
  /** «1. halvår 2027». */
  period: string;
  /** «Halvårsrapport 1. halvår 2027». */
  title: string;
  periodStart: string;
  periodEnd: string;
  areas: ReportArea[];
  /** Every source in the snapshot, by id. */
  sourceNames: Map<string, string>;
  /** Rows per measure and source with budget or spending, then programme management. */
  money: ReportMoneyRow[];
  /** Per source over all lines (programme management included). */
  moneyBySource: { sourceId: string; source: string; figure: MoneyFigure }[];
  moneyTotal: MoneyFigure;
  /** Under tables that show shared projects led by another district; null when there are none. */
  notCountedNote: string | null;
  /** A, B, C of the report's year; null when nothing is filled in (then a half-year omits them). */
  needFigures: NeedFigure[] | null;
  figures: StatusFigures;
}

export const NO_AREA_NAME = 'Uten satsningsområde';

const groupRank = (e: ReportEntry) => (measureGroupOf(e.measure) === 'shared' ? 1 : 0);

/** «Satsningsområde 1: Egnede boliger», as the plan's export names it. */
export function reportAreaName(area: { code: string; name: string }): string {
  const code = area.code.trim();
  return code ? `Satsningsområde ${code}: ${area.name}` : `Satsningsområde: ${area.name}`;
}

/** «1A», or «2C*» for a shared project led by another district (explained by notCountedNote). */
export function entryCode(entry: ReportEntry, among: readonly ReportEntry[] = [entry]): string {
  // Read without the «Felles prosjekter» heading: «Felles 1A» where a local measure is 1A.
  const code = displayCodeAmong(
    among.map((e) => e.measure),
    entry.measure,
  );
  return entry.measure.ledBy === null ? code : `${code}*`;
}

/** «1A Boligtorg»; `among` is the report's entries, for telling a shared project apart. */
export function entryName(entry: ReportEntry, among: readonly ReportEntry[] = [entry]): string {
  return `${entryCode(entry, among)} ${entry.measure.title.trim() || 'Uten tittel'}`.trim();
}

/** The note for the entries among these that are led by another district. */
export function entriesNotCountedNote(entries: readonly ReportEntry[]): string | null {
  return notCountedNoteFor(
    entries.flatMap((e) => (e.measure.ledBy === null ? [] : [e.measure.ledBy])),
  );
}

const moneyRows = (
  line: string,
  areaId: string | null,
  money: ReportMoney[],
  sourceNames: Map<string, string>,
  counted = true,
): ReportMoneyRow[] =>
  money
    .filter((m) => m.budget !== 0 || m.spent !== 0)
    .map((m) => ({
      line,
      areaId,
      sourceId: m.sourceId,
      source: sourceNames.get(m.sourceId) ?? 'Ukjent kilde',
      figure: moneyFigure(m.budget, m.spent),
      counted,
    }));

const filled = (f: NeedFigure) =>
  f.atStart !== null || f.atEnd !== null || f.helped !== null || f.comment.trim() !== '';

export function reportView(uncleanReport: StatusReport): ReportView {
  const report = cleanTextDeep(uncleanReport);
  const { context } = report;
  const sourceNames = new Map(context.sources.map((s) => [s.id, s.name]));
  const known = new Set(context.focusAreas.map((f) => f.id));
  // Own measures, then shared projects (last in each area, as in the plan), each by code.
  const sorted = [...report.entries].sort(
    (a, b) => groupRank(a) - groupRank(b) || compareMeasureCodes(a.measure.code, b.measure.code),
  );
  const areaList = [
    ...context.focusAreas.map((f) => ({ id: f.id, name: reportAreaName(f) })),
    { id: '', name: NO_AREA_NAME },
  ];
  const areas = areaList
    .map((area) => {
      const entries = sorted.filter((e) =>
        area.id ? e.measure.focusAreaId === area.id : !known.has(e.measure.focusAreaId),
      );
      return { ...area, entries, figures: statusFigures(entries) };
    })
    // An area without measures is still listed; the orphan group only when it has any.
    .filter((area) => area.id !== '' || area.entries.length > 0);

  const areaMoney = new Map(context.focusAreas.map((f) => [f.id, f.money]));
  const money = [
    ...areas.flatMap((area) => [
      ...moneyRows(AREA_LINE_LABEL, area.id || null, areaMoney.get(area.id) ?? [], sourceNames),
      ...area.entries.flatMap((e) =>
        moneyRows(
          entryName(e, report.entries),
          area.id || null,
          e.measure.money,
          sourceNames,
          e.measure.ledBy === null,
        ),
      ),
    ]),
    ...moneyRows('Programledelse', null, context.programmeManagement, sourceNames),
  ];
  const sourceIds = [
    ...context.sources.map((s) => s.id),
    ...new Set(money.map((m) => m.sourceId).filter((id) => !sourceNames.has(id))),
  ];
  const counted = money.filter((m) => m.counted);
  const moneyBySource = sourceIds
    .map((sourceId) => ({
      sourceId,
      source: sourceNames.get(sourceId) ?? 'Ukjent kilde',
      figure: addFigures(counted.filter((m) => m.sourceId === sourceId).map((m) => m.figure)),
    }))
    .filter((s) => s.figure.budget !== 0 || s.figure.spent !== 0);

  const needs = needCategories.flatMap((category) => {
    const figure = context.needFigures.find((f) => f.category === category);
    return figure ? [figure] : [];
  });
  const anyNeed = needs.some(filled);
  const needFigures =
    report.period.part === 'year'
      ? needCategories.map(
          (category) =>
            needs.find((f) => f.category === category) ?? {
              id: category,
              year: report.period.year,
              category,
              atStart: null,
              atEnd: null,
              helped: null,
              comment: '',
            },
        )
      : anyNeed
        ? needs
        : null;

  const kind = reportKindLabel(report.period);
  const period = reportPeriodLabel(report.period);
  return {
    report,
    kind,
    period,
    title: reportTitle(report.period),
    periodStart: reportPeriodStart(report.period),
    periodEnd: reportPeriodEnd(report.period),
    areas,
    sourceNames,
    money,
    moneyBySource,
    moneyTotal: addFigures(counted.map((m) => m.figure)),
    notCountedNote: entriesNotCountedNote(report.entries),
    needFigures,
    figures: statusFigures(report.entries),
  };
}

/** «Bydel Fjellstad» or the plan title: who the report is from, for file names and covers. */
export function reportPlace(report: StatusReport): string {
  return report.context.municipality.trim() || report.context.planTitle.trim();
}
