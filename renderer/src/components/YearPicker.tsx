interface YearPickerProps {
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
  /** «År»: what the buttons choose, for screen readers and as the visible label. */
  label: string;
}

/** One button per programme year; the chosen one is pressed. */
export function YearPicker({ years, value, onChange, label }: YearPickerProps) {
  return (
    <div className="year-picker" role="group" aria-label={label}>
      <span aria-hidden="true">{label}:</span>
      {years.map((year) => (
        <button
          key={year}
          type="button"
          className={`button button--small${year === value ? ' button--primary' : ''}`}
          aria-pressed={year === value}
          onClick={() => onChange(year)}
        >
          {year}
        </button>
      ))}
    </div>
  );
}

/** The year a follow-up page opens on: this year inside the period, else the nearest end. */
export function defaultYear(years: readonly number[], today: string): number | null {
  if (years.length === 0) return null;
  const now = Number(today.slice(0, 4));
  if (years.includes(now)) return now;
  return now < years[0]! ? years[0]! : years.at(-1)!;
}
