import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  defaultActive,
  listItems,
  sortOptions,
  type MultiSelectItem,
  type MultiSelectOption,
} from './multi-select-items';

import { Field } from '../Field';
export type { MultiSelectOption } from './multi-select-items';

interface MultiSelectProps {
  id: string;
  label: string;
  hint?: string;
  /** data-field of the text field, so a link from Kvalitetssjekk can focus it. */
  field?: string;
  options: readonly MultiSelectOption[];
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  /** What is listed, for what screen readers hear: «samarbeidspartner», «samarbeidspartnere». */
  noun: { one: string; many: string };
  /** Offers to create what was typed when it is not an option's name; the new one is picked. */
  create?: {
    /** Whether the name may be created (false when an option has it already). */
    allowed: (name: string) => boolean;
    onCreate: (name: string) => void;
  };
  /** A pasted list of several names: `split` finds them (null for one name), `onNames` takes them. */
  paste?: { split: (text: string) => string[] | null; onNames: (names: string[]) => void };
  /** Shown under the field, e.g. a question about a pasted list. */
  children?: ReactNode;
  /** The empty field's prompt; options that are not names (measures by code) say so. */
  placeholder?: string;
}

const itemKey = (item: MultiSelectItem) =>
  item.kind === 'option' ? item.option.id : `create:${item.name}`;

/**
 * Choose several from a long list by typing (ARIA combobox with a multi-select listbox): the
 * chosen ones as chips, each removable by keyboard; type to filter (any case, letters without
 * marks, anywhere in the name), arrows and Enter to pick, Escape to close. Every key is handled in
 * its own event, focus included, so fast typing never lands in the wrong place.
 */
