import { useState } from 'react';
import { bodyName, partnerName, personName } from '#shared/model/party-name';
import type { PartyRef } from '#shared/model/primitives';
import type { NewPerson } from '#shared/plan/info-operations';
import { SelectField } from '../../components/SelectField';
import { usePlan } from '../../state/plan-context';
import { NewPersonForm } from './NewPersonForm';

const NONE = '';
const NEW_PERSON = 'ny-person';
const encode = (ref: PartyRef | null) => (ref ? `${ref.kind}:${ref.id}` : NONE);

interface PartyPickerProps {
  label: string;
  hint?: string;
  value: PartyRef | null;
  /** Offer the organisation's bodies as well as people. */
  includeBodies?: boolean;
  onChange: (ref: PartyRef | null) => void;
  onAddPerson: (person: NewPerson) => void;
}

/** Choose a person (or an organisation body) from the plan, or add a new person on the spot. */
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
  const partner = value?.kind === 'partner' ? plan.partners.find((p) => p.id === value.id) : null;
  const showBodies = includeBodies || value?.kind === 'body';

  const choose = (encoded: string) => {
    if (encoded === NEW_PERSON) {
      setAdding(true);
      return;
    }
    setAdding(false);
    if (encoded === NONE) return onChange(null);
    const [kind, id] = encoded.split(':') as [PartyRef['kind'], string];
    onChange({ kind, id });
  };

  return (
    <div className="party-picker">
      <SelectField
        label={label}
        hint={hint}
        value={adding ? NEW_PERSON : encode(value)}
        onChange={choose}
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
        <optgroup label="Personer">
          {plan.people.map((person) => (
            <option key={person.id} value={`person:${person.id}`}>
              {personName(person)}
            </option>
          ))}
          <option value={NEW_PERSON}>Ny person …</option>
        </optgroup>
        {partner && (
          <optgroup label="Samarbeidspartnere">
            <option value={encode(value)}>{partnerName(partner)}</option>
          </optgroup>
        )}
      </SelectField>
      {adding && (
        <NewPersonForm
          purpose={label.toLowerCase()}
          onAdd={(person) => {
            onAddPerson(person);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
    </div>
  );
}
