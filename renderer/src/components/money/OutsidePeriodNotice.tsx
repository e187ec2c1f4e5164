import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { listInWords } from '#shared/plan/budget-operations';
import { changeThenFocus } from '../focus';

interface OutsidePeriodNoticeProps {
  /** Years with amounts that lie outside the programme period. */
  outside: readonly number[];
  /** The start of the sentence: «Det er også ført beløp», «Rammen har også beløp». */
  what: string;
  /** The button's words: «Fjern beløpene utenfor perioden». */
  removeLabel: string;
  onRemove: () => void;
  /** Where the cursor goes once they are removed: the line's first year. */
  focusId: string;
}

/**
 * Amounts kept for years outside the programme period (after the period was shortened): said in
 * words, with one button that removes them. Kvalitetssjekk's link lands on that button.
 */
export function OutsidePeriodNotice({
  outside,
  what,
  removeLabel,
  onRemove,
  focusId,
}: OutsidePeriodNoticeProps) {
  if (outside.length === 0) return null;
  return (
    <div className="notice notice--warning cost-line__outside">
      <p>
        {what} i {listInWords(outside.map(String))}, utenfor programperioden. De er ikke med i
        budsjettet.
      </p>
      <button
        type="button"
        className="button button--small"
        data-field={CHECK_FIELDS.outside}
        onClick={() => changeThenFocus(onRemove, focusId)}
      >
        {removeLabel}
      </button>
    </div>
  );
}
