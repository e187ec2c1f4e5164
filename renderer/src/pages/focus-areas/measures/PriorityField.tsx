import { memo } from 'react';

interface PriorityFieldProps {
  idBase: string;
  value: boolean;
  onChange: (priority: boolean) => void;
}

/**
 * «Prioritert»: the group marks the measures it holds most important; the political summary at
 * the front of the Word document lists them.
 */
export const PriorityField = memo(function PriorityField({
  idBase,
  value,
  onChange,
}: PriorityFieldProps) {
  const hintId = `${idBase}-priority-hint`;
  return (
    <div className="measure-editor__priority">
      <label className="check">
        <input
          id={`${idBase}-priority`}
          type="checkbox"
          data-field="priority"
          aria-describedby={hintId}
          checked={value}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>Prioritert: blant de viktigste tiltakene i planen</span>
      </label>
      <p id={hintId} className="field__hint">
        Prioriterte tiltak står i sammendraget foran i Word-dokumentet, med kode, tittel og
        ansvarlig.
      </p>
    </div>
  );
});
