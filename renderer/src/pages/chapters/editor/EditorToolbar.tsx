import { Fragment, useRef, useState, type KeyboardEvent } from 'react';
import type { Command } from 'prosemirror-state';
import {
  toggleBold,
  toggleHeading,
  toggleItalic,
  toggleList,
  type FormatState,
} from './editor-commands';
import { tableCommands } from './table-commands';

interface Tool {
  label: string;
  /** Shorter text on the button, as in Norwegian Word (F for fet, K for kursiv). */
  short?: string;
  /** As read out and shown in the tooltip, e.g. "Control+B". */
  keys?: string;
  keysShown?: string;
  pressed: (format: FormatState) => boolean;
  /** The command, or the dialog it opens. */
  action: Command | EditorDialog;
  className?: string;
  /** false for buttons that do something once (insert, delete) rather than switch a format. */
  toggle?: false;
  /** Starts a new group (a small gap before it). */
  groupStart?: boolean;
}

const mainTools: Tool[] = [
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
  {
    label: 'Sett inn tabell',
    pressed: () => false,
    toggle: false,
    action: 'table',
    groupStart: true,
  },
  {
    label: 'Sett inn bilde',
    pressed: () => false,
    toggle: false,
    action: 'image',
  },
];

/** Shown while the cursor is in a table. */
const tableTools: Tool[] = [
  { label: 'Rad over', action: tableCommands.rowAbove },
  { label: 'Rad under', action: tableCommands.rowBelow },
  { label: 'Kolonne venstre', action: tableCommands.columnLeft },
  { label: 'Kolonne høyre', action: tableCommands.columnRight },
  { label: 'Slett rad', action: tableCommands.deleteRow, groupStart: true },
  { label: 'Slett kolonne', action: tableCommands.deleteColumn },
  { label: 'Slett tabell', action: tableCommands.deleteTable },
].map((tool) => ({
  ...tool,
  pressed: () => false,
  toggle: false as const,
  className: 'rich-toolbar__table-tool',
}));

export type EditorDialog = 'link' | 'table' | 'image';

interface EditorToolbarProps {
  format: FormatState;
  /** The id of the text the toolbar formats. */
  controls: string;
  onCommand: (command: Command) => void;
  onDialog: (dialog: EditorDialog) => void;
}

/**
 * Headings and lists are toggles: pressing a pressed one gives a plain paragraph again.
 * One tab stop; arrow keys move between the buttons (the ARIA toolbar pattern). Clicking keeps
 * the cursor in the text, and after a button the cursor goes back there.
 */
export function EditorToolbar({ format, controls, onCommand, onDialog }: EditorToolbarProps) {
  const [active, setActive] = useState(0);
  const tools = (format.table ? [...mainTools, ...tableTools] : mainTools).map((tool) =>
    tool.action === 'image' && format.image ? { ...tool, label: 'Endre bildet' } : tool,
  );
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
        <Fragment key={typeof tool.action === 'string' ? tool.action : tool.label}>
          {/* The table's buttons on a line of their own, so they read as one group. */}
          {index === mainTools.length && (
            <span className="rich-toolbar__break" aria-hidden="true" />
          )}
          <button
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
            tabIndex={index === Math.min(active, tools.length - 1) ? 0 : -1}
            aria-label={tool.short ? tool.label : undefined}
            aria-pressed={tool.toggle === false ? undefined : tool.pressed(format)}
            aria-keyshortcuts={tool.keys}
            title={tool.keysShown ? `${tool.label} (${tool.keysShown})` : tool.label}
            // Keep the selection in the text while the mouse is down.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setActive(index)}
            onClick={() =>
              typeof tool.action === 'function' ? onCommand(tool.action) : onDialog(tool.action)
            }
          >
            {tool.short ?? tool.label}
            {typeof tool.action !== 'function' && ' …'}
          </button>
        </Fragment>
      ))}
    </div>
  );
}
