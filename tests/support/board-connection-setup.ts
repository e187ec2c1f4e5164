import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  connectBoard,
  type BoardConnection,
  type BoardConnectionOptions,
  type BoardIdentity,
  type BoardOfflineStore,
} from '#shared/workshop-sync/board-connection';
import type { BoardSocketClass } from '#shared/workshop-sync/board-socket';
import { startCuttableProxy } from './cuttable-proxy';

/** The page's identity store, in memory: one device's localStorage. */
export function memoryIdentity(start: BoardIdentity | null = null) {
  const device = { kept: start, saves: 0 };
  return {
    device,
    store: {
      load: () => device.kept,
      save: (identity: BoardIdentity) => {
        device.kept = identity;
        device.saves += 1;
      },
    },
  };
}

/** The page's IndexedDB copy, in memory: the updates kept survive a «reload» (a new link). */
export function memoryOfflineStore() {
  const kept: Uint8Array[] = [];
  const counts = { opened: 0, cleared: 0 };
  const open = (doc: Y.Doc): BoardOfflineStore => {
    counts.opened += 1;
    for (const update of kept) Y.applyUpdate(doc, update, 'store');
    kept.push(Y.encodeStateAsUpdate(doc));
    const keep = (update: Uint8Array) => kept.push(update);
    doc.on('update', keep);
    return {
      loaded: Promise.resolve(),
      clear: async () => {
        doc.off('update', keep);
        kept.length = 0;
        counts.cleared += 1;
      },
      close: () => doc.off('update', keep),
    };
  };
  return { kept, counts, open };
}

/** `ws` with the Host header the server expects, for a socket that goes through a proxy. */
export function socketClassFor(serverPort: number): BoardSocketClass {
  return class extends WebSocket {
    constructor(url: string) {
      super(url, { headers: { Host: `127.0.0.1:${serverPort}` } });
    }
  };
}

/** Links and proxies made in a test, closed after it. */
export function useBoardLinks() {
  const links: BoardConnection[] = [];
  const proxies: Awaited<ReturnType<typeof startCuttableProxy>>[] = [];
  afterEach(async () => {
    for (const link of links.splice(0)) link.close();
    await Promise.all(proxies.splice(0).map((proxy) => proxy.stop()));
  });
  return {
    connect(options: Partial<BoardConnectionOptions> & { url: string }) {
      const link = connectBoard({
        WebSocketImpl: WebSocket,
        firstRetryMs: 20,
        maxRetryMs: 200,
        ...options,
      });
      links.push(link);
      return link;
    },
    async proxy(serverPort: number) {
      const proxy = await startCuttableProxy(serverPort);
      proxies.push(proxy);
      return proxy;
    },
  };
}
