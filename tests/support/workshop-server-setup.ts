import { afterEach } from 'vitest';
import * as Y from 'yjs';
import type { BoardUpdateCheck } from '#shared/workshop-sync/board-sync';
import {
  startWorkshopServer,
  type WorkshopServer,
  type WorkshopServerOptions,
} from '../../electron/services/workshop-server';
import type { WorkshopClient } from './workshop-client';
import { testPage } from './workshop-server-setup-page';

export { testPage };

/** Ideas as a plain Y.Map (id → text) until board-doc.ts is merged. */
export const ideasOf = (doc: Y.Doc) => doc.getMap<string>('ideas');

/**
 * Refuses a board where any idea says «nei»; a stand-in for checkBoardUpdate. Tries the update
 * on a copy, so the board itself is never touched.
 */
export const refuseNei: BoardUpdateCheck = (board, update) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
  Y.applyUpdate(copy, update);
  const said = [...ideasOf(copy).values()].some((text) => text.includes('nei'));
  copy.destroy();
  return said ? 'Ideen kan ikke si «nei».' : null;
};

/** Starts a server on 127.0.0.1 per test; stops it and every client afterwards. */
export function useWorkshopServer() {
  const servers: WorkshopServer[] = [];
  const clients: WorkshopClient[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    await Promise.all(servers.splice(0).map((server) => server.stop()));
  });
  return {
    async start(options: Partial<WorkshopServerOptions> = {}) {
      const board = options.board ?? new Y.Doc();
      const server = await startWorkshopServer({
        board,
        check: refuseNei,
        files: testPage,
        host: '127.0.0.1',
        addresses: ['192.168.1.20'],
        ...options,
      });
      servers.push(server);
      return { server, board };
    },
    /** Closes the client after the test. */
    keep<T extends WorkshopClient>(client: T): T {
      clients.push(client);
      return client;
    },
  };
}
