import * as Y from 'yjs';
import type { BoardSender, BoardUpdateCheck } from '#shared/workshop-sync/board-sync';
import { buildsOnMissing } from './workshop-protocol';

// What a participant's update must pass before the board takes it, besides the board's own rules
// (`check`): it builds on what the board has, and it is written as the participant's own Yjs
// clients. See docs/workshop-sync.md, «The messages».

/** Who wrote as a Yjs client: a participant's id, or the facilitator (app or window). */
export const FACILITATOR_WRITER = 'tilrettelegger';

export function createUpdateGate(board: Y.Doc, check: BoardUpdateCheck) {
  // Which sender writes as which Yjs client: one who wrote as another's client could make the
  // board drop that person's later changes as duplicates. Learnt as updates are accepted.
  const writers = new Map<number, string>([[board.clientID, FACILITATOR_WRITER]]);
  return {
    /** Why the update is refused, in bokmål, or null. Never changes the board. */
    refusalOf(update: Uint8Array, sender: BoardSender): string | null {
      try {
        const { from } = Y.parseUpdateMeta(update);
        if (buildsOnMissing(board, from)) {
          return 'Tavla mangler noe denne endringen bygger på. Last siden på nytt.';
        }
        const writer = sender.kind === 'participant' ? sender.participantId : FACILITATOR_WRITER;
        if ([...from.keys()].some((client) => (writers.get(client) ?? writer) !== writer)) {
          return 'Endringen er skrevet i en annen deltakers navn.';
        }
        return check(board, update, sender);
      } catch {
        return 'Endringen kunne ikke leses.';
      }
    },
    /** An update the board took: its new clients belong to `writer` from now on. */
    learn(update: Uint8Array, writer: string) {
      for (const client of Y.parseUpdateMeta(update).from.keys()) {
        if (!writers.has(client)) writers.set(client, writer);
      }
    },
  };
}
