import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ariaKeyShortcuts, chordLabel, shortcut } from '#shared/keyboard/shortcuts';
import { useHelp, type HelpView } from './help-context';

const choices: [HelpView, string][] = [
  ['guide', 'Kom i gang'],
  ['shortcuts', 'Hurtigtaster'],
  ['about', 'Om Planverksted'],
];

/**
 * «Hjelp» in the window itself (the same three choices as the desktop menu's Hjelp, which a
 * browser does not have): a button that shows a short list of buttons below it.
 */
export function HelpMenuButton() {
  const help = useHelp();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const holder = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);

  // Opening puts focus on the first choice, in the commit that draws it.
  useLayoutEffect(() => {
    if (open) first.current?.focus();
  }, [open]);

  // A click elsewhere closes the list.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!holder.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const choose = (view: HelpView) => {
    // Focus back on «Hjelp» first: the dialog returns it there when it closes.
    toggle.current?.focus();
    setOpen(false);
    help.show(view);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <div
      className="help-menu"
      ref={holder}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !holder.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        Hjelp
      </button>
      <ul id={listId} className="help-menu__list" hidden={!open}>
        {choices.map(([view, label], i) => (
          <li key={view}>
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              className="help-menu__item"
              aria-keyshortcuts={view === 'shortcuts' ? ariaKeyShortcuts('shortcuts') : undefined}
              onClick={() => choose(view)}
            >
              {label}
              {view === 'shortcuts' && (
                <kbd className="help-menu__key" aria-hidden="true">
                  {chordLabel(shortcut('shortcuts').chords[0]!)}
                </kbd>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
