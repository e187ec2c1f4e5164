import { useLayoutEffect, useRef, useState } from 'react';
import type { NewPerson } from '#shared/plan/info-operations';
import { FormButtons } from '../../components/FormButtons';

interface NewPersonFormProps {
  /** What the person will be, e.g. "programleder". */
  purpose: string;
  onAdd: (person: NewPerson) => void;
  onCancel: () => void;
}

export function NewPersonForm({ purpose, onAdd, onCancel }: NewPersonFormProps) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [missingName, setMissingName] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => nameInput.current?.focus(), []);
  const idBase = `new-person-${purpose.replace(/[^a-zæøå]+/g, '-')}`;

  return (
    <form
      className="inline-form"
      aria-label={`Ny person som ${purpose}`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) {
          setMissingName(true);
          nameInput.current?.focus();
          return;
        }
        onAdd({ name: name.trim(), title: title.trim() });
      }}
    >
      <p className="inline-form__title">Ny person som {purpose}</p>
      <div className="field-row">
        <div className={`field${missingName ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={`${idBase}-name`}>
            Navn
          </label>
          {missingName && (
            <p className="field__error" id={`${idBase}-name-error`}>
              Skriv navnet på personen.
            </p>
          )}
          <input
            ref={nameInput}
            id={`${idBase}-name`}
            className="input"
            type="text"
            autoComplete="off"
            aria-invalid={missingName || undefined}
            aria-describedby={missingName ? `${idBase}-name-error` : undefined}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              if (e.target.value.trim()) setMissingName(false);
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${idBase}-title`}>
            Stillingstittel
          </label>
          <input
            id={`${idBase}-title`}
            className="input"
            type="text"
            autoComplete="off"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
      </div>
      <FormButtons submitLabel="Legg til person" onCancel={onCancel} />
    </form>
  );
}
