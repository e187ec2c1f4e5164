import { memo } from 'react';
import type { FocusArea } from '#shared/model/strategies';
import { Field } from '../../../components/Field';
import { changeThenFocus } from '../../../components/focus';

interface FocusAreaSelectProps {
  id: string;
  value: string;
  focusAreas: readonly FocusArea[];
  onMove: (focusAreaId: string) => void;
}

/** Moving a measure to another focus area; the hint states the code rule. */
export const FocusAreaSelect = memo(function FocusAreaSelect({
  id,
  value,
  focusAreas,
  onMove,
}: FocusAreaSelectProps) {
  return (
    <Field
      id={id}
      label="Satsningsområde"
      hint="Flyttes tiltaket, får det neste ledige kode der. Kodene i det gamle satsningsområdet endres ikke."
    >
      {(control) => (
        <select
          {...control}
          data-field="focusAreaId"
          className="input input--select"
          value={value}
          onChange={(e) => {
            // The measure may be drawn in another list now; keep the user where they were.
            changeThenFocus(() => onMove(e.target.value), id);
          }}
        >
          {focusAreas.map((f) => (
            <option key={f.id} value={f.id}>
              {`${f.code} ${f.title}`.trim() || 'Satsningsområde uten navn'}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
});
