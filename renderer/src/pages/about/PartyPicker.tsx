import { useId, useRef, useState } from 'react';
import { bodyName, partnerName, personName } from '#shared/model/party-name';
import type { PartyRef } from '#shared/model/primitives';
import type { NewPerson } from '#shared/plan/info-operations';
import { SelectField } from '../../components/SelectField';
import { usePlan } from '../../state/plan-context';
import { NewPersonForm } from './NewPersonForm';

const NONE = '';
const encode = (ref: PartyRef | null) => (ref ? `${ref.kind}:${ref.id}` : NONE);

interface PartyPickerProps {
  label: string;
  hint?: string;
  value: PartyRef | null;
  /** Offer the organisation's bodies as well as people. */
  includeBodies?: boolean;
  /**
   * `visit` counts the times the list got focus: picks during one visit (arrowing through the
   * list) are one undo step, however slowly the keys come.
   */
  onChange: (ref: PartyRef | null, visit: number) => void;
  onAddPerson: (person: NewPerson) => void;
}

/**
 * Choose a person (or an organisation body) from the plan, or add a new person on the spot.
 * «Ny person» is a button, not an entry in the list: arrowing through the list must never open a
 * form.
 */
export function PartyPicker({
  label,
  hint,
  value,
  includeBodies,
  onChange,
  onAddPerson,
}: PartyPickerProps) {
  const { plan } = usePlan();
  const [adding, setAdding] = useState(false);
  const visit = useRef(0);
  const selectId = useId();
  const newButton = useRef<HTMLButtonElement>(null);
  const partner = value?.kind === 'partner' ? plan.partners.find((p) => p.id === value.id) : null;
  const showBodies = includeBodies || value?.kind === 'body';

  const choose = (encoded: string) => {
    if (encoded === NONE) return onChange(null, visit.current);
    const [kind, id] = encoded.split(':') as [PartyRef['kind'], string];
    onChange({ kind, id }, visit.current);
  };
  const closeForm = () => {
    setAdding(false);
    newButton.current?.focus();
  };

  return (
    <div className="party-picker">
      <SelectField
        id={selectId}
        label={label}
        hint={hint}
        value={encode(value)}
        onChange={choose}
        onFocus={() => (visit.current += 1)}
      >
        <option value={NONE}>Ikke valgt</option>
        {showBodies && plan.organisation.length > 0 && (
          <optgroup label="Organisasjonsledd">
            {plan.organisation.map((body) => (
              <option key={body.id} value={`body:${body.id}`}>
                {bodyName(body)}
              </option>
            ))}
          </optgroup>
        )}
        {plan.people.length > 0 && (
          <optgroup label="Personer">
            {plan.people.map((person) => (
              <option key={person.id} value={`person:${person.id}`}>
                {personName(person)}
              </option>
            ))}
          </optgroup>
        )}
        {partner && (
          <optgroup label="Samarbeidspartnere">
            <option value={encode(value)}>{partnerName(partner)}</option>
          </optgroup>
        )}
      </SelectField>
      <button
        ref={newButton}
        type="button"
        className="button button--small button--quiet party-picker__new"
        aria-expanded={adding}
        onClick={() => setAdding(true)}
      >
        Ny person som {label.toLowerCase()} …
      </button>
      {adding ? (
        <NewPersonForm
          purpose={label.toLowerCase()}
          onAdd={(person) => {
            onAddPerson(person);
            setAdding(false);
            // The list now shows the new person: focus goes back to it.
            document.getElementById(selectId)?.focus();
          }}
          onCancel={closeForm}
        />
      ) : null}
    </div>
  );
}
