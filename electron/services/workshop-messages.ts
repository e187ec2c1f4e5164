// The server's own messages to a participant or the facilitator's window, as JSON text frames beside y-websocket's binary
// ones. Plain JSON so the participant page reads them without a decoder. See docs/workshop-sync.md.

/** Said to a removed participant, when cut off and when they knock again (close code 4003). */
export const REMOVED_MESSAGE = 'Du er fjernet fra dette verkstedet.';

export type WorkshopServerMessage =
  /** Sent first on every connection; `secret` only to a new participant (keep both to reconnect). */
  | { type: 'welcome'; participantId: string; secret?: string }
  /** An update the board did not take, with the reason in bokmål; it was not applied or relayed. */
  | { type: 'refused'; reason: string }
  /** To the facilitator's window only: who is connected now (on connecting, then on each change). */
  | { type: 'presence'; participantIds: string[] };
