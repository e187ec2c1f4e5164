import type { KeyboardEvent } from 'react';
import { matchesShortcut } from '#shared/keyboard/shortcuts';

interface MoveButtonsProps {
  idBase: string;
  /** For screen readers: "hovedmål 2". */
  what: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (delta: -1 | 1) => void;
}

/** Flytt opp / Flytt ned. aria-disabled keeps focus on the button at the ends of the list. */
export function MoveButtons({ idBase, what, canMoveUp, canMoveDown, onMove }: MoveButtonsProps) {
  return (
    <>
      <button
        id={`${idBase}-up`}
        type="button"
        className="button button--quiet button--small"
        aria-label={`Flytt opp: ${what}`}
        aria-disabled={!canMoveUp}
        aria-keyshortcuts="Alt+ArrowUp"
        onClick={() => canMoveUp && onMove(-1)}
      >
        <span aria-hidden="true">↑ </span>Flytt opp
      </button>
      <button
        id={`${idBase}-down`}
        type="button"
        className="button button--quiet button--small"
        aria-label={`Flytt ned: ${what}`}
        aria-disabled={!canMoveDown}
        aria-keyshortcuts="Alt+ArrowDown"
        onClick={() => canMoveDown && onMove(1)}
      >
        <span aria-hidden="true">↓ </span>Flytt ned
      </button>
    </>
  );
}

/** Alt+ArrowUp / Alt+ArrowDown anywhere inside an item moves it. */
export function moveKeyHandler(onMove: (delta: -1 | 1) => void) {
  return (event: KeyboardEvent) => {
    // Alt+↑ / Alt+↓, as «Hurtigtaster» lists them.
    if (!matchesShortcut(event, 'move')) return;
    // Alt+ArrowDown opens a select's list; leave that to the select.
    if (event.target instanceof HTMLSelectElement) return;
    // The innermost item moves, not the main goal around it.
    event.preventDefault();
    event.stopPropagation();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  };
}
