import type { PickOption } from './owner-options';

interface PickerPanelProps<T> {
  title: string;
  /** What the keys do, under the title. */
  hint: string;
  options: PickOption<T>[];
  isChosen: (value: T) => boolean;
  onPick: (value: T) => void;
  onClear?: () => void;
  onCancel: () => void;
}

/**
 * The numbered list shown between the two keystrokes of «E, then a number» (owner) and «M, then
 * a number» (target group). The keys are read by the board; the buttons are for the mouse.
 */
export function PickerPanel<T>({
  title,
  hint,
  options,
  isChosen,
  onPick,
  onClear,
  onCancel,
}: PickerPanelProps<T>) {
  const groups = [...new Set(options.map((o) => o.group))];
  return (
    <div className="ws-picker" role="region" aria-label={title}>
      <div className="ws-picker__head">
        <h2 className="ws-picker__title">{title}</h2>
        <p className="ws-picker__hint">{hint}</p>
      </div>
      {options.length === 0 ? (
        <p className="ws-picker__empty">Listen er tom. Legg til i planen først.</p>
      ) : (
        groups.map((group) => (
          <div key={group} className="ws-picker__group">
            {groups.length > 1 && <h3 className="ws-picker__group-title">{group}</h3>}
            <ul className="ws-picker__list">
              {options
                .filter((o) => o.group === group)
                .map((o) => (
                  <li key={`${o.key}-${o.label}`}>
                    <button
                      type="button"
                      className="ws-picker__option"
                      aria-pressed={isChosen(o.value)}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => onPick(o.value)}
                    >
                      <kbd className="ws-key">{o.key.toUpperCase() || '·'}</kbd>
                      <span className="ws-picker__label" title={o.label}>
                        {o.label}
                      </span>
                      {isChosen(o.value) && <span className="ws-picker__chosen">✓</span>}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
      <div className="ws-picker__actions">
        {onClear && (
          <button
            type="button"
            className="ws-button ws-button--quiet"
            onMouseDown={(event) => event.preventDefault()}
            onClick={onClear}
          >
            Ingen ansvarlig (Delete)
          </button>
        )}
        <button
          type="button"
          className="ws-button ws-button--quiet"
          onMouseDown={(event) => event.preventDefault()}
          onClick={onCancel}
        >
          Avbryt (Esc)
        </button>
      </div>
    </div>
  );
}
