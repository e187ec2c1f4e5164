import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { ParticipantRecord } from '../../electron/services/workshop-participants';
import type { WorkshopServerMessage } from '../../electron/services/workshop-messages';
import { BOARD_SOCKET_PATH } from '#shared/workshop-sync/board-socket';

/*
 * A participant's device in Node: a Y.Doc synced over the workshop server with y-protocols, as
 * y-websocket's client does it (sync step 1 on open, answer the server's step 1, send every local
 * update), plus the server's JSON text frames. Counts what it sends and receives, for the bench.
 */

export interface WorkshopClientOptions {
  port: number;
  token?: string;
  code?: string;
  /** Connect as the facilitator's window with this token (loopback only). */
  facilitator?: string;
  /** Reconnect as this participant. */
  participant?: ParticipantRecord;
  /** The Host header; the default is what the URL says (127.0.0.1:port). */
  host?: string;
  origin?: string;
  path?: string;
  /** Keep the same document across a reconnect, as a phone does. */
  doc?: Y.Doc;
}

export interface WorkshopClient {
  doc: Y.Doc;
  ws: WebSocket;
  awareness: awarenessProtocol.Awareness;
  participant: () => ParticipantRecord;
  refusals: string[];
  /** The participant ids of every presence message (the facilitator's window gets them). */
  presence: string[][];
  /** Resolves once the server's state has arrived (its sync step 2). */
  synced: Promise<void>;
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  stats: {
    messagesSent: number;
    bytesSent: number;
    messagesReceived: number;
    bytesReceived: number;
  };
  sendRaw: (data: Uint8Array | string) => void;
  close: () => Promise<void>;
}

/** A connection the server turned away before the WebSocket opened. */
export class RefusedConnection extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`Avvist (${status}): ${body}`);
  }
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

export function connectWorkshopClient(options: WorkshopClientOptions): Promise<WorkshopClient> {
  const params = new URLSearchParams();
  if (options.token !== undefined) params.set('token', options.token);
  if (options.code !== undefined) params.set('code', options.code);
  if (options.facilitator !== undefined) params.set('facilitator', options.facilitator);
  if (options.participant) {
    params.set('participant', options.participant.participantId);
    params.set('secret', options.participant.secret);
  }
  const url = `ws://127.0.0.1:${options.port}${options.path ?? BOARD_SOCKET_PATH}?${params}`;
  const headers: Record<string, string> = {};
  if (options.host) headers.Host = options.host;
  if (options.origin) headers.Origin = options.origin;
  const ws = new WebSocket(url, { headers });
  const doc = options.doc ?? new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  const stats = { messagesSent: 0, bytesSent: 0, messagesReceived: 0, bytesReceived: 0 };
  const refusals: string[] = [];
  const presence: string[][] = [];
  let participant = options.participant;
  let markSynced = () => {};
  const synced = new Promise<void>((done) => (markSynced = done));

  const send = (data: Uint8Array | string) => {
    if (ws.readyState !== ws.OPEN) return;
    stats.messagesSent += 1;
    stats.bytesSent += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    ws.send(data);
  };
  const fromServer = Symbol('server');
  const onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === fromServer) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    send(encoding.toUint8Array(encoder));
  };
  doc.on('update', onLocalUpdate);
  awareness.on(
    'update',
    (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === fromServer) return;
      const clients = [...change.added, ...change.updated, ...change.removed];
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(
        encoder,
        awarenessProtocol.encodeAwarenessUpdate(awareness, clients),
      );
      send(encoding.toUint8Array(encoder));
    },
  );

  ws.on('message', (data: Buffer, isBinary) => {
    stats.messagesReceived += 1;
    stats.bytesReceived += data.length;
    if (!isBinary) {
      const message = JSON.parse(data.toString('utf8')) as WorkshopServerMessage;
      if (message.type === 'refused') refusals.push(message.reason);
      else if (message.type === 'presence') presence.push(message.participantIds);
      else if (message.secret) {
        participant = { participantId: message.participantId, secret: message.secret };
      }
      return;
    }
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const syncType = syncProtocol.readSyncMessage(decoder, encoder, doc, fromServer);
      if (encoding.length(encoder) > 1) send(encoding.toUint8Array(encoder));
      if (syncType === syncProtocol.messageYjsSyncStep2) markSynced();
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(
        awareness,
        decoding.readVarUint8Array(decoder),
        fromServer,
      );
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((done) =>
    ws.on('close', (code, reason) => {
      doc.off('update', onLocalUpdate);
      awareness.destroy();
      done({ code, reason: reason.toString('utf8') });
    }),
  );

  return new Promise((done, fail) => {
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => fail(new RefusedConnection(res.statusCode ?? 0, body)));
    });
    ws.on('error', fail);
    ws.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, doc);
      send(encoding.toUint8Array(encoder));
      done({
        doc,
        ws,
        awareness,
        participant: () => {
          if (!participant) throw new Error('Serveren har ikke sendt velkomst ennå.');
          return participant;
        },
        refusals,
        presence,
        synced,
        closed,
        stats,
        sendRaw: send,
        close: async () => {
          if (ws.readyState !== ws.CLOSED) ws.close();
          await closed;
        },
      });
    });
  });
}

/** Polls until `ready()` is true; a guard time, not a speed check. */
export async function until(ready: () => boolean, what: string, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`Ventet for lenge på: ${what}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

/**
 * A join the server turns away after opening the socket, so the page can read why (joining
 * locked, a removed participant): the close code and reason, or null when it was let in.
 */
export async function turnedAway(
  options: WorkshopClientOptions,
): Promise<{ code: number; reason: string } | null> {
  const client = await connectWorkshopClient(options);
  const outcome = await Promise.race([client.closed, client.synced.then(() => null)]);
  if (outcome === null) await client.close();
  return outcome;
}

/** The server's answer to a connection it turned away before the socket opened. */
export async function refusal(connecting: Promise<unknown>): Promise<RefusedConnection> {
  const error = await connecting.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof RefusedConnection)) throw new Error(`Ikke avvist: ${String(error)}`);
  return error;
}
