import { MONTH_NAMES } from '#shared/format/partial-date';
import { localIsoDate } from '#shared/format/local-date';

/** 2027-03-12 → «12. mars 2027», as a decision is written; other text is shown unchanged. */
export function formatLongDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match && MONTH_NAMES[Number(match[2]) - 1];
  return match && month ? `${Number(match[3])}. ${month} ${match[1]}` : iso;
}

/** An ISO timestamp as «12. mars 2027 kl. 14.05» in the user's time zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatLongDate(localIsoDate(date))} kl. ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}
