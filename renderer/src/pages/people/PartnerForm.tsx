import { useLayoutEffect, useRef, useState } from 'react';
import {
  involvementLabels,
  involvementLevels,
  type InvolvementLevel,
  type Partner,
} from '#shared/model/people';
import { sortedByName } from '#shared/plan/people-operations';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { usePlan } from '../../state/plan-context';
import { personName } from './PersonCard';
import { FormButtons } from '../../components/FormButtons';

export type PartnerDraft = Omit<Partner, 'id'>;

export const emptyPartner: PartnerDraft = {
  name: '',
  description: '',
  involvement: null,
  contactPersonId: null,
};

const involvementHelp: Record<InvolvementLevel, string> = {
  formell: 'Sitter i styringsgruppen eller har en avtale med programmet.',
  aktiv: 'Deltar i arbeidsgrupper eller tiltak.',
  informert: 'Får informasjon, men deltar ikke i arbeidet.',
  ingen: 'Er ikke med i arbeidet nå.',
};

interface PartnerFormProps {
  idBase: string;
  title: string;
  initial: PartnerDraft;
  submitLabel: string;
  onSubmit: (partner: PartnerDraft) => void;
  onCancel: () => void;
}

const NO_CONTACT = '';

export function PartnerForm({
  idBase,
  title,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: PartnerFormProps) {
  const { plan } = usePlan();
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => nameInput.current?.focus(), []);
  const nameError = submitted && !draft.name.trim() ? 'Skriv navnet på samarbeidspartneren.' : null;

  return (
    <form
      className="inline-form directory-form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!draft.name.trim()) return nameInput.current?.focus();
        onSubmit({ ...draft, name: draft.name.trim(), description: draft.description.trim() });
      }}
    >
      <p className="inline-form__title">{title}</p>
      <Field label="Navn" id={`${idBase}-name`} error={nameError}>
        {(control) => (
          <input
            {...control}
            ref={nameInput}
            className="input"
            type="text"
            autoComplete="off"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          />
        )}
      </Field>
      <Field label="Beskrivelse" id={`${idBase}-description`} hint="Hva partneren bidrar med.">
        {(control) => (
          <textarea
            {...control}
            className="input input--multiline"
            rows={2}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
        )}
      </Field>
      <fieldset className="fieldset">
        <legend className="field__label">Involvering</legend>
        <ul className="choice-list involvement-choices">
          <li>
            <label className="radio">
              <input
                type="radio"
                name={`${idBase}-involvement`}
                value=""
                checked={draft.involvement === null}
                onChange={() => setDraft({ ...draft, involvement: null })}
              />
              <span>
                Ikke valgt
                <span className="involvement-choices__help">
                  Vises ikke i Word-dokumentet før en velger.
                </span>
              </span>
            </label>
          </li>
          {involvementLevels.map((level) => (
            <li key={level}>
              <label className="radio">
                <input
                  type="radio"
                  name={`${idBase}-involvement`}
                  value={level}
                  checked={draft.involvement === level}
                  onChange={() => setDraft({ ...draft, involvement: level })}
                />
                <span>
                  {involvementLabels[level]}
                  <span className="involvement-choices__help">{involvementHelp[level]}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SelectField
        id={`${idBase}-contact`}
        className="field--contact"
        label="Kontaktperson"
        hint="Velg blant personene i planen."
        value={draft.contactPersonId ?? NO_CONTACT}
        onChange={(value) =>
          setDraft({ ...draft, contactPersonId: value === NO_CONTACT ? null : value })
        }
      >
        <option value={NO_CONTACT}>Ingen kontaktperson</option>
        {sortedByName(plan.people).map((person) => (
          <option key={person.id} value={person.id}>
            {person.title.trim()
              ? `${personName(person)}, ${person.title.trim()}`
              : personName(person)}
          </option>
        ))}
      </SelectField>
      <FormButtons submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
