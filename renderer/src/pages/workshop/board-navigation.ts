import type { DropSide } from '../../components/sortable/drop-position';
import { cardKeyAction, type CardAction, type KeyLike } from './board-keys';
import type { Pending } from './board-state';

/*
 * Where focus goes and where a card lands on the workshop board, worked out from the columns'
 * card lists (each in the order shown). Pure, so the view only carries the answers out.
 */

interface HasId {
  id: string;
}

export type FocusAction = Extract<CardAction, `focus-${string}`>;

/**
 * The card an arrow key (or Home/End) goes to from `cardId`: up and down within the column,
 * left and right to the nearest column with cards, at the same row or its last card.
 */
export function neighbourCard(
  columns: readonly (readonly HasId[])[],
  cardId: string,
  action: FocusAction,
): string | undefined {
  const ci = columns.findIndex((cards) => cards.some((c) => c.id === cardId));
  const cards = columns[ci] ?? [];
  const ri = cards.findIndex((c) => c.id === cardId);
  if (action === 'focus-up') return cards[ri - 1]?.id;
  if (action === 'focus-down') return cards[ri + 1]?.id;
  if (action === 'focus-first') return cards[0]?.id;
  if (action === 'focus-last') return cards[cards.length - 1]?.id;
  const step = action === 'focus-left' ? -1 : 1;
  for (let c = ci + step; c >= 0 && c < columns.length; c += step) {
    const other = columns[c]!;
    if (other.length) return other[Math.min(ri, other.length - 1)]!.id;
  }
  return undefined;
}

/** Roving tabindex per column: Tab goes from column to column, the arrow keys between cards. */
export function tabbableCards(
  columns: readonly (readonly HasId[])[],
  currentId: string | null,
): Set<string> {
  return new Set(
    columns.flatMap((cards) => {
      const here = cards.find((c) => c.id === currentId) ?? cards[0];
      return here ? [here.id] : [];
    }),
  );
}

/**
 * Moving a card one step up or down its column (Alt + ↑/↓): the card to place it before (null:
 * last), or undefined when it is already at that end.
 */
export function stepBefore(
  cards: readonly HasId[],
  cardId: string,
  direction: -1 | 1,
): string | null | undefined {
  const ri = cards.findIndex((c) => c.id === cardId);
  if (direction === -1 && ri > 0) return cards[ri - 1]!.id;
  if (direction === 1 && ri >= 0 && ri < cards.length - 1) return cards[ri + 2]?.id ?? null;
  return undefined;
}

/**
 * A card dropped on `targetId`'s upper or lower half: the card to place it before (null: last).
 * Sorted by votes, the order is not the user's to set, so it only changes column.
 */
export function dropBefore(
  cards: readonly HasId[],
  draggedId: string,
  targetId: string,
  side: DropSide,
  byVotes: boolean,
): string | null {
  const after = cards[cards.findIndex((c) => c.id === targetId) + 1]?.id ?? null;
  const before = byVotes ? null : side === 'before' ? targetId : after;
  return before === draggedId ? after : before;
}

/** What a key press on the board asks for. */
export type BoardCommand =
  /** Typing in a field closes a waiting list; the key still goes to the field. */
  | { do: 'leave-pick' }
  | { do: 'cancel-pick' }
  | { do: 'clear-owner' }
  | { do: 'pick'; key: string }
  | { do: 'close-help' }
  | { do: 'card'; action: CardAction; cardId: string }
  | { do: 'capture' }
  | { do: 'timer' }
  | { do: 'toggle-help' };

export interface BoardKeyContext {
  pending: Pending;
  help: boolean;
  /** The key was pressed in an input, textarea or select. */
  inTextField: boolean;
  /** The card the key was pressed on, if any. */
  cardId: string | null;
}

const MODIFIERS = ['Shift', 'Alt', 'Control', 'Meta', 'AltGraph'];

/**
 * The command for a key pressed anywhere on the board, or null when the board leaves the key
 * alone. Every command but `leave-pick` takes the key (the view prevents its default).
 */
export function boardKeyCommand(event: KeyLike, context: BoardKeyContext): BoardCommand | null {
  const { pending, help, inTextField, cardId } = context;
  if (pending) {
    if (inTextField) return { do: 'leave-pick' };
    if (MODIFIERS.includes(event.key) || event.ctrlKey || event.metaKey) return null;
    if (event.key === 'Escape') return { do: 'cancel-pick' };
    if (pending === 'owner' && (event.key === 'Delete' || event.key === 'Backspace')) {
      return { do: 'clear-owner' };
    }
    return { do: 'pick', key: event.key };
  }
  if (inTextField) return null;
  if (event.key === 'Escape' && help) return { do: 'close-help' };
  if (cardId) {
    const action = cardKeyAction(event);
    if (action) return { do: 'card', action, cardId };
  }
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'n') return { do: 'capture' };
  if (key === 't') return { do: 'timer' };
  if (key === '?') return { do: 'toggle-help' };
  return null;
}
