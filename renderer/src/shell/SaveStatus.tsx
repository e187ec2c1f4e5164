import type { SaveStatus as Status } from '../state/autosaver';

const texts: Record<Status, string> = {
  saved: 'Alle endringer er lagret',
  pending: 'Ikke lagret ennå',
  saving: 'Lagrer …',
  error: 'Ikke lagret – lagringen feilet',
  conflict: 'Ikke lagret – filen er endret av andre',
};

/** Announced politely, so screen readers hear when saving fails or catches up. */
export function SaveStatus({ status }: { status: Status }) {
  return (
    <p className={`save-status save-status--${status}`} role="status" aria-live="polite">
      <span className="save-status__dot" aria-hidden="true" />
      {texts[status]}
    </p>
  );
}
