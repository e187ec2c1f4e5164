import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';

interface UserNameFormProps {
  name: string;
  onSave: (name: string) => Promise<void>;
}

/**
 * «Navnet ditt i endringsloggen»: set once on this machine, changeable later. Asked for plainly
 * while empty; otherwise shown with a button to change it.
 */
export function UserNameForm({ name, onSave }: UserNameFormProps) {
  const [editing, setEditing] = useState(name === '');
  const [text, setText] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // The name set elsewhere (the adopt dialog asks too): show it as saved.
  const [seen, setSeen] = useState(name);
  if (seen !== name) {
    setSeen(name);
    setText(name);
    setEditing(name === '');
  }
  const fieldId = useId();
  const changeButton = useRef<HTMLButtonElement>(null);
  // Set by the user's own action, so focus follows it: into the field, or back to «Endre navnet».
  const moved = useRef(false);
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (editing) document.getElementById(fieldId)?.focus();
    else changeButton.current?.focus();
  }, [editing, fieldId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSave(text.trim());
      setProblem(null);
      setSaved(true);
      moved.current = text.trim() !== '';
      setEditing(text.trim() === '');
    } catch (error) {
      setProblem(`Navnet ble ikke lagret: ${error instanceof Error ? error.message : error}`);
    }
  };

  return (
    <section className="versions-card" aria-labelledby="user-name-heading">
      <h2 id="user-name-heading">Navnet ditt i endringsloggen</h2>
      {editing ? (
        <form className="user-name-form" onSubmit={(event) => void submit(event)}>
          <TextField
            label="Navnet ditt"
            hint="Endringer du gjør på denne maskinen, blir ført i loggen med dette navnet."
            id={fieldId}
            value={text}
            onChange={setText}
            autoComplete="name"
          />
          <div className="button-row">
            <button type="submit" className="button button--primary">
              Lagre navnet
            </button>
            {name !== '' && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setText(name);
                  moved.current = true;
                  setEditing(false);
                }}
              >
                Avbryt
              </button>
            )}
          </div>
        </form>
      ) : (
        <p className="user-name-form__shown">
          Endringene dine føres med navnet <strong>{name}</strong>.{' '}
          <button
            ref={changeButton}
            type="button"
            className="button button--small"
            onClick={() => {
              setSaved(false);
              moved.current = true;
              setEditing(true);
            }}
          >
            Endre navnet
          </button>
        </p>
      )}
      <div role="status">
        {saved && !editing && <p className="visually-hidden">Navnet er lagret.</p>}
        {problem && <p className="notice notice--error">{problem}</p>}
      </div>
    </section>
  );
}
