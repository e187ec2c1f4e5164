import type * as Y from 'yjs';

// The contract between the shared workshop board (a Yjs document, board-doc.ts) and the server
// that relays it on the local network (electron/services/workshop-server.ts). See
// docs/workshop-sync.md.

/** Who sent an update: a participant (the id given when they joined) or the facilitator's app. */
export type BoardSender = { kind: 'participant'; participantId: string } | { kind: 'facilitator' };

/**
 * Whether `update` from `sender` may be applied to `board` as it is now: null if so, else the
 * reason in bokmål (shown to the participant). Never changes `board`.
 */
export type BoardUpdateCheck = (
  board: Y.Doc,
  update: Uint8Array,
  sender: BoardSender,
) => string | null;

/** Limits a hostile or broken client cannot pass (issue 18, point 5). */
export const BOARD_LIMITS = {
  /** Characters in one idea. */
  ideaLength: 280,
  /** Ideas one participant may have on the board at once. */
  ideasPerParticipant: 20,
  /** Ideas one participant may write in all, deleted ones included (they stay in the document). */
  ideasWrittenPerParticipant: 60,
  /** Characters in a participant's first name. */
  nameLength: 40,
  /** Participants connected at once. */
  connections: 60,
  /** Bytes in one message from a client. */
  messageBytes: 32 * 1024,
  /** Messages one connection may send per second (a flood is cut off). */
  messagesPerSecond: 20,
} as const;
