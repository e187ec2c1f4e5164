import { formatLongDate } from './dates';

/** Today's date in the user's own time zone as ÅÅÅÅ-MM-DD (toISOString would give UTC's date). */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO timestamp as dd.mm.åååå in the user's time zone; '' when it cannot be read. */
export function formatTimestampDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : localIsoDate(date).split('-').reverse().join('.');
}

/** An ISO timestamp as «12. mars 2027 kl. 14.05» in the user's time zone. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatLongDate(localIsoDate(date))} kl. ${pad(date.getHours())}.${pad(date.getMinutes())}`;
}
