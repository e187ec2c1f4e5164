import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import type {
  BoardIdentity,
  BoardIdentityStore,
  BoardOfflineStore,
} from '#shared/workshop-sync/board-connection';
import type { JoinKey } from './join-address';

// What the phone keeps per board, keyed by the server's address (host and port): the way in and
// the participant's id (localStorage), so a reload joins as the same person without the code,
// and the board itself (IndexedDB), so ideas written offline survive a reload.

const prefix = (host: string) => `planverksted-verksted:${host}`;

function readJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function writeJson(key: string, value: unknown) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing may refuse storage: the page still works, it only forgets on reload.
  }
}

export function loadJoinKey(host: string): JoinKey | null {
  const value = readJson(`${prefix(host)}:adgang`) as Partial<JoinKey> | null;
  if (!value || typeof value.value !== 'string') return null;
  if (value.kind === 'token' || value.kind === 'code') {
    return { kind: value.kind, value: value.value };
  }
  return null;
}

export function saveJoinKey(host: string, key: JoinKey | null) {
  writeJson(`${prefix(host)}:adgang`, key);
}

export function identityStore(host: string): BoardIdentityStore {
  const key = `${prefix(host)}:deltaker`;
  return {
    load() {
      const value = readJson(key) as Partial<BoardIdentity> | null;
      return value && typeof value.participantId === 'string' && typeof value.secret === 'string'
        ? { participantId: value.participantId, secret: value.secret }
        : null;
    },
    save: (identity) => writeJson(key, identity),
  };
}

export function forgetIdentity(host: string) {
  writeJson(`${prefix(host)}:deltaker`, null);
}

/** The board kept in IndexedDB per server and participant (none where IndexedDB is missing). */
export function indexedDbStore(host: string) {
  return (doc: Y.Doc, participantId: string): BoardOfflineStore => {
    if (typeof indexedDB === 'undefined') {
      return { loaded: Promise.resolve(), clear: () => Promise.resolve(), close: () => {} };
    }
    const kept = new IndexeddbPersistence(`${prefix(host)}:${participantId}`, doc);
    return {
      // A storage that fails or hangs must not keep the phone from joining.
      loaded: Promise.race([
        kept.whenSynced.then(
          () => undefined,
          () => undefined,
        ),
        new Promise<void>((done) => setTimeout(done, 3000)),
      ]),
      clear: () => kept.clearData(),
      close: () => void kept.destroy(),
    };
  };
}
