import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { BoardSender, BoardUpdateCheck } from '#shared/workshop-sync/board-sync';
import { createJoinCode, createSecret, normaliseJoinCode, sameSecret } from './workshop-join';
import {
  createJoinFailureCounter,
  createRateLimiter,
  WORKSHOP_LIMITS,
  type WorkshopLimits,
} from './workshop-limits';
import { createParticipantRegistry, type ParticipantRecord } from './workshop-participants';
import { WORKSHOP_SOCKET_PATH, type WorkshopServerMessage } from './workshop-messages';

/*
 * The workshop's server on the local network (issue 18): serves the participant page and relays
 * the shared board (a Yjs document) between the phones and the facilitator's app, with the
 * y-websocket message framing (0 = sync, 1 = awareness, binary frames). The server's own
 * messages (welcome, refused) are JSON text frames: see workshop-messages.ts and
 * docs/workshop-sync.md.
 */

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MAX_URL_LENGTH = 2048;
const CLOSE_GRACE_MS = 1000;
// A page has one; a few more allow for a second tab on the same connection's document.
const MAX_PRESENCES_PER_CONNECTION = 4;

/** A file the server serves by GET: the participant page and what it loads. */
export interface WorkshopFile {
  body: Uint8Array | string;
  contentType: string;
}

export interface WorkshopServerOptions {
  /** The board; owned by the caller, never destroyed here. */
  board: Y.Doc;
  /** Runs before any participant's update is applied; a reason refuses it. */
  check: BoardUpdateCheck;
  /** Every participant update the board took, as applied (the facilitator's own are not passed). */
  onUpdate?: (update: Uint8Array) => void;
  /** Path (e.g. "/", "/deltaker.js") to what it serves; nothing else is served. */
  files: Record<string, WorkshopFile>;
  /** Where to listen; the default is every IPv4 interface, so phones on the network reach it. */
  host?: string;
  /** The LAN addresses to announce and accept in Host; the default is the machine's own. */
  addresses?: string[];
  /** Participants from an earlier run of the same workshop, so their phones keep their ids. */
  participants?: Iterable<ParticipantRecord>;
  limits?: Partial<WorkshopLimits>;
  /** Milliseconds; for the rate limits. */
  now?: () => number;
}

interface Connection {
  ws: WebSocket;
  participantId: string;
  allow: () => boolean;
  awarenessClients: Set<number>;
}

interface Admission {
  participant: ParticipantRecord;
  /** Newly joined: the welcome carries the secret. */
  fresh: boolean;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type WorkshopServer = Awaited<ReturnType<typeof startWorkshopServer>>;

export async function startWorkshopServer(options: WorkshopServerOptions) {
  const limits = { ...WORKSHOP_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const board = options.board;
  const addresses = options.addresses ?? lanAddresses();
  const joinToken = createSecret();
  const joinCode = createJoinCode();
  const registry = createParticipantRegistry(options.participants);
  const joinFailures = createJoinFailureCounter(limits.joinFailuresPerMinute, now);
  const connections = new Set<Connection>();
  // Which sender writes as which Yjs client: one who wrote as another's client could make the
  // board drop that person's later changes as duplicates. Learnt as updates are accepted.
  const writers = new Map<number, string>();
  const FACILITATOR = 'tilrettelegger';
  writers.set(board.clientID, FACILITATOR);
  let locked = false;
  let hosts = new Set<string>();

  const http = createServer(
    { maxHeaderSize: 8 * 1024, headersTimeout: 10_000, requestTimeout: 10_000 },
    (req, res) => {
      try {
        serveFile(req, res);
      } catch (error) {
        const refusal = error instanceof Refusal ? error : new Refusal(400, 'Ugyldig forespørsel.');
        sendText(res, refusal.status, refusal.message);
      }
    },
  );
  // Every TCP connection counts, upgraded or not: idle or half-sent requests cannot take every
  // socket the process has. Room for the participants and as many page loads.
  http.maxConnections = limits.connections * 2;
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: limits.messageBytes,
    perMessageDeflate: false,
  });

  function checkHost(req: IncomingMessage) {
    if (!hosts.has(req.headers.host ?? '')) throw new Refusal(421, 'Avvist: ukjent vertsnavn.');
  }

