import * as Y from 'yjs';
import { keptBoardSchema, type KeptBoard } from '#shared/model/plan-boards';
import { packBytes, unpackBytes } from './history-codec';
import type { ParticipantRecord } from './workshop-participants';

// A workshop board as kept beside the draft (shared/model/plan-boards.ts): its Yjs state as gzip
// in base64 (like a version's content, history-codec.ts) and what lets a restarted server keep
// the same address, codes and participant ids.

export interface ContinuedBoard {
  doc: Y.Doc;
  port: number;
  joinToken: string;
  joinCode: string;
  participants: ParticipantRecord[];
}

export function keepBoard(
  doc: Y.Doc,
  server: { port: number; joinToken: string; joinCode: string },
  participants: ParticipantRecord[],
  at: Date,
): KeptBoard {
  return {
    state: packBytes(Y.encodeStateAsUpdate(doc)),
    port: server.port,
    joinToken: server.joinToken,
    joinCode: server.joinCode,
    participants: participants.map((p) => ({ id: p.participantId, secret: p.secret })),
    savedAt: at.toISOString(),
  };
}

/** The kept board read back; null when the entry or its state cannot be read. */
export function continueBoard(stored: unknown): ContinuedBoard | null {
  const parsed = keptBoardSchema.safeParse(stored);
  if (!parsed.success) return null;
  const kept = parsed.data;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, unpackBytes(kept.state));
  } catch {
    doc.destroy();
    return null;
  }
  return {
    doc,
    port: kept.port,
    joinToken: kept.joinToken,
    joinCode: kept.joinCode,
    participants: kept.participants.map((p) => ({ participantId: p.id, secret: p.secret })),
  };
}
