import { useLayoutEffect, useRef, useState } from 'react';
import type { OrgBody } from '#shared/model/organisation';
import { newId } from '#shared/plan/new-id';
import { addMember, addMemberWithNewPerson } from '#shared/plan/organisation-operations';
import { Field } from '../../components/Field';
import { usePlan } from '../../state/plan-context';
import { bodyName } from './body-ids';
import { personLabel, sortedPeople } from './people-labels';
import { FormButtons } from '../../components/FormButtons';

const NEW_PERSON = 'ny-person';

interface NewMemberFormProps {
  body: OrgBody;
  /** Called after adding (or cancelling). */
  onDone: () => void;
}

/** Pick a person from the plan, or type a new one (name and title), and their role in the body. */
export function NewMemberForm({ body, onDone }: NewMemberFormProps) {
  const { plan, edit } = usePlan();
  const available = sortedPeople(plan.people).filter(
    (p) => !body.members.some((m) => m.personId === p.id),
  );
  const [choice, setChoice] = useState(available[0]?.id ?? NEW_PERSON);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [role, setRole] = useState('');
  const [missingName, setMissingName] = useState(false);
  const first = useRef<HTMLSelectElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  const creating = choice === NEW_PERSON;

  return (
    <form
      className="inline-form"
      aria-label={`Nytt medlem i ${bodyName(body)}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (creating && !name.trim()) {
          setMissingName(true);
          nameInput.current?.focus();
          return;
        }
        const memberId = newId();
        edit((p) =>
          creating
            ? addMemberWithNewPerson(p, body.id, { name, title: title.trim() }, role.trim(), {
                memberId,
              })
            : addMember(p, body.id, choice, role.trim(), memberId),
        );
        onDone();
      }}
    >
      <p className="inline-form__title">Nytt medlem i {bodyName(body)}</p>
      <Field label="Person" hint="Velg fra planens personer, eller legg til en ny.">
        {(control) => (
          <select
            {...control}
            ref={first}
            className="input input--select"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            {available.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
            <option value={NEW_PERSON}>Ny person …</option>
          </select>
        )}
      </Field>
      {creating && (
        <div className="field-row">
          <Field label="Navn" error={missingName ? 'Skriv navnet på personen.' : null}>
            {(control) => (
              <input
                {...control}
                ref={nameInput}
                className="input"
                type="text"
                autoComplete="off"
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                  if (e.target.value.trim()) setMissingName(false);
                }}
              />
            )}
          </Field>
          <Field label="Stillingstittel">
            {(control) => (
              <input
                {...control}
                className="input"
                type="text"
                autoComplete="off"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
        </div>
      )}
      <Field label="Rolle i leddet" hint="For eksempel leder, medlem eller sekretær.">
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="off"
            value={role}
            onChange={(e) => setRole(e.target.value)}
          />
        )}
      </Field>
      <FormButtons submitLabel="Legg til medlem" onCancel={onDone} />
    </form>
  );
}
