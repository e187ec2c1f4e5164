import type { ChartDirection } from '#shared/charts/org-chart-source';

interface DirectionChoiceProps {
  /** Radio group name, unique on the page. */
  name: string;
  value: ChartDirection;
  onChange: (direction: ChartDirection) => void;
}

export const directionLabels: Record<ChartDirection, string> = {
  TB: 'Ovenfra og ned',
  LR: 'Fra venstre mot høyre',
};

export function DirectionChoice({ name, value, onChange }: DirectionChoiceProps) {
  return (
    <fieldset className="fieldset chart-direction">
      <legend className="field__label">Retning</legend>
      <div className="radio-row">
        {(['TB', 'LR'] as const).map((direction) => (
          <label key={direction} className="radio radio--small">
            <input
              type="radio"
              name={name}
              value={direction}
              checked={value === direction}
              onChange={() => onChange(direction)}
            />
            {directionLabels[direction]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
