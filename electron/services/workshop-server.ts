import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  BOARD_SOCKET_PATH,
  CLOSE_RECONNECTED_ELSEWHERE,
  CLOSE_REMOVED,
  CLOSE_WORKSHOP_ENDED,
} from '#shared/workshop-sync/board-socket';
import type { BoardUpdateCheck } from '#shared/workshop-sync/board-sync';
import { admit, checkHost, type Admission, type AdmissionRules } from './workshop-admission';
import {
  asRefusal,
  lanAddresses,
  listenOnPort,
  refuseUpgrade,
  sendText,
  serveFile,
  type WorkshopFile,
} from './workshop-http';
import { createJoinCode, createSecret } from './workshop-join';
import {
  createJoinFailureCounter,
  createRateLimiter,
  WORKSHOP_LIMITS,
  type WorkshopLimits,
} from './workshop-limits';
import { REMOVED_MESSAGE, type WorkshopServerMessage } from './workshop-messages';
import { createParticipantRegistry, type ParticipantRecord } from './workshop-participants';
import { createAwarenessRelay } from './workshop-awareness';
import { createUpdateGate, FACILITATOR_WRITER } from './workshop-update-gate';
import {
  closeAndWait,
  closeSocket,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
  syncStep1Message,
  toBytes,
  updateMessage,
} from './workshop-protocol';

export type { WorkshopFile } from './workshop-http';

/*
 * The workshop's server on the local network (issue 18): serves the participant page and relays
 * the shared board (a Yjs document) between the phones and the facilitator's app, with the
 * y-websocket message framing (workshop-protocol.ts). Who may connect is workshop-admission.ts,
 * the HTTP side workshop-http.ts, what an update must pass workshop-update-gate.ts, presence
 * workshop-awareness.ts. The server's own messages (welcome, refused, presence) are JSON text
 * frames: see workshop-messages.ts and docs/workshop-sync.md.
 */

// The facilitator's window may send the whole board in one sync step (a big workshop is
// hundreds of KB); it is trusted and on this machine, so only a sanity limit applies.
const FACILITATOR_MESSAGE_BYTES = 16 * 1024 * 1024;

export interface WorkshopServerOptions {
  /** The board; owned by the caller, never destroyed here. */
  board: Y.Doc;
  /** Runs before any participant's update is applied; a reason refuses it. */
  check: BoardUpdateCheck;
  /**
   * Every update the board took from a socket (participant or facilitator window), as applied;
   * the caller's own changes to the board are not passed.
   */
  onUpdate?: (update: Uint8Array) => void;
  /** Path (e.g. "/", "/deltaker.js") to what it serves; nothing else is served. */
  files: Record<string, WorkshopFile>;
  /** Where to listen; the default is every IPv4 interface, so phones on the network reach it. */
  host?: string;
  /** The port an earlier run had (0 or absent: chosen by the system); taken only if free. */
  port?: number;
  /** The LAN addresses to announce and accept in Host; the default is the machine's own. */
  addresses?: string[];
  /** Participants from an earlier run of the same workshop, so their phones keep their ids. */
  participants?: Iterable<ParticipantRecord>;
  /** The token and code of an earlier run, so the QR code and the code on the wall stay valid. */
  joinToken?: string;
  joinCode?: string;
  /** Lets the facilitator's window in at /verksted?facilitator=<token>, from loopback only. */
  facilitatorToken?: string;
  /** The Origin the facilitator's window sends (app://planverksted; the test web server's). */
  facilitatorOrigins?: readonly string[];
  limits?: Partial<WorkshopLimits>;
  /** Milliseconds; for the rate limits. */
  now?: () => number;
}

interface Connection {
  ws: WebSocket;
  /** null for the facilitator's window. */
  participantId: string | null;
  allow: () => boolean;
  awarenessClients: Set<number>;
}

export type WorkshopServer = Awaited<ReturnType<typeof startWorkshopServer>>;

