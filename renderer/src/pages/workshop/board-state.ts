/*
 * What the workshop board remembers besides the plan: which card is current, selected or being
 * edited, which list is waiting for a key, the help panel and the last thing said to screen
 * readers. A pure reducer, so the rules are tested without a screen.
 */

/** A numbered list waiting for its key (E: owner, M: target group). */
export type Pending = 'owner' | 'target-group' | null;

export interface BoardState {
  /** The column quick capture writes into. */
  captureKey: string;
  byVotes: boolean;
  /** Up to two cards chosen for merging, the latest last. */
  selected: string[];
  /** The card the action bar works on (last focused or clicked). */
  currentId: string | null;
  editingId: string | null;
  pending: Pending;
  help: boolean;
  /** For the live region; repeated text gets a no-break space so it is read out again. */
  message: string;
}

export type BoardEvent =
  | { type: 'capture-column'; key: string }
  | { type: 'toggle-sort' }
  | { type: 'toggle-select'; cardId: string }
  | { type: 'merged'; into: string }
  | { type: 'focused'; cardId: string }
  | { type: 'edit'; cardId: string | null }
  | { type: 'pending'; pending: Pending }
  | { type: 'help'; open: boolean | 'toggle' }
  | { type: 'say'; text: string };

export function initialBoardState(captureKey: string): BoardState {
  return {
    captureKey,
    byVotes: false,
    selected: [],
    currentId: null,
    editingId: null,
    pending: null,
    help: false,
    message: '',
  };
}

export function boardReducer(state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case 'capture-column':
      return { ...state, captureKey: event.key };
    case 'toggle-sort':
      return { ...state, byVotes: !state.byVotes };
    case 'toggle-select': {
      const list = state.selected;
      const selected = list.includes(event.cardId)
        ? list.filter((x) => x !== event.cardId)
        : [...list, event.cardId].slice(-2);
      return { ...state, selected };
    }
    case 'merged':
      return { ...state, selected: [], currentId: event.into };
    case 'focused':
      return state.currentId === event.cardId ? state : { ...state, currentId: event.cardId };
    case 'edit':
      return { ...state, editingId: event.cardId };
    case 'pending':
      return { ...state, pending: event.pending };
    case 'help':
      return { ...state, help: event.open === 'toggle' ? !state.help : event.open };
    case 'say':
      return {
        ...state,
        message: state.message === event.text ? `${event.text}\u00a0` : event.text,
      };
  }
}
