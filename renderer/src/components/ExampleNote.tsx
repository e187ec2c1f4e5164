import { CHECK_FIELDS } from '#shared/checks/check-fields';

interface ExampleNoteProps {
  /** What is an example, for the button's accessible name: «utgangsverdien», «Marte Fjellheim». */
  what: string;
  onConfirm: () => void;
}

/**
 * Marks a template's example figure or person until it is replaced or confirmed. Kvalitetssjekk
 * links here (data-field), so «Bekreft» is one key away.
 */
export function ExampleNote({ what, onConfirm }: ExampleNoteProps) {
  return (
    <p className="example-note" data-field={CHECK_FIELDS.example}>
      <span className="tag tag--example">Eksempel – bytt ut eller bekreft</span>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={`Bekreft ${what} som eget, ikke eksempel`}
        onClick={onConfirm}
      >
        Bekreft
      </button>
    </p>
  );
}
