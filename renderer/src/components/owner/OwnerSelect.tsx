import { CHECK_FIELDS } from '#shared/checks/check-fields';
import { memo } from 'react';
import type { PartyRef } from '#shared/model/primitives';
import { Field } from '../Field';
import { parsePartyKey, partyKey, type PartyChoices } from './party-labels';

interface OwnerSelectProps {
  id: string;
  value: PartyRef | null;
  choices: PartyChoices;
  onChange: (owner: PartyRef | null) => void;
}

/** Who is responsible (ansvarlig): a person, an organisation body or a partner in the plan. */
export const OwnerSelect = memo(function OwnerSelect({
  id,
  value,
  choices,
  onChange,
}: OwnerSelectProps) {
  const groups = [
    { label: 'Personer', options: choices.people },
    { label: 'Organisasjonsledd', options: choices.bodies },
    { label: 'Samarbeidspartnere', options: choices.partners },
  ];
  const none = groups.every((g) => g.options.length === 0);
  return (
    <Field
      id={id}
      label="Ansvarlig"
      hint={
        none
          ? 'Planen har ingen personer, organisasjonsledd eller partnere ennå. Legg dem til under Personer og partnere.'
          : 'En person, et organisasjonsledd eller en samarbeidspartner.'
      }
    >
      {(control) => (
        <select
          {...control}
          data-field={CHECK_FIELDS.owner}
          className="input input--select"
          value={partyKey(value)}
          onChange={(e) => onChange(parsePartyKey(e.target.value))}
        >
          <option value="">Ikke valgt</option>
          {groups.map(
            (group) =>
              group.options.length > 0 && (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ),
          )}
        </select>
      )}
    </Field>
  );
});
