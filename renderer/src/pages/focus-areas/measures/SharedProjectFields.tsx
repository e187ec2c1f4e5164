import { memo } from 'react';
import type { Measure } from '#shared/model/measures';
import { DraftTextField } from '../../../components/DraftTextField';

interface SharedProjectFieldsProps {
  idBase: string;
  value: Measure['sharedProject'];
  onChange: (value: Measure['sharedProject'], coalesceKey?: string) => void;
}

/** «Felles prosjekt»: a measure shared with other districts, with one responsible party. */
export const SharedProjectFields = memo(function SharedProjectFields({
  idBase,
  value,
  onChange,
}: SharedProjectFieldsProps) {
  return (
    <div className="shared-project">
      <label className="check">
        <input
          type="checkbox"
          data-field="sharedProject"
          checked={value !== null}
          onChange={(e) =>
            onChange(e.target.checked ? { responsible: '', participants: '' } : null)
          }
        />
        <span>Felles prosjekt med andre bydeler eller kommuner</span>
      </label>
      {value && (
        <div className="field-row shared-project__fields">
          <DraftTextField
            id={`${idBase}-shared-responsible`}
            field="sharedProject.responsible"
            label="Ansvarlig for det felles prosjektet"
            hint="Hvem som leder prosjektet, for eksempel «Bydel Alna»."
            value={value.responsible}
            onChange={(responsible) => onChange({ ...value, responsible }, 'shared.responsible')}
          />
          <DraftTextField
            id={`${idBase}-shared-participants`}
            field="sharedProject.participants"
            label="Deltakere"
            hint="Hvem som er med, for eksempel «Bydel Grorud, Bydel Stovner»."
            value={value.participants}
            onChange={(participants) => onChange({ ...value, participants }, 'shared.participants')}
          />
        </div>
      )}
    </div>
  );
});