export async function startWorkshopServer(options: WorkshopServerOptions) {
  const limits = { ...WORKSHOP_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const board = options.board;
  const addresses = options.addresses ?? lanAddresses();
  const joinToken = options.joinToken ?? createSecret();
  const joinCode = options.joinCode ?? createJoinCode();
  const registry = createParticipantRegistry(options.participants);
  const connections = new Set<Connection>();
  const gate = createUpdateGate(board, options.check);
  let locked = false;
  let hosts = new Set<string>();
  const participantSockets = () => [...connections].filter((c) => c.participantId !== null);
  const rules: AdmissionRules = {
    hosts: () => hosts,
    joinToken,
    joinCode,
    facilitatorToken: options.facilitatorToken ?? null,
    facilitatorOrigins: options.facilitatorOrigins ?? [],
    registry,
    joinFailures: createJoinFailureCounter(limits.joinFailuresPerMinute, now),
    locked: () => locked,
    full: () => participantSockets().length >= limits.connections,
  };

  const http = createServer(
    { maxHeaderSize: 8 * 1024, headersTimeout: 10_000, requestTimeout: 10_000 },
    (req, res) => {
      try {
        checkHost(rules, req);
        serveFile(options.files, req, res);
      } catch (error) {
        const refusal = asRefusal(error);
        sendText(res, refusal.status, refusal.message);
      }
    },
  );
  // Every TCP connection counts, upgraded or not: idle or half-sent requests cannot take every
  // socket the process has. Room for the participants and as many page loads.
  http.maxConnections = limits.connections * 2;
  const participantServer = new WebSocketServer({
    noServer: true,
    maxPayload: limits.messageBytes,
    perMessageDeflate: false,
  });
  const facilitatorServer = new WebSocketServer({
    noServer: true,
    maxPayload: FACILITATOR_MESSAGE_BYTES,
    perMessageDeflate: false,
  });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    let admission: Admission;
    try {
      admission = admit(rules, req);
    } catch (error) {
      const refusal = asRefusal(error);
      if (refusal.closeCode === undefined) return refuseUpgrade(socket, refusal);
      return participantServer.handleUpgrade(req, socket, head, (ws) =>
        ws.close(refusal.closeCode, refusal.message),
      );
    }
    const server = admission.kind === 'facilitator' ? facilitatorServer : participantServer;
    server.handleUpgrade(req, socket, head, (ws) => connect(ws, admission));
  });

  function connect(ws: WebSocket, admission: Admission) {
    const participantId =
      admission.kind === 'participant' ? admission.participant.participantId : null;
    // One socket per participant: a phone that reconnects replaces its half-open old socket.
    for (const other of connections) {
      if (participantId !== null && other.participantId === participantId) {
        closeSocket(other.ws, CLOSE_RECONNECTED_ELSEWHERE, 'Koblet til på nytt.');
      }
    }
    const conn: Connection = {
      ws,
      participantId,
      // The facilitator's window is trusted; a burst of its operations must never cut it off.
      allow: participantId === null ? () => true : createRateLimiter(limits.messagesPerSecond, now),
      awarenessClients: new Set(),
    };
    connections.add(conn);
    ws.on('message', (data, isBinary) => receive(conn, data, isBinary));
    ws.on('close', () => disconnect(conn));
    ws.on('error', () => ws.terminate());
    if (admission.kind === 'participant') {
      sendJson(conn, {
        type: 'welcome',
        participantId: admission.participant.participantId,
        ...(admission.fresh ? { secret: admission.participant.secret } : {}),
      });
    }
    // As y-websocket's server: sync step 1 from the server, then who else is here.
    send(conn, syncStep1Message(board));
    presences.greet(conn);
    if (participantId === null) sendJson(conn, presenceNow());
    else tellPresence();
  }

  function disconnect(conn: Connection) {
    if (!connections.delete(conn)) return;
    presences.leave(conn);
    if (conn.participantId !== null) tellPresence();
  }

  const presenceNow = (): WorkshopServerMessage => ({
    type: 'presence',
    participantIds: [...new Set(participantSockets().map((c) => c.participantId!))],
  });
  // Sent to the facilitator's windows only when the set of connected participants changed.
  let lastPresence = '';
  function tellPresence() {
    const message = presenceNow();
    const key = JSON.stringify(message);
    if (key === lastPresence) return;
    lastPresence = key;
    for (const conn of connections) if (conn.participantId === null) sendJson(conn, message);
  }

  function receive(conn: Connection, data: RawData, isBinary: boolean) {
    if (!conn.allow()) {
      return closeSocket(conn.ws, 1008, 'For mange meldinger på kort tid. Last siden på nytt.');
    }
    if (!isBinary) return closeSocket(conn.ws, 1003, 'Serveren tar bare imot Yjs-meldinger.');
    try {
      const decoder = decoding.createDecoder(toBytes(data));
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_SYNC) receiveSync(conn, decoder);
      else if (type === MESSAGE_AWARENESS) {
        presences.receive(conn, decoding.readVarUint8Array(decoder));
      } else closeSocket(conn.ws, 1003, 'Ukjent meldingstype.');
    } catch {
      closeSocket(conn.ws, 1007, 'Meldingen kunne ikke leses.');
    }
  }

  function receiveSync(conn: Connection, decoder: decoding.Decoder) {
    const type = decoding.readVarUint(decoder);
    if (type === syncProtocol.messageYjsSyncStep1) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.readSyncStep1(decoder, encoder, board);
      return send(conn, encoding.toUint8Array(encoder));
    }
    if (type !== syncProtocol.messageYjsSyncStep2 && type !== syncProtocol.messageYjsUpdate) {
      return closeSocket(conn.ws, 1003, 'Ukjent synkroniseringsmelding.');
    }
    // Read, not applied: y-protocols' readSyncStep2/readUpdate would apply before any check.
    const update = decoding.readVarUint8Array(decoder);
    if (conn.participantId === null) {
      // The facilitator may change anything: not checked, applied as it came.
      Y.parseUpdateMeta(update);
      return Y.applyUpdate(board, update, conn);
    }
    const reason = gate.refusalOf(update, {
      kind: 'participant',
      participantId: conn.participantId,
    });
    if (reason !== null) return sendJson(conn, { type: 'refused', reason });
    Y.applyUpdate(board, update, conn);
  }

  // Relays every change: one from a socket to the others (and to the caller's store), the
  // caller's own ones to everyone.
  const onBoardUpdate = (update: Uint8Array, origin: unknown) => {
    const message = updateMessage(update);
    for (const conn of connections) if (conn !== origin) send(conn, message);
    const fromSocket = isConnection(origin);
    const writer = fromSocket ? (origin.participantId ?? FACILITATOR_WRITER) : FACILITATOR_WRITER;
    gate.learn(update, writer);
    if (!fromSocket) return;
    // The update is on the board and relayed by now; a failing store is the caller's to report,
    // not a reason to cut the sender off.
    try {
      options.onUpdate?.(update);
    } catch (error) {
      console.error('Verkstedet: kunne ikke lagre en endring på tavla.', error);
    }
  };
  board.on('update', onBoardUpdate);
  const isConnection = (origin: unknown): origin is Connection =>
    connections.has(origin as Connection);
  const presences = createAwarenessRelay(() => connections, isConnection, send);

  const port = await listenOnPort(http, options.host ?? '0.0.0.0', options.port ?? 0);
  hosts = new Set(['127.0.0.1', 'localhost', ...addresses].map((host) => `${host}:${port}`));

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      board.off('update', onBoardUpdate);
      const closing = [...connections].map((conn) =>
        closeAndWait(conn.ws, CLOSE_WORKSHOP_ENDED, 'Verkstedet er avsluttet.'),
      );
      http.close();
      http.closeAllConnections();
      await Promise.all(closing);
      await new Promise<void>((done) => participantServer.close(() => done()));
      await new Promise<void>((done) => facilitatorServer.close(() => done()));
      presences.destroy();
    })());

  return {
    port,
    /** The machine's addresses on the local network (IPv4), for the address and the QR code. */
    addresses,
    joinCode,
    joinToken,
    /** The page's address with the token after #, so it is never sent in a request line. */
    joinUrl: (host = addresses[0] ?? '127.0.0.1') => `http://${host}:${port}/#t=${joinToken}`,
    /** The facilitator window's socket (null when the server has no facilitator token). */
    facilitatorUrl: () =>
      options.facilitatorToken === undefined
        ? null
        : `ws://127.0.0.1:${port}${BOARD_SOCKET_PATH}?facilitator=${encodeURIComponent(options.facilitatorToken)}`,
    /** Participants with an open connection. */
    connected: () => new Set(participantSockets().map((conn) => conn.participantId)).size,
    /** Joined participants and their secrets, for the caller to keep with the workshop. */
    participants: () => registry.records(),
    lock: () => {
      locked = true;
    },
    unlock: () => {
      locked = false;
    },
    isLocked: () => locked,
    /** Closes their connection and refuses them from now on (their cards are the caller's part). */
    removeParticipant(participantId: string) {
      registry.remove(participantId);
      for (const conn of connections) {
        if (conn.participantId === participantId) {
          closeSocket(conn.ws, CLOSE_REMOVED, REMOVED_MESSAGE);
        }
      }
    },
    stop,
  };

  function send(conn: Connection, message: Uint8Array | string) {
    if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(message);
  }

  function sendJson(conn: Connection, message: WorkshopServerMessage) {
    send(conn, JSON.stringify(message));
  }
}
