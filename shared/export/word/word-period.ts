import { formatPartialDate } from '../../format/partial-date';
import { EMPTY_MARK } from './word-text';

/**
 * A measure's «Oppstart – slutt» cell as entered: «2027 –» over «juni 2028», «Fra 2027» or
 * «Til 2028» when only one is set, and EMPTY_MARK when neither is. The no-break space keeps the
 * dash with the start.
 */
export function periodCell(startDate: string | null, endDate: string | null): string | string[] {
  // The same year, month or day at both ends is that one period, written once.
  if (startDate && startDate === endDate) return formatPartialDate(startDate);
  if (startDate && endDate)
    return [`${formatPartialDate(startDate)}\u00A0–`, formatPartialDate(endDate)];
  if (startDate) return `Fra ${formatPartialDate(startDate)}`;
  if (endDate) return `Til ${formatPartialDate(endDate)}`;
  return EMPTY_MARK;
}
