import { describe, expect, it } from 'vitest';
import {
  boardReducer,
  initialBoardState,
  type BoardEvent,
  type BoardState,
} from '../../../../../renderer/src/pages/workshop/board-state';

const run = (...events: BoardEvent[]): BoardState =>
  events.reduce(boardReducer, initialBoardState('area-a'));

describe('the workshop board state', () => {
  it('starts capturing into the given column with nothing chosen', () => {
    expect(initialBoardState('parking')).toEqual({
      captureKey: 'parking',
      byVotes: false,
      selected: [],
      currentId: null,
      editingId: null,
      pending: null,
      help: false,
      message: '',
    });
  });

  it('keeps at most two selected cards, the latest, and unselects on a second press', () => {
    const select = (cardId: string): BoardEvent => ({ type: 'toggle-select', cardId });
    expect(run(select('a'), select('b'), select('c')).selected).toEqual(['b', 'c']);
    expect(run(select('a'), select('b'), select('a')).selected).toEqual(['b']);
  });

  it('after a merge clears the selection and makes the merged card current', () => {
    const state = run(
      { type: 'toggle-select', cardId: 'a' },
      { type: 'toggle-select', cardId: 'b' },
      { type: 'merged', into: 'a' },
    );
    expect(state.selected).toEqual([]);
    expect(state.currentId).toBe('a');
  });

  it('says the same thing twice so that screen readers read it again', () => {
    const once = run({ type: 'say', text: 'Kortet er parkert.' });
    const twice = boardReducer(once, { type: 'say', text: 'Kortet er parkert.' });
    expect(once.message).toBe('Kortet er parkert.');
    expect(twice.message).toBe('Kortet er parkert.\u00a0');
    expect(boardReducer(twice, { type: 'say', text: 'Kortet er parkert.' }).message).toBe(
      'Kortet er parkert.',
    );
  });

  it('toggles the help panel and the vote sorting, and sets the rest as told', () => {
    expect(run({ type: 'help', open: 'toggle' }).help).toBe(true);
    expect(run({ type: 'help', open: 'toggle' }, { type: 'help', open: 'toggle' }).help).toBe(
      false,
    );
    expect(run({ type: 'help', open: true }, { type: 'help', open: false }).help).toBe(false);
    expect(run({ type: 'toggle-sort' }).byVotes).toBe(true);
    expect(run({ type: 'pending', pending: 'owner' }).pending).toBe('owner');
    expect(run({ type: 'edit', cardId: 'a' }, { type: 'edit', cardId: null }).editingId).toBeNull();
    expect(run({ type: 'capture-column', key: 'parking' }).captureKey).toBe('parking');
  });

  it('leaves the state object alone when the focused card is already current', () => {
    const state = run({ type: 'focused', cardId: 'a' });
    expect(boardReducer(state, { type: 'focused', cardId: 'a' })).toBe(state);
  });
});
