import { useCallback, useId, useState, useSyncExternalStore } from 'react';
import { usePlanSession } from '../state/plan-context';

/**
 * The text of a field that edits the plan, held in the field while the user types: a keystroke
 * redraws this field only, and the plan (with everything that shows it) follows when typing
 * pauses or the field is left. The session commits held text before undo, saving, leaving the
 * page and any other change, so nothing typed is lost or saved out of order.
 *
 * `key` names the field for good (its element id): when the field is drawn anew while it holds
 * text (its list item re-keyed, its panel redrawn), the new one shows the held text and goes on
 * from it, instead of the plan's older text that the next keystroke would then commit over it.
 */
export function useHeldText(value: string, onChange: (text: string) => void, key?: string) {
  const session = usePlanSession();
  const generatedId = useId();
  const fieldId = key ? `field:${key}` : generatedId;
  const [typed, setTyped] = useState(() => session.heldText(fieldId) ?? value);
  // Redrawn when its text is committed: after "type, then undo at once" the plan's value is what
  // it was before the typing, so the value alone would not redraw the field.
  const holding = useSyncExternalStore(
    session.subscribeDrafts,
    useCallback(() => session.hasDraft(fieldId), [session, fieldId]),
  );
  return {
    // Held typing is shown as typed; otherwise the plan's value, which also brings undo in.
    text: holding ? typed : value,
    change: (text: string) => {
      setTyped(text);
      session.holdDraft(fieldId, () => onChange(text), text);
    },
    /** The field was left: its text goes into the plan now. */
    commit: () => session.commitDraft(fieldId),
  };
}