export function MultiSelect({
  id,
  label,
  hint,
  field,
  options,
  selected,
  onToggle,
  noun,
  create,
  paste,
  children,
  placeholder = 'Søk eller skriv et navn',
}: MultiSelectProps) {
  const listId = useId();
  const chipsId = useId();
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [message, setMessage] = useState('');

  const sorted = useMemo(() => sortOptions(options), [options]);
  const items = useMemo(
    () => listItems(sorted, query, create ? create.allowed : null),
    [sorted, query, create],
  );
  const chosen = useMemo(() => {
    const set = new Set(selected);
    return sorted.filter((o) => set.has(o.id));
  }, [sorted, selected]);
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeItem = open ? items[active] : undefined;

  // An opened list is shown whole, low on the window as it may be.
  useLayoutEffect(() => {
    if (open) list.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);

  // Keep the highlighted row in sight while arrowing through a long list.
  useLayoutEffect(() => {
    if (!open || active < 0) return;
    list.current
      ?.querySelector(`#${CSS.escape(optionId(active))}`)
      ?.scrollIntoView?.({ block: 'nearest' });
  });

  const countText = (found: MultiSelectItem[], text: string) => {
    const matches = found.filter((i) => i.kind === 'option').length;
    const creates = found.find((i) => i.kind === 'create');
    const head =
      text.trim() === ''
        ? `${matches} ${matches === 1 ? noun.one : noun.many} i lista.`
        : `${matches} treff.`;
    return creates ? `${head} Enter legger til «${creates.name}» som ny ${noun.one}.` : head;
  };

  const search = (text: string) => {
    const found = listItems(sorted, text, create ? create.allowed : null);
    setQuery(text);
    setOpen(true);
    setActive(defaultActive(found, text));
    setMessage(countText(found, text));
  };

  const choose = (item: MultiSelectItem) => {
    if (item.kind === 'create') {
      create?.onCreate(item.name);
      setMessage(`«${item.name}» er lagt til som ny ${noun.one} og valgt.`);
      setQuery('');
      setOpen(false);
      setActive(-1);
      return;
    }
    const on = !selected.includes(item.option.id);
    onToggle(item.option.id, on);
    const count = selected.length + (on ? 1 : -1);
    setMessage(`${item.option.label} ${on ? 'valgt' : 'fjernet'}. ${count} valgt.`);
    if (query !== '') {
      // Picked by typing: ready for the next name.
      setQuery('');
      setOpen(false);
      setActive(-1);
    }
  };

  const move = (delta: number) => {
    if (!open) {
      setOpen(true);
      setActive(active >= 0 && active < items.length ? active : 0);
      setMessage(countText(items, query));
      return;
    }
    if (items.length === 0) return;
    setActive(Math.min(Math.max(active + delta, 0), items.length - 1));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(event.altKey && open ? 0 : 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (open) move(-1);
    } else if (event.key === 'Enter') {
      if (!activeItem) return;
      event.preventDefault();
      choose(activeItem);
    } else if (event.key === 'Escape') {
      if (open) {
        setOpen(false);
        setActive(-1);
      } else if (query !== '') {
        setQuery('');
      } else return;
      // Handled here: the page around should not also act on it.
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (!paste) return;
    const names = paste.split(event.clipboardData.getData('text/plain'));
    if (!names) return;
    event.preventDefault();
    setQuery('');
    setOpen(false);
    setActive(-1);
    paste.onNames(names);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setOpen(false);
    setActive(-1);
  };

  const remove = (option: MultiSelectOption, index: number) => {
    // Focus the neighbour (or the field) before the chip goes, in this same event.
    const buttons = document.querySelectorAll<HTMLButtonElement>(`#${CSS.escape(chipsId)} button`);
    const next = buttons[index + 1] ?? buttons[index - 1] ?? input.current;
    next?.focus();
    onToggle(option.id, false);
    setMessage(`${option.label} fjernet. ${selected.length - 1} valgt.`);
  };

  return (
    <Field label={label} hint={hint} id={id} className="multi-select" onBlur={onBlur}>
      {(control) => (
        <>
          {chosen.length > 0 && (
            <ul className="multi-select__chips" id={chipsId} aria-label={`Valgte ${noun.many}`}>
              {chosen.map((option, index) => (
                <li key={option.id} className="multi-select__chip">
                  <span>{option.label}</span>
                  {/* The × is drawn by CSS, so a chip's text is the name alone. */}
                  <button
                    type="button"
                    className="multi-select__remove"
                    aria-label={`Fjern ${option.label}`}
                    title={`Fjern ${option.label}`}
                    onClick={() => remove(option, index)}
                    onKeyDown={(event) => {
                      if (event.key === 'Delete' || event.key === 'Backspace') {
                        event.preventDefault();
                        remove(option, index);
                      }
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
          <div className="multi-select__control">
            <input
              ref={input}
              id={id}
              className="input multi-select__input"
              type="text"
              role="combobox"
              autoComplete="off"
              data-field={field}
              placeholder={placeholder}
              aria-expanded={open && items.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={activeItem ? optionId(active) : undefined}
              aria-describedby={
                [control['aria-describedby'], chosen.length > 0 ? chipsId : null]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              value={query}
              onChange={(event) => search(event.target.value)}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
              onClick={() => {
                if (!open) move(0);
              }}
            />
            <button
              type="button"
              tabIndex={-1}
              className="multi-select__toggle"
              aria-label={open ? `Skjul lista over ${noun.many}` : `Vis alle ${noun.many}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                input.current?.focus();
                if (open) {
                  setOpen(false);
                  setActive(-1);
                } else move(0);
              }}
            >
              <span aria-hidden="true">{open ? '▴' : '▾'}</span>
            </button>
            <ul
              ref={list}
              id={listId}
              role="listbox"
              aria-multiselectable="true"
              aria-label={label}
              className="multi-select__list"
              hidden={!open || items.length === 0}
              // The field keeps focus while the mouse picks, so the list stays open for the next one.
              onMouseDown={(event) => event.preventDefault()}
            >
              {open &&
                items.map((item, index) => {
                  const isSelected = item.kind === 'option' && selected.includes(item.option.id);
                  return (
                    <li
                      key={itemKey(item)}
                      id={optionId(index)}
                      role="option"
                      aria-selected={isSelected}
                      className={[
                        'multi-select__option',
                        item.kind === 'create' ? 'multi-select__option--create' : '',
                        index === active ? 'is-active' : '',
                      ].join(' ')}
                      onClick={() => {
                        setActive(index);
                        choose(item);
                      }}
                    >
                      <span className="multi-select__mark" aria-hidden="true">
                        {item.kind === 'create' ? '+' : isSelected ? '✓' : ''}
                      </span>
                      {item.kind === 'option'
                        ? item.option.label
                        : `Legg til «${item.name}» som ny ${noun.one}`}
                    </li>
                  );
                })}
            </ul>
            {open && items.length === 0 && (
              <p className="multi-select__none">
                {options.length === 0 ? `Ingen ${noun.many} ennå.` : 'Ingen treff.'}
              </p>
            )}
          </div>
          <p className="visually-hidden" role="status" aria-live="polite">
            {message}
          </p>
          {children}
        </>
      )}
    </Field>
  );
}
