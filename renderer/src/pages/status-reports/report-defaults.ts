import type { ReportPeriod, ReportPeriodPart } from '#shared/model/status-report';

/**
 * Husbanken's usual deadlines: the first half-year is reported by 15 August, the second half-year
 * and the whole year by 15 February the year after. The user can change it.
 */
export function defaultReportDeadline(period: ReportPeriod): string {
  return period.part === 'h1' ? `${period.year}-08-15` : `${period.year + 1}-02-15`;
}

/** The year a new report is most likely for: this year if it is in the programme period. */
export function defaultReportYear(years: readonly number[], today: string): number | null {
  const now = Number(today.slice(0, 4));
  if (years.includes(now)) return now;
  if (!years.length) return null;
  return now < years[0]! ? years[0]! : years.at(-1)!;
}

export const partChoices: { value: ReportPeriodPart; label: string }[] = [
  { value: 'h1', label: '1. halvår' },
  { value: 'h2', label: '2. halvår' },
  { value: 'year', label: 'Hele året' },
];
