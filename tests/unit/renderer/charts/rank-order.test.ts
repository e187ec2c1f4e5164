import { describe, expect, it } from 'vitest';
import { moveIntoOrder } from '../../../../renderer/src/charts/rank-order';

describe('putting the boxes of a level back in reading order', () => {
  it('leaves boxes that already stand in order', () => {
    const slots = [
      { id: 'g1', start: 0, size: 100 },
      { id: 'g2', start: 130, size: 100 },
    ];
    expect(moveIntoOrder(slots, ['g1', 'g2'])).toBeNull();
  });

  it('packs them in the order given, from where the first stood, keeping the smallest gap', () => {
    // Mermaid drew 3, 1, 2 with gaps of 28 and 60.
    const slots = [
      { id: 'g1', start: 228, size: 200 },
      { id: 'g2', start: 488, size: 180 },
      { id: 'g3', start: 0, size: 200 },
    ];
    expect(moveIntoOrder(slots, ['g1', 'g2', 'g3'])).toEqual(
      new Map([
        ['g1', -228],
        ['g2', -260],
        ['g3', 436],
      ]),
    );
  });

  it('ignores ids it has no box for', () => {
    const slots = [
      { id: 'b', start: 0, size: 50 },
      { id: 'a', start: 80, size: 50 },
    ];
    expect(moveIntoOrder(slots, ['x', 'a', 'b'])).toEqual(
      new Map([
        ['a', -80],
        ['b', 80],
      ]),
    );
  });

  it('keeps mermaid’s order when the packed boxes would cover another box of the level', () => {
    // «a» is wider than «b»: packed first, it would reach over the box standing between them.
    const slots = [
      { id: 'b', start: 0, size: 50 },
      { id: 'a', start: 80, size: 120 },
    ];
    expect(moveIntoOrder(slots, ['a', 'b'], [{ id: 'x', start: 55, size: 20 }])).toBeNull();
    expect(moveIntoOrder(slots, ['a', 'b'], [{ id: 'x', start: 300, size: 40 }])).toEqual(
      new Map([
        ['a', -80],
        ['b', 150],
      ]),
    );
  });
});
