import { describe, expect, it } from 'vitest';
import {
  cardKeyAction,
  pickIndex,
  PICK_KEYS,
} from '../../../../../renderer/src/pages/workshop/board-keys';

const key = (
  k: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the keys of the workshop board', () => {
  it('move focus with arrows and move the card with Alt + arrows', () => {
    expect(cardKeyAction(key('ArrowRight'))).toBe('focus-right');
    expect(cardKeyAction(key('ArrowRight', { altKey: true }))).toBe('move-right');
    expect(cardKeyAction(key('ArrowUp', { altKey: true }))).toBe('move-up');
  });

  it('give single letters their actions, in either case, and leave Ctrl combinations alone', () => {
    expect(cardKeyAction(key('E', { shiftKey: true }))).toBe('owner');
    expect(cardKeyAction(key('m'))).toBe('target-group');
    expect(cardKeyAction(key('+', { shiftKey: true }))).toBe('vote-up');
    expect(cardKeyAction(key(' '))).toBe('select');
    expect(cardKeyAction(key('z', { ctrlKey: true }))).toBeNull();
    expect(cardKeyAction(key('x'))).toBeNull();
  });

  it('number lists 1–9, 0 and then letters', () => {
    expect(PICK_KEYS.slice(0, 11)).toEqual([...'1234567890a']);
    expect(pickIndex('1')).toBe(0);
    expect(pickIndex('0')).toBe(9);
    expect(pickIndex('B')).toBe(11);
    expect(pickIndex('Enter')).toBe(-1);
  });
});
