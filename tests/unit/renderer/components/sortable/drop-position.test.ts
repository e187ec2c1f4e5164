import { describe, expect, it } from 'vitest';
import {
  dropIndex,
  landingIndex,
  sideAt,
  zoneAt,
} from '../../../../../renderer/src/components/sortable/drop-position';

const box = (top: number, height = 40) => ({ top, height });

describe('where a dragged item lands', () => {
  it('goes before an item over its upper half and after it over the lower half', () => {
    expect(sideAt(box(100), 100)).toBe('before');
    expect(sideAt(box(100), 119)).toBe('before');
    expect(sideAt(box(100), 120)).toBe('after');
    expect(sideAt(box(100), 139)).toBe('after');
  });

  it('in a tree, goes beside an item near its edges and inside it in the middle', () => {
    expect(zoneAt(box(0, 100), 29)).toBe('before');
    expect(zoneAt(box(0, 100), 30)).toBe('inside');
    expect(zoneAt(box(0, 100), 70)).toBe('inside');
    expect(zoneAt(box(0, 100), 71)).toBe('after');
  });

  it('counts the other items whose middle is above the pointer', () => {
    const others = [box(0), box(50), box(100)];
    expect(landingIndex(others, 5)).toBe(0);
    expect(landingIndex(others, 30)).toBe(1);
    expect(landingIndex(others, 80)).toBe(2);
    expect(landingIndex(others, 500)).toBe(3);
    expect(landingIndex([], 10)).toBe(0);
  });

  it('gives the position in the list without the dragged item', () => {
    // Items a b c d; b (index 1) dropped …
    expect(dropIndex(1, 3, 'before')).toBe(2); // … before d: a c b d
    expect(dropIndex(1, 3, 'after')).toBe(3); // … after d: a c d b
    expect(dropIndex(1, 0, 'before')).toBe(0); // … before a: b a c d
    expect(dropIndex(1, 1, 'after')).toBe(1); // … on itself: stays
    expect(dropIndex(3, 0, 'after')).toBe(1); // d after a: a d b c
  });
});
