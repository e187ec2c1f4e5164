import type { ReportPeriod, ReportPeriodPart } from '#shared/model/status-report';

/**
 * Husbanken's deadlines (DOMAIN.md): the first half-year is reported by 31 August, the second
 * half-year and the whole year by 28 February the year after. The user can change it.
 */
export function defaultReportDeadline(period: ReportPeriod): string {
  return period.part === 'h1' ? `${period.year}-08-31` : `${period.year + 1}-02-28`;
}

/** The year a new report is most likely for: this year if it is in the programme period. */
export function defaultReportYear(years: readonly number[], today: string): number | null {
  const now = Number(today.slice(0, 4));
  if (years.includes(now)) return now;
  if (!years.length) return null;
  return now < years[0]! ? years[0]! : years.at(-1)!;
}

/**
 * The period a new report most likely covers: the one after the latest report (1. halvår, then
 * 2. halvår, then the year; then next year's 1. halvår), or 1. halvår of the default year.
 */
export function defaultReportPeriod(
  years: readonly number[],
  latest: ReportPeriod | undefined,
  today: string,
): ReportPeriod | null {
  if (latest) {
    const next: ReportPeriod =
      latest.part === 'h1'
        ? { year: latest.year, part: 'h2' }
        : latest.part === 'h2'
          ? { year: latest.year, part: 'year' }
          : { year: latest.year + 1, part: 'h1' };
    if (years.includes(next.year)) return next;
  }
  const year = defaultReportYear(years, today);
  return year === null ? null : { year, part: 'h1' };
}

export const partChoices: { value: ReportPeriodPart; label: string }[] = [
  { value: 'h1', label: '1. halvår' },
  { value: 'h2', label: '2. halvår' },
  { value: 'year', label: 'Hele året' },
];
