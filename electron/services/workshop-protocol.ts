import * as encoding from 'lib0/encoding';
import type { RawData, WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

// y-websocket's framing as the workshop server speaks it (binary frames: 0 = sync, 1 =
// awareness), and the socket helpers the server shares between participants and facilitator.

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
const CLOSE_GRACE_MS = 1000;

export function syncStep1Message(board: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, board);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(
  awareness: awarenessProtocol.Awareness,
  clients: number[],
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/**
 * Whether the update starts past what the board has of some client: Yjs would hold it as
 * pending, unchecked as a whole, until the gap is filled. A client whose earlier update was
 * refused is in that state; it must sync again from a fresh document.
 */
export function buildsOnMissing(board: Y.Doc, from: Map<number, number>): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(board));
  for (const [client, clock] of from) if (clock > (have.get(client) ?? 0)) return true;
  return false;
}

/** The awareness clients an update speaks for, read by y-protocols on a scratch instance. */
export function awarenessClientsIn(update: Uint8Array): number[] {
  const scratchDoc = new Y.Doc();
  const scratch = new awarenessProtocol.Awareness(scratchDoc);
  try {
    awarenessProtocol.applyAwarenessUpdate(scratch, update, null);
    return [...scratch.meta.keys()].filter((id) => id !== scratchDoc.clientID);
  } finally {
    scratch.destroy();
    scratchDoc.destroy();
  }
}

export function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data as ArrayBuffer | Buffer);
}

export function closeSocket(ws: WebSocket, code: number, reason: string) {
  if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
}

// A client that never answers the close frame is cut off, so stop() always ends.
export function closeAndWait(ws: WebSocket, code: number, reason: string): Promise<void> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve();
  return new Promise((done) => {
    const cutOff = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
    ws.once('close', () => {
      clearTimeout(cutOff);
      done();
    });
    closeSocket(ws, code, reason);
  });
}
