import type { SaveStatus as Status } from '../state/autosaver';
import { useDraftsPending, useRefusedCount } from '../state/plan-context';

const texts: Record<Status, string> = {
  saved: 'Alle endringer er lagret',
  pending: 'Ikke lagret ennå',
  saving: 'Lagrer …',
  error: 'Ikke lagret – lagringen feilet',
  conflict: 'Ikke lagret – filen er endret av andre',
};

/** Announced politely, so screen readers hear when saving fails or catches up. */
export function SaveStatus({ status }: { status: Status }) {
  // Text typed in a field reaches the plan when typing pauses; until then it is not saved either.
  const typing = useDraftsPending();
  // A field showing text the plan refused is not saved, whatever the file holds.
  const refused = useRefusedCount();
  const shown = status === 'saved' && (typing || refused > 0) ? 'pending' : status;
  const text =
    shown === 'pending' && !typing && refused > 0
      ? `${refused} felt med feil er ikke lagret`
      : texts[shown];
  return (
    <p className={`save-status save-status--${shown}`} role="status" aria-live="polite">
      <span className="save-status__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
