import { memo } from 'react';
import type { Measure } from '#shared/model/measures';
import { DraftTextField } from '../../../components/DraftTextField';

interface SharedProjectFieldsProps {
  idBase: string;
  value: Measure['sharedProject'];
  onChange: (value: Measure['sharedProject'], coalesceKey?: string) => void;
}

/**
 * «Felles prosjekt»: a measure shared with other districts, with one responsible party. When
 * another district leads and finances it, its money is shown but left out of this plan's sums.
 */
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
            onChange(
              e.target.checked ? { responsible: '', participants: '', ledByOther: false } : null,
            )
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
      {value && (
        <div className="shared-project__led">
          <label className="check">
            <input
              type="checkbox"
              data-field="sharedProject.ledByOther"
              aria-describedby={`${idBase}-shared-led-hint`}
              checked={value.ledByOther}
              onChange={(e) => onChange({ ...value, ledByOther: e.target.checked })}
            />
            <span>Ledes og finansieres av en annen bydel</span>
          </label>
          <p className="field__hint shared-project__led-hint" id={`${idBase}-shared-led-hint`}>
            Kostnad og finansiering føres som vanlig og vises i aktivitetstabellen, merket
            «finansiert av {value.responsible.trim() || 'ansvarlig bydel'}», men regnes ikke med i
            summene i denne planen.
          </p>
        </div>
      )}
    </div>
  );
});
