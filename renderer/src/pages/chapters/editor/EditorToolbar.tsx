import { useRef, useState, type KeyboardEvent } from 'react';
import type { Command } from 'prosemirror-state';
import {
  toggleBold,
  toggleHeading,
  toggleItalic,
  toggleList,
  type FormatState,
} from './editor-commands';

interface Tool {
  label: string;
  /** Shorter text on the button, as in Norwegian Word (F for fet, K for kursiv). */
  short?: string;
  /** As read out and shown in the tooltip, e.g. "Control+B". */
  keys: string;
  keysShown: string;
  pressed: (format: FormatState) => boolean;
  /** The command, or 'link' for the link dialog. */
  action: Command | 'link';
  className?: string;
  /** Starts a new group (a small gap before it). */
  groupStart?: boolean;
}

const tools: Tool[] = [
  {
    label: 'Overskrift 2',
    keys: 'Control+Alt+2',
    keysShown: 'Ctrl+Alt+2',
    pressed: (f) => f.block === 'heading2',
    action: toggleHeading(2),
  },
  {
    label: 'Overskrift 3',
    keys: 'Control+Alt+3',
    keysShown: 'Ctrl+Alt+3',
    pressed: (f) => f.block === 'heading3',
    action: toggleHeading(3),
  },
  {
    label: 'Punktliste',
    keys: 'Control+Shift+8',
    keysShown: 'Ctrl+Shift+8',
    pressed: (f) => f.block === 'bullet',
    action: toggleList(false),
    groupStart: true,
  },
  {
    label: 'Nummerert liste',
    keys: 'Control+Shift+7',
    keysShown: 'Ctrl+Shift+7',
    pressed: (f) => f.block === 'ordered',
    action: toggleList(true),
  },
  {
    label: 'Fet',
    short: 'F',
    keys: 'Control+B',
    keysShown: 'Ctrl+B',
    pressed: (f) => f.bold,
    action: toggleBold,
    className: 'rich-toolbar__bold',
    groupStart: true,
  },
  {
    label: 'Kursiv',
    short: 'K',
    keys: 'Control+I',
    keysShown: 'Ctrl+I',
    pressed: (f) => f.italic,
    action: toggleItalic,
    className: 'rich-toolbar__italic',
  },
  {
    label: 'Lenke',
    keys: 'Control+K',
    keysShown: 'Ctrl+K',
    pressed: (f) => f.link !== null,
    action: 'link',
  },
];

interface EditorToolbarProps {
  format: FormatState;
  /** The id of the text the toolbar formats. */
  controls: string;
  onCommand: (command: Command) => void;
  onLink: () => void;
}

/**
 * Headings and lists are toggles: pressing a pressed one gives a plain paragraph again.
 * One tab stop; arrow keys move between the buttons (the ARIA toolbar pattern). Clicking keeps
 * the cursor in the text, and after a button the cursor goes back there.
 */
export function EditorToolbar({ format, controls, onCommand, onLink }: EditorToolbarProps) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = tools.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (active + 1) % tools.length
        : event.key === 'ArrowLeft'
          ? (active + last) % tools.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      className="rich-toolbar"
      role="toolbar"
      aria-label="Formatering"
      aria-controls={controls}
      onKeyDown={onKeyDown}
    >
      {tools.map((tool, index) => (
        <button
          key={tool.label}
          ref={(el) => {
            buttons.current[index] = el;
          }}
          type="button"
          className={[
            'rich-toolbar__button',
            tool.className ?? '',
            tool.groupStart ? 'rich-toolbar__button--group' : '',
          ]
            .join(' ')
            .trim()}
          tabIndex={index === active ? 0 : -1}
          aria-label={tool.short ? tool.label : undefined}
          aria-pressed={tool.pressed(format)}
          aria-keyshortcuts={tool.keys}
          title={`${tool.label} (${tool.keysShown})`}
          // Keep the selection in the text while the mouse is down.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setActive(index)}
          onClick={() => (tool.action === 'link' ? onLink() : onCommand(tool.action))}
        >
          {tool.short ?? tool.label}
          {tool.action === 'link' && ' …'}
        </button>
      ))}
    </div>
  );
}
