import { memo } from 'react';
import { riskLevelLabels, riskLevels, type RiskLevel } from '#shared/model/chapters';

interface RiskLevelFieldProps {
  name: string;
  legend: string;
  hint: string;
  value: RiskLevel;
  onChange: (value: RiskLevel) => void;
}

/** Lav / Middels / Høy side by side: three choices read at a glance, and arrows move between them. */
export const RiskLevelField = memo(function RiskLevelField({
  name,
  legend,
  hint,
  value,
  onChange,
}: RiskLevelFieldProps) {
  const hintId = `${name}-hint`;
  return (
    <fieldset className="fieldset risk-level-field" aria-describedby={hintId}>
      <legend className="field__label">{legend}</legend>
      <p id={hintId} className="field__hint">
        {hint}
      </p>
      <div className="radio-row radio-row--compact">
        {riskLevels.map((level) => (
          <label key={level} className="radio radio--compact">
            <input
              type="radio"
              name={name}
              value={level}
              checked={level === value}
              onChange={() => onChange(level)}
            />
            {riskLevelLabels[level]}
          </label>
        ))}
      </div>
    </fieldset>
  );
});
