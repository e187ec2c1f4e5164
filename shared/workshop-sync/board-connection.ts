import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { cardsOf, type BoardMap } from './board-doc';
import type { BoardLink, BoardLinkStatus } from './board-link';
import { carryOver, writeCarriedOver, type CarriedOver } from './board-readd';
import {
  finalCloseReason,
  SOCKET_OPEN,
  type BoardSocket,
  type BoardSocketClass,
} from './board-socket';

/*
 * A live board over the workshop server's socket (docs/workshop-sync.md), for the participant's
 * phone and the facilitator's window: y-websocket's framing (0 sync, 1 awareness) spoken with
 * y-protocols, plus the server's JSON text frames (welcome, refused, presence).
 *
 * The doc is the record on the device: while offline, changes stay in it, and the sync step
 * exchange on reconnect carries them to the server. After a refusal the doc is replaced (see
 * board-readd.ts), because the server refuses everything built on a refused change.
 */

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

/** Who this participant is to the server: kept on the device so a reconnect keeps the id. */
export interface BoardIdentity {
  participantId: string;
  secret: string;
}

export interface BoardIdentityStore {
  load(): BoardIdentity | null;
  save(identity: BoardIdentity): void;
}

/** The device's own copy of a board (y-indexeddb in the page), so a reload keeps unsent ideas. */
export interface BoardOfflineStore {
  /** Resolves once what was kept is in the doc; from then on the doc's changes are kept. */
  readonly loaded: Promise<void>;
  /** Forgets what was kept and stops keeping (the doc is being replaced). */
  clear(): Promise<void>;
  /** Stops keeping; what was kept stays. */
  close(): void;
}

export interface BoardConnectionOptions {
  /** ws:// address of the board socket, with ?token=, ?code= or ?facilitator=. */
  url: string;
  /** The WebSocket class: the browser's, or `ws` in Node tests. */
  WebSocketImpl: BoardSocketClass;
  /** Where the participant's id and secret are kept (none for the facilitator). */
  identity?: BoardIdentityStore;
  /** Opens the device's copy of the board for this participant's doc (called again after a refusal). */
  offlineStore?: (doc: Y.Doc, participantId: string) => BoardOfflineStore;
  /** Tells of the device going on or off the network (the browser's online/offline events). */
  network?: (change: (online: boolean) => void) => () => void;
  /** Milliseconds before the first retry, doubled up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** An open socket that hears nothing for this long is taken as dead (a phone out of range). */
  silenceMs?: number;
  /**
   * Give up (status closed) if the very first attempt never opens: a wrong code or an old QR
   * code is refused before the socket opens, and knocking again would not help.
   */
  stopIfFirstAttemptFails?: boolean;
}

/** What connectBoard gives beyond a BoardLink. */
export interface BoardConnection extends BoardLink {
  /** Whether the current doc has had the server's board at least once. */
  readonly synced: boolean;
  /** Why the link closed for good, in bokmål (null while it lives or after close()). */
  readonly closedReason: string | null;
  /** Ideas added while offline and not sent yet. */
  readonly unsentIdeas: number;
  /** Presence on the board's awareness protocol (shared by every doc this link has). */
  readonly awareness: awarenessProtocol.Awareness;
  /** Counts every change of the link or its board: a snapshot for useSyncExternalStore. */
  readonly version: number;
  /** Tries to connect now instead of waiting for the next retry. */
  retryNow(): void;
  /** Forgets the last refusal (the participant has read it). */
  dismissRefusal(): void;
}

/** Marks changes that came from the server, so they are not sent back. */
const FROM_SERVER = Symbol('server');

