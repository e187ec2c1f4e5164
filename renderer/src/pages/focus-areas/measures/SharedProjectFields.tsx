import { memo } from 'react';
import type { Measure } from '#shared/model/measures';
import { SHARED_PROJECTS_HEADING } from '#shared/plan/measure-groups';
import { DraftTextField } from '../../../components/DraftTextField';
import { changeThenFocus } from '../../../components/focus';

interface SharedProjectFieldsProps {
  idBase: string;
  /** The measure's code, told after it moved from one group to the other. */
  code: string;
  /** Whether shared projects have codes of their own (Om planen). */
  numberedApart: boolean;
  value: Measure['sharedProject'];
  onChange: (value: Measure['sharedProject'], coalesceKey?: string) => void;
}

/**
 * «Felles prosjekt»: a measure shared with other districts, with one responsible party. When
 * another district leads and finances it, its money is shown but left out of this plan's sums.
 */
export const SharedProjectFields = memo(function SharedProjectFields({
  idBase,
  code,
  numberedApart,
  value,
  onChange,
}: SharedProjectFieldsProps) {
  const checkboxId = `${idBase}-shared`;
  const where = code.trim() ? `, med koden ${code.trim()}` : '';
  return (
    <div className="shared-project">
      <label className="check">
        <input
          id={checkboxId}
          type="checkbox"
          data-field="sharedProject"
          aria-describedby={`${idBase}-shared-where`}
          checked={value !== null}
          onChange={(e) => {
            const next = e.target.checked
              ? { responsible: '', participants: '', ledByOther: false }
              : null;
            // The measure moves to the other group (another list): focus follows it, and the
            // description below says where it now stands.
            changeThenFocus(() => onChange(next), checkboxId);
          }}
        />
        <span>Felles prosjekt med andre bydeler eller kommuner</span>
      </label>
      <p className="field__hint shared-project__where" id={`${idBase}-shared-where`}>
        {value
          ? `Står sist i satsningsområdet under «${SHARED_PROJECTS_HEADING}»${where}.${numberedApart ? ' Felles prosjekter har egne koder, som i Husbankens skjema.' : ''}`
          : `Et felles prosjekt står sist i satsningsområdet under «${SHARED_PROJECTS_HEADING}».`}
      </p>
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
