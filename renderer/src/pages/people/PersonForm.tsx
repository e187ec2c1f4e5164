import { useLayoutEffect, useRef, useState } from 'react';
import type { Person } from '#shared/model/people';
import { emailProblem } from '#shared/plan/people-operations';
import { Field } from '../../components/Field';
import { FormButtons } from '../../components/FormButtons';

export type PersonDraft = Omit<Person, 'id' | 'example'>;

export const emptyPerson: PersonDraft = {
  name: '',
  title: '',
  organisation: '',
  email: '',
  phone: '',
};

interface PersonFormProps {
  idBase: string;
  /** "Ny person" or "Endre Lise Fjellvang". */
  title: string;
  initial: PersonDraft;
  submitLabel: string;
  onSubmit: (person: PersonDraft) => void;
  onCancel: () => void;
}

type Key = keyof PersonDraft;
const labels: Record<Key, string> = {
  name: 'Navn',
  title: 'Stillingstittel',
  organisation: 'Organisasjon eller enhet',
  email: 'E-post',
  phone: 'Telefon',
};

/**
 * A person's details, kept as a draft until «Lagre»: an e-mail address that is not one is
 * refused with a message, and nothing typed is lost.
 */
export function PersonForm({
  idBase,
  title,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: PersonFormProps) {
  const [draft, setDraft] = useState(initial);
  const [emailTouched, setEmailTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => nameInput.current?.focus(), []);

  const nameError = submitted && !draft.name.trim() ? 'Skriv navnet på personen.' : null;
  const emailError = emailTouched || submitted ? emailProblem(draft.email) : null;

  const input = (key: Key, inputMode?: 'email' | 'tel') => (
    <Field
      label={labels[key]}
      id={`${idBase}-${key}`}
      error={key === 'name' ? nameError : key === 'email' ? emailError : null}
      hint={key === 'email' ? 'For eksempel navn@kommune.no.' : undefined}
    >
      {(control) => (
        <input
          {...control}
          ref={key === 'name' ? nameInput : undefined}
          className="input"
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={draft[key]}
          onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          onBlur={
            key === 'email'
              ? (event) => {
                  // Leaving for Lagre/Avbryt: the message would push the button away mid-click.
                  if (!(event.relatedTarget instanceof HTMLButtonElement)) setEmailTouched(true);
                }
              : undefined
          }
        />
      )}
    </Field>
  );

  return (
    <form
      className="inline-form directory-form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!draft.name.trim()) return focus(`${idBase}-name`);
        if (emailProblem(draft.email)) return focus(`${idBase}-email`);
        const trimmed = Object.fromEntries(
          Object.entries(draft).map(([k, v]) => [k, v.trim()]),
        ) as PersonDraft;
        onSubmit(trimmed);
      }}
    >
      <p className="inline-form__title">{title}</p>
      <div className="field-row">
        {input('name')}
        {input('title')}
      </div>
      <div className="field-row">
        {input('organisation')}
        {input('phone', 'tel')}
      </div>
      <div className="field-row directory-form__half">{input('email', 'email')}</div>
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}

function focus(id: string) {
  document.getElementById(id)?.focus();
}