  function serveFile(req: IncomingMessage, res: ServerResponse) {
    checkHost(req);
    if ((req.url ?? '').length > MAX_URL_LENGTH) throw new Refusal(414, 'Adressen er for lang.');
    if (hasBody(req)) throw new Refusal(413, 'Serveren tar ikke imot innhold.');
    const file = options.files[requestPath(req)];
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      throw new Refusal(404, 'Finnes ikke.');
    }
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy':
        "default-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
      'X-Content-Type-Options': 'nosniff',
      // The join token is in the page's address (after #); no other site may see it.
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  function admit(req: IncomingMessage): Admission {
    checkHost(req);
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      throw new Refusal(403, 'Avvist: tilkoblingen kom fra en annen nettside.');
    }
    if ((req.url ?? '').length > MAX_URL_LENGTH) throw new Refusal(414, 'Adressen er for lang.');
    const url = new URL(req.url ?? '/', 'http://verksted');
    if (url.pathname !== WORKSHOP_SOCKET_PATH) throw new Refusal(404, 'Finnes ikke.');
    const from = req.socket.remoteAddress ?? '';
    if (joinFailures.blocked(from)) {
      throw new Refusal(429, 'For mange feil forsøk. Vent et minutt og prøv igjen.');
    }
    const token = url.searchParams.get('token');
    const code = url.searchParams.get('code');
    const admitted =
      sameSecret(token, joinToken) ||
      (code !== null && sameSecret(normaliseJoinCode(code), joinCode));
    if (!admitted) {
      joinFailures.fail(from);
      throw new Refusal(403, 'Feil kode. Sjekk koden på skjermen.');
    }
    if (connections.size >= limits.connections) {
      throw new Refusal(503, 'Verkstedet er fullt. Prøv igjen når noen har gått.');
    }
    return whoIsJoining(url.searchParams);
  }

  function whoIsJoining(params: URLSearchParams): Admission {
    const participantId = params.get('participant');
    const secret = params.get('secret');
    if (participantId && secret) {
      const rejoin = registry.rejoin(participantId, secret);
      if (rejoin.kind === 'known') return { participant: { participantId, secret }, fresh: false };
      if (rejoin.kind === 'removed') throw new Refusal(403, 'Du er fjernet fra dette verkstedet.');
      if (rejoin.kind === 'wrong-secret') {
        throw new Refusal(403, 'Avvist: ukjent deltaker. Last siden på nytt.');
      }
    }
    if (locked) throw new Refusal(403, 'Verkstedet er låst for nye deltakere.');
    return { participant: registry.join(), fresh: true };
  }

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    let admission: Admission;
    try {
      admission = admit(req);
    } catch (error) {
      const refusal = error instanceof Refusal ? error : new Refusal(400, 'Ugyldig forespørsel.');
      return refuseUpgrade(socket, refusal);
    }
    sockets.handleUpgrade(req, socket, head, (ws) => connect(ws, admission));
  });

  function connect(ws: WebSocket, { participant, fresh }: Admission) {
    // One socket per participant: a phone that reconnects replaces its half-open old socket.
    for (const other of connections) {
      if (other.participantId === participant.participantId) {
        closeSocket(other.ws, 4000, 'Koblet til på nytt.');
      }
    }
    const conn: Connection = {
      ws,
      participantId: participant.participantId,
      allow: createRateLimiter(limits.messagesPerSecond, now),
      awarenessClients: new Set(),
    };
    connections.add(conn);
    ws.on('message', (data, isBinary) => receive(conn, data, isBinary));
    ws.on('close', () => disconnect(conn));
    ws.on('error', () => ws.terminate());
    sendJson(conn, {
      type: 'welcome',
      participantId: participant.participantId,
      ...(fresh ? { secret: participant.secret } : {}),
    });
    // As y-websocket's server: sync step 1 from the server, then who else is here.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, board);
    send(conn, encoding.toUint8Array(encoder));
    if (awareness.getStates().size > 0) {
      send(conn, awarenessMessage([...awareness.getStates().keys()]));
    }
  }

  function disconnect(conn: Connection) {
    if (!connections.delete(conn)) return;
    awarenessProtocol.removeAwarenessStates(awareness, [...conn.awarenessClients], null);
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
        const update = decoding.readVarUint8Array(decoder);
        if (mayPresent(conn, update))
          awarenessProtocol.applyAwarenessUpdate(awareness, update, conn);
      } else closeSocket(conn.ws, 1003, 'Ukjent meldingstype.');
    } catch {
      closeSocket(conn.ws, 1007, 'Meldingen kunne ikke leses.');
    }
  }

  // Presence only for the connection's own few clients: no one may rename or hide another
  // participant, or fill the list with made-up people.
  function mayPresent(conn: Connection, update: Uint8Array): boolean {
    const clients = awarenessClientsIn(update);
    const mine = new Set([...conn.awarenessClients, ...clients]);
    return (
      mine.size <= MAX_PRESENCES_PER_CONNECTION &&
      clients.every((id) =>
        [...connections].every((other) => other === conn || !other.awarenessClients.has(id)),
      )
    );
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
    const reason = refusalOf(update, { kind: 'participant', participantId: conn.participantId });
    if (reason !== null) return sendJson(conn, { type: 'refused', reason });
    Y.applyUpdate(board, update, conn);
  }

  function refusalOf(update: Uint8Array, sender: BoardSender): string | null {
    try {
      const { from } = Y.parseUpdateMeta(update);
      if (buildsOnMissing(board, from)) {
        return 'Tavla mangler noe denne endringen bygger på. Last siden på nytt.';
      }
      const writer = sender.kind === 'participant' ? sender.participantId : FACILITATOR;
      if ([...from.keys()].some((client) => (writers.get(client) ?? writer) !== writer)) {
        return 'Endringen er skrevet i en annen deltakers navn.';
      }
      return options.check(board, update, sender);
    } catch {
      return 'Endringen kunne ikke leses.';
    }
  }

  // Relays every change: a participant's to the others (and to the caller's store), the
  // facilitator's local ones to everyone.
  const onBoardUpdate = (update: Uint8Array, origin: unknown) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const conn of connections) if (conn !== origin) send(conn, message);
    const writer = isConnection(origin) ? origin.participantId : FACILITATOR;
    for (const client of Y.parseUpdateMeta(update).from.keys()) {
      if (!writers.has(client)) writers.set(client, writer);
    }
    if (!isConnection(origin)) return;
    // The update is on the board and relayed by now; a failing store is the caller's to report,
    // not a reason to cut the participant off.
    try {
      options.onUpdate?.(update);
    } catch (error) {
      console.error('Verkstedet: kunne ikke lagre en endring fra en deltaker.', error);
    }
  };
  board.on('update', onBoardUpdate);
  const isConnection = (origin: unknown): origin is Connection =>
    connections.has(origin as Connection);

  // Presence lives on a document of its own: the caller's board keeps no awareness timer.
  const presenceDoc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(presenceDoc);
  awareness.setLocalState(null);
  const awarenessMessage = (clients: number[]) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(awareness, clients),
    );
    return encoding.toUint8Array(encoder);
  };
  awareness.on(
    'update',
    (
      { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      if (isConnection(origin)) {
        for (const id of added) origin.awarenessClients.add(id);
        for (const id of removed) origin.awarenessClients.delete(id);
      }
      const message = awarenessMessage([...added, ...updated, ...removed]);
      for (const conn of connections) send(conn, message);
    },
  );

  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(0, options.host ?? '0.0.0.0', () => {
      http.off('error', fail);
      done();
    });
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  hosts = new Set(['127.0.0.1', 'localhost', ...addresses].map((host) => `${host}:${port}`));

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      board.off('update', onBoardUpdate);
      const closing = [...connections].map((conn) =>
        closeAndWait(conn.ws, 1001, 'Verkstedet er avsluttet.'),
      );
      http.close();
      http.closeAllConnections();
      await Promise.all(closing);
      await new Promise<void>((done) => sockets.close(() => done()));
      awareness.destroy();
      presenceDoc.destroy();
    })());

  return {
    port,
    /** The machine's addresses on the local network (IPv4), for the address and the QR code. */
    addresses,
    joinCode,
    joinToken,
    /** The page's address with the token after #, so it is never sent in a request line. */
    joinUrl: (host = addresses[0] ?? '127.0.0.1') => `http://${host}:${port}/#t=${joinToken}`,
    /** Participants with an open connection. */
    connected: () => new Set([...connections].map((conn) => conn.participantId)).size,
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
          closeSocket(conn.ws, 4003, 'Du er fjernet fra dette verkstedet.');
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

/**
 * Whether the update starts past what the board has of some client: Yjs would hold it as
 * pending, unchecked as a whole, until the gap is filled. A client whose earlier update was
 * refused is in that state; it must sync again from a fresh document.
 */
function buildsOnMissing(board: Y.Doc, from: Map<number, number>): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(board));
  for (const [client, clock] of from) if (clock > (have.get(client) ?? 0)) return true;
  return false;
}

/** The awareness clients an update speaks for, read by y-protocols on a scratch instance. */
function awarenessClientsIn(update: Uint8Array): number[] {
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

function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

// The path exactly as sent, not normalised: "/deltaker.js/.." or "%2e" are simply not listed.
function requestPath(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}

function hasBody(req: IncomingMessage): boolean {
  return (
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
  );
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data as ArrayBuffer | Buffer);
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(text);
}

// Before the upgrade the socket speaks plain HTTP; the refusal is an ordinary response.
function refuseUpgrade(socket: Duplex, refusal: Refusal) {
  const body = Buffer.from(refusal.message);
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ''}\r\n` +
      'Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${body.length}\r\n\r\n${refusal.message}`,
  );
}

function closeSocket(ws: WebSocket, code: number, reason: string) {
  if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
}

// A client that never answers the close frame is cut off, so stop() always ends.
function closeAndWait(ws: WebSocket, code: number, reason: string): Promise<void> {
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
