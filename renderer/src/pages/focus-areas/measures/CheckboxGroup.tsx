import { memo, type ReactNode } from 'react';

export interface CheckboxOption {
  id: string;
  label: string;
  /** Indent (for goals under goals). */
  level?: number;
}

interface CheckboxGroupProps {
  legend: string;
  idBase: string;
  /** data-field of the first box, so a navigation target can focus the group. */
  field: string;
  options: CheckboxOption[];
  /** Shown as separate small headings: «Strategier satsningsområdet bruker» first. */
  sections?: { title: string; options: CheckboxOption[] }[];
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  empty: ReactNode;
  hint?: string;
}

/** Choose several: a fieldset of checkboxes, which every screen reader and keyboard handles. */
export const CheckboxGroup = memo(function CheckboxGroup({
  legend,
  idBase,
  field,
  options,
  sections,
  selected,
  onToggle,
  empty,
  hint,
}: CheckboxGroupProps) {
  const groups = sections ?? [{ title: '', options }];
  const all = groups.flatMap((g) => g.options);
  const firstId = all[0]?.id;
  const hintId = hint ? `${idBase}-hint` : undefined;
  const box = (option: CheckboxOption) => (
    <li key={option.id} style={option.level ? { paddingLeft: `${option.level * 1.25}rem` } : {}}>
      <label className="check">
        <input
          type="checkbox"
          data-field={option.id === firstId ? field : undefined}
          checked={selected.includes(option.id)}
          onChange={(e) => onToggle(option.id, e.target.checked)}
        />
        <span>{option.label}</span>
      </label>
    </li>
  );
  return (
    <fieldset className="fieldset check-group" aria-describedby={hintId}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {all.length === 0 ? (
        <p className="muted check-group__empty">{empty}</p>
      ) : (
        groups.map(
          (group) =>
            group.options.length > 0 && (
              <div key={group.title || 'all'}>
                {group.title && <p className="check-group__title">{group.title}</p>}
                <ul className="check-list">{group.options.map(box)}</ul>
              </div>
            ),
        )
      )}
    </fieldset>
  );
});
