import type * as Y from 'yjs';

// What a screen needs of a live board, whoever holds the socket: the participant page and the
// facilitator's window both get one from connectBoard (board-connection.ts), and tests can hand a
// screen an in-memory one.

export type BoardLinkStatus = 'connecting' | 'online' | 'offline' | 'closed';

export interface BoardLink {
  /** The board as this device has it; replaced by a fresh one after a refusal (subscribe). */
  readonly doc: Y.Doc;
  readonly status: BoardLinkStatus;
  /** This participant's id once the server has welcomed them (null for the facilitator). */
  readonly participantId: string | null;
  /** Participants connected now, as the server tells the facilitator (empty for participants). */
  readonly presence: readonly string[];
  /** The server's last refusal, in bokmål, until the next accepted change. */
  readonly refusal: string | null;
  /** Called after any change of the above, and after every change of the board. */
  subscribe(listener: () => void): () => void;
  close(): void;
}
