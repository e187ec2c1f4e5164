import { useState, type FormEvent } from 'react';
import { parseLinkAddress } from '#shared/plan/rich-text-operations';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/TextField';

export interface LinkRequest {
  /** The address of the link being changed, or '' for a new link. */
  href: string;
  /** The text the link goes on; null when nothing is selected and the text must be asked for. */
  selectedText: string | null;
}

interface LinkDialogProps {
  request: LinkRequest;
  onSave: (href: string, text: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

export function LinkDialog({ request, onSave, onRemove, onCancel }: LinkDialogProps) {
  const editing = request.href !== '';
  const [href, setHref] = useState(request.href);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseLinkAddress(href);
    if (!parsed.ok) {
      setError(parsed.message);
      document.getElementById('link-address')?.focus();
      return;
    }
    onSave(parsed.href, text);
  };

  const shown =
    request.selectedText && request.selectedText.length > 60
      ? `${request.selectedText.slice(0, 60)}…`
      : request.selectedText;

  return (
    <Modal
      title={editing ? 'Endre lenke' : 'Legg til lenke'}
      onDismiss={onCancel}
      description={
        shown ? (
          <p>Lenken legges på teksten «{shown}».</p>
        ) : (
          <p>Lenker kan gå til nettsider eller til en e-postadresse.</p>
        )
      }
    >
      <form onSubmit={submit} noValidate>
        <Field
          id="link-address"
          label="Adresse"
          hint="En nettadresse som https://www.husbanken.no, eller en e-postadresse."
          error={error}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              value={href}
              onChange={(e) => {
                setHref(e.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        {request.selectedText === null && (
          <TextField
            id="link-text"
            label="Tekst som vises"
            hint="Står det ikke noe her, vises adressen."
            value={text}
            onChange={setText}
          />
        )}
        <div className="modal__footer">
          {editing && (
            <button
              type="button"
              className="button button--quiet button--danger-text link-dialog__remove"
              onClick={onRemove}
            >
              Fjern lenken
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Avbryt
          </button>
          <button type="submit" className="button button--primary">
            {editing ? 'Lagre lenken' : 'Legg til lenken'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
