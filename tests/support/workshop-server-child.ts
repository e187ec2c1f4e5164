import * as Y from 'yjs';
import { startWorkshopServer } from '../../electron/services/workshop-server';
import { connectWorkshopClient } from './workshop-client';
import { testPage } from './workshop-server-setup-page';

// Run in a child process by workshop-server-handles.test.ts: starts the server, syncs a client
// that stays connected, stops the server and returns. If anything were left open (a socket, the
// server, a timer), this process would not exit on its own.
const board = new Y.Doc();
const server = await startWorkshopServer({
  board,
  check: () => null,
  files: testPage,
  host: '127.0.0.1',
  addresses: [],
});
const client = await connectWorkshopClient({ port: server.port, token: server.joinToken });
await client.synced;
client.doc.getMap('ideas').set('a', 'Idé');
await new Promise((done) => board.once('update', done));
await server.stop();
await client.closed;
console.log('stopped');
