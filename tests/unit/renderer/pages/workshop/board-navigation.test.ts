import { describe, expect, it } from 'vitest';
import {
  boardKeyCommand,
  dropBefore,
  neighbourCard,
  stepBefore,
  tabbableCards,
  type BoardKeyContext,
} from '../../../../../renderer/src/pages/workshop/board-navigation';

const cards = (...ids: string[]) => ids.map((id) => ({ id }));
// Three columns: a1 a2 a3 | (empty) | c1 c2.
const board = [cards('a1', 'a2', 'a3'), cards(), cards('c1', 'c2')];

const key = (
  k: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

const on = (context: Partial<BoardKeyContext> = {}): BoardKeyContext => ({
  pending: null,
  help: false,
  inTextField: false,
  cardId: null,
  ...context,
});

describe('moving focus on the workshop board', () => {
  it('goes up and down within a column and stops at its ends', () => {
    expect(neighbourCard(board, 'a2', 'focus-up')).toBe('a1');
    expect(neighbourCard(board, 'a2', 'focus-down')).toBe('a3');
    expect(neighbourCard(board, 'a1', 'focus-up')).toBeUndefined();
    expect(neighbourCard(board, 'a3', 'focus-down')).toBeUndefined();
    expect(neighbourCard(board, 'a2', 'focus-first')).toBe('a1');
    expect(neighbourCard(board, 'a1', 'focus-last')).toBe('a3');
  });

  it('goes sideways past empty columns, to the same row or the last card', () => {
    expect(neighbourCard(board, 'a3', 'focus-right')).toBe('c2');
    expect(neighbourCard(board, 'a1', 'focus-right')).toBe('c1');
    expect(neighbourCard(board, 'c2', 'focus-left')).toBe('a2');
    expect(neighbourCard(board, 'a1', 'focus-left')).toBeUndefined();
    expect(neighbourCard(board, 'c1', 'focus-right')).toBeUndefined();
  });

  it('makes one card per column a tab stop: the current one, or the first', () => {
    expect([...tabbableCards(board, 'a2')]).toEqual(['a2', 'c1']);
    expect([...tabbableCards(board, null)]).toEqual(['a1', 'c1']);
  });
});

describe('moving cards on the workshop board', () => {
  it('steps a card up or down by naming the card it goes before', () => {
    const column = cards('a', 'b', 'c');
    expect(stepBefore(column, 'b', -1)).toBe('a');
    expect(stepBefore(column, 'a', 1)).toBe('c');
    expect(stepBefore(column, 'b', 1)).toBeNull();
    expect(stepBefore(column, 'a', -1)).toBeUndefined();
    expect(stepBefore(column, 'c', 1)).toBeUndefined();
  });

  it('places a dropped card before or after the card under the pointer', () => {
    const column = cards('a', 'b', 'c');
    expect(dropBefore(column, 'x', 'b', 'before', false)).toBe('b');
    expect(dropBefore(column, 'x', 'b', 'after', false)).toBe('c');
    expect(dropBefore(column, 'x', 'c', 'after', false)).toBeNull();
    // Dropped on the upper half of the card below itself: it stays where it is.
    expect(dropBefore(column, 'a', 'a', 'before', false)).toBe('b');
  });

  it('only changes the column of a dropped card while sorted by votes', () => {
    expect(dropBefore(cards('a', 'b'), 'x', 'a', 'before', true)).toBeNull();
  });
});

describe('keys on the workshop board', () => {
  it('runs card actions on the focused card', () => {
    expect(boardKeyCommand(key('ArrowLeft', { altKey: true }), on({ cardId: 'a' }))).toEqual({
      do: 'card',
      action: 'move-left',
      cardId: 'a',
    });
    expect(boardKeyCommand(key('p'), on({ cardId: 'a' }))).toEqual({
      do: 'card',
      action: 'park',
      cardId: 'a',
    });
  });

  it('has N, T and ? anywhere on the board but not while typing', () => {
    expect(boardKeyCommand(key('N', { shiftKey: true }), on())).toEqual({ do: 'capture' });
    expect(boardKeyCommand(key('t'), on())).toEqual({ do: 'timer' });
    expect(boardKeyCommand(key('?', { shiftKey: true }), on())).toEqual({ do: 'toggle-help' });
    expect(boardKeyCommand(key('t'), on({ inTextField: true }))).toBeNull();
    expect(boardKeyCommand(key('t', { ctrlKey: true }), on())).toBeNull();
    expect(boardKeyCommand(key('x'), on({ cardId: 'a' }))).toBeNull();
  });

  it('closes the help panel with Esc', () => {
    expect(boardKeyCommand(key('Escape'), on({ help: true }))).toEqual({ do: 'close-help' });
    expect(boardKeyCommand(key('Escape'), on())).toBeNull();
  });

  it('gives the next key to a waiting list', () => {
    const owner = on({ pending: 'owner', cardId: 'a' });
    expect(boardKeyCommand(key('2'), owner)).toEqual({ do: 'pick', key: '2' });
    expect(boardKeyCommand(key('p'), owner)).toEqual({ do: 'pick', key: 'p' });
    expect(boardKeyCommand(key('Escape'), owner)).toEqual({ do: 'cancel-pick' });
    expect(boardKeyCommand(key('Delete'), owner)).toEqual({ do: 'clear-owner' });
    expect(boardKeyCommand(key('Backspace'), on({ pending: 'target-group' }))).toEqual({
      do: 'pick',
      key: 'Backspace',
    });
    expect(boardKeyCommand(key('Shift', { shiftKey: true }), owner)).toBeNull();
    expect(boardKeyCommand(key('z', { ctrlKey: true }), owner)).toBeNull();
    expect(boardKeyCommand(key('a'), on({ pending: 'owner', inTextField: true }))).toEqual({
      do: 'leave-pick',
    });
  });
});