export function connectBoard(options: BoardConnectionOptions): BoardConnection {
  const firstRetryMs = options.firstRetryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 10_000;
  const silenceMs = options.silenceMs ?? 30_000;
  const facilitator = /[?&]facilitator=/.test(options.url);
  let identity = facilitator ? null : (options.identity?.load() ?? null);

  let doc = new Y.Doc();
  let status: BoardLinkStatus = 'connecting';
  let participantId: string | null = identity?.participantId ?? null;
  let presence: readonly string[] = [];
  let refusal: string | null = null;
  let closedReason: string | null = null;
  let synced = false;
  let store: BoardOfflineStore | null = null;
  let socket: BoardSocket | null = null;
  let everOpened = false;
  let attempt = 0;
  let retryTimer: unknown = null;
  let silenceTimer: unknown = null;
  let lastHeard = 0;
  let closed = false;
  // Ideas added while offline, so the page can say how many wait.
  const unsent = new Set<string>();
  // Kept from a replaced doc until the fresh one has the server's board; then written once.
  let carried: CarriedOver | null = null;
  // Each idea is carried over at most once, so a refusal can never start a loop.
  const carriedOnce = new Set<string>();
  let writingCarried = false;

  const listeners = new Set<() => void>();
  let version = 0;
  const notify = () => {
    version += 1;
    for (const listener of [...listeners]) listener();
  };

  const presenceDoc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(presenceDoc);

  function send(message: Uint8Array<ArrayBuffer> | string) {
    if (socket && socket.readyState === SOCKET_OPEN) socket.send(message);
  }

  function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array<ArrayBuffer> {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }

  function awarenessMessage(clients: number[]): Uint8Array<ArrayBuffer> {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(awareness, clients),
    );
    return encoding.toUint8Array(encoder);
  }

  const onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_SERVER) {
      if (status === 'online') send(syncMessage((e) => syncProtocol.writeUpdate(e, update)));
      // The participant's next change after the fresh doc took the server's board answers the
      // last refusal (not the carried-over ideas written for them).
      if (synced && refusal !== null && !writingCarried) refusal = null;
    }
    notify();
  };

  const onCardsChange = (event: Y.YMapEvent<BoardMap>) => {
    // Only what is written here: the server's updates and a loaded device copy are not «local».
    if (!event.transaction.local || status === 'online') return;
    for (const [key, change] of event.changes.keys) {
      if (change.action === 'add') unsent.add(key);
    }
  };

  function attachDoc(next: Y.Doc) {
    doc = next;
    doc.on('update', onDocUpdate);
    cardsOf(doc).observe(onCardsChange);
  }

  function detachDoc() {
    doc.off('update', onDocUpdate);
    cardsOf(doc).unobserve(onCardsChange);
  }

  function openStore(): Promise<void> {
    if (!options.offlineStore || participantId === null || store !== null) return Promise.resolve();
    store = options.offlineStore(doc, participantId);
    return store.loaded;
  }

  const onAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    if (origin === FROM_SERVER) return;
    send(awarenessMessage([...change.added, ...change.updated, ...change.removed]));
  };
  awareness.on('update', onAwarenessUpdate);

  function socketUrl(): string {
    if (identity === null) return options.url;
    const join = options.url.includes('?') ? '&' : '?';
    return (
      `${options.url}${join}participant=${encodeURIComponent(identity.participantId)}` +
      `&secret=${encodeURIComponent(identity.secret)}`
    );
  }

  function setStatus(next: BoardLinkStatus) {
    if (status === next) return;
    status = next;
    notify();
  }

  function connect() {
    retryTimer = null;
    if (closed || socket !== null) return;
    // Once online, a retry is still «offline» to the person holding the phone.
    if (!everOpened) setStatus('connecting');
    let ws: BoardSocket;
    try {
      ws = new options.WebSocketImpl(socketUrl());
    } catch {
      return lost();
    }
    socket = ws;
    ws.binaryType = 'arraybuffer';
    let opened = false;
    ws.onopen = () => {
      if (socket !== ws) return;
      opened = true;
      everOpened = true;
      attempt = 0;
      heard();
      status = 'online';
      send(syncMessage((e) => syncProtocol.writeSyncStep1(e, doc)));
      if (awareness.getLocalState() !== null) send(awarenessMessage([presenceDoc.clientID]));
      notify();
    };
    ws.onmessage = (event) => {
      if (socket !== ws) return;
      heard();
      try {
        receive(event.data);
      } catch {
        // Something this page cannot read: start over on a new socket rather than guess.
        drop(ws);
        lost();
      }
    };
    ws.onerror = () => {};
    ws.onclose = (event) => {
      if (socket !== ws) return;
      drop(ws);
      const final = finalCloseReason(event.code, event.reason);
      if (final !== null) return finish(final);
      if (!opened && !everOpened && options.stopIfFirstAttemptFails) {
        return finish(
          'Fikk ikke kontakt med verkstedet. Sjekk koden, og at du er på samme nett som skjermen.',
        );
      }
      lost();
    };
  }

  /** Leaves a socket behind: nothing it says reaches the link any more. */
  function drop(ws: BoardSocket) {
    ws.onopen = ws.onmessage = ws.onclose = null;
    // Never null: ws (Node) emits an error when closed while connecting, and throws if unheard.
    ws.onerror = () => {};
    if (socket === ws) socket = null;
    if (ws.readyState <= SOCKET_OPEN) ws.close();
    clearSilence();
  }

  function lost() {
    if (closed) return;
    if (socket) drop(socket);
    status = 'offline';
    notify();
    const wait = Math.min(maxRetryMs, firstRetryMs * 2 ** attempt);
    attempt += 1;
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = setTimeout(connect, wait);
  }

  function heard() {
    lastHeard = Date.now();
    if (silenceTimer === null) silenceTimer = setTimeout(checkSilence, silenceMs);
  }

  function checkSilence() {
    silenceTimer = null;
    if (!socket || status !== 'online') return;
    const quiet = Date.now() - lastHeard;
    if (quiet >= silenceMs) return lost();
    silenceTimer = setTimeout(checkSilence, silenceMs - quiet);
  }

  function clearSilence() {
    if (silenceTimer !== null) clearTimeout(silenceTimer);
    silenceTimer = null;
  }

  function receive(data: unknown) {
    if (typeof data === 'string') return receiveJson(JSON.parse(data) as unknown);
    const bytes =
      data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
    if (bytes === null) return;
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      const syncType = syncProtocol.readSyncMessage(decoder, encoder, doc, FROM_SERVER);
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        // Our answer carries everything the server lacks: what was written offline goes now.
        send(encoding.toUint8Array(encoder));
        if (unsent.size > 0) {
          unsent.clear();
          notify();
        }
      } else if (syncType === syncProtocol.messageYjsSyncStep2) {
        tookServerBoard();
      }
    } else if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(
        awareness,
        decoding.readVarUint8Array(decoder),
        FROM_SERVER,
      );
    }
  }

  function tookServerBoard() {
    const first = !synced;
    synced = true;
    if (carried !== null && participantId !== null) {
      const again = carried;
      carried = null;
      for (const idea of again.ideas) carriedOnce.add(idea.id);
      writingCarried = true;
      try {
        writeCarriedOver(doc, participantId, again);
      } finally {
        writingCarried = false;
      }
    }
    if (first) notify();
  }

  function receiveJson(message: unknown) {
    if (typeof message !== 'object' || message === null) return;
    const { type } = message as { type?: unknown };
    if (type === 'welcome') welcome(message as { participantId?: unknown; secret?: unknown });
    else if (type === 'refused') {
      const { reason } = message as { reason?: unknown };
      refused(typeof reason === 'string' ? reason : 'Endringen ble avvist.');
    } else if (type === 'presence') {
      const { participantIds } = message as { participantIds?: unknown };
      if (Array.isArray(participantIds)) {
        presence = participantIds.filter((id): id is string => typeof id === 'string');
        notify();
      }
    }
    // Other types may come from a newer server; they are not for this page.
  }

  function welcome({ participantId: id, secret }: { participantId?: unknown; secret?: unknown }) {
    if (typeof id !== 'string') return;
    participantId = id;
    if (typeof secret === 'string') {
      identity = { participantId: id, secret };
      options.identity?.save(identity);
    }
    // The device's copy is kept from the moment the participant has an id.
    void openStore();
    notify();
  }

  function refused(reason: string) {
    refusal = reason;
    // Until the fresh doc has the server's board, a refusal is of something the old doc sent.
    if (!synced || participantId === null) return notify();
    const old = doc;
    const keep = carryOver(old, participantId);
    keep.ideas = keep.ideas.filter((idea) => !carriedOnce.has(idea.id));
    carried = keep;
    detachDoc();
    const oldStore = store;
    store = null;
    synced = false;
    unsent.clear();
    attachDoc(new Y.Doc());
    // The old copy is forgotten before the fresh one is kept under the same name.
    void (oldStore ? oldStore.clear() : Promise.resolve()).then(() => {
      if (!closed) void openStore();
    });
    send(syncMessage((e) => syncProtocol.writeSyncStep1(e, doc)));
    old.destroy();
    notify();
  }

  function finish(reason: string) {
    closedReason = reason;
    shutDown();
  }

  function shutDown() {
    if (closed) return;
    closed = true;
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
    if (socket) drop(socket);
    stopNetwork();
    awareness.off('update', onAwarenessUpdate);
    awareness.destroy();
    presenceDoc.destroy();
    store?.close();
    status = 'closed';
    notify();
  }

  function retryNow() {
    if (closed || socket !== null) return;
    if (retryTimer !== null) clearTimeout(retryTimer);
    attempt = 0;
    connect();
  }

  const stopNetwork =
    options.network?.((online) => {
      if (online) retryNow();
      else if (socket) lost();
    }) ?? (() => {});

  attachDoc(doc);
  // A kept copy is loaded before the first socket, so its sync step carries what waits in it.
  void openStore().then(
    () => connect(),
    () => connect(),
  );

  return {
    get doc() {
      return doc;
    },
    get status() {
      return status;
    },
    get participantId() {
      return participantId;
    },
    get presence() {
      return presence;
    },
    get refusal() {
      return refusal;
    },
    get synced() {
      return synced;
    },
    get closedReason() {
      return closedReason;
    },
    get version() {
      return version;
    },
    get unsentIdeas() {
      return unsent.size;
    },
    awareness,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retryNow,
    dismissRefusal() {
      if (refusal === null) return;
      refusal = null;
      notify();
    },
    close: shutDown,
  };
}
