import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { BoardUpdateCheck } from '#shared/workshop-sync/board-sync';
import { startWorkshopServer } from '../../electron/services/workshop-server';
import {
  connectWorkshopClient,
  until,
  type WorkshopClient,
} from '../../tests/support/workshop-client';
import type { BenchResult } from './bench-result';

/*
 * Issue 18's quality bar: 30 participants, each adding 10 ideas and then 3 votes, at once,
 * through the real server on 127.0.0.1 with its real limits. Ideas are plain Y.Map cards until
 * board-doc.ts is merged; the check tries every update on a copy of the board, as a real rule
 * check must, so its cost is in the figures. Converged: the board and every client hold the
 * same state.
 */

const PARTICIPANTS = 30;
const IDEAS = 10;
const VOTES = 3;
// A person types slower than this; it keeps each phone under the 20 messages a second limit.
const IDEA_INTERVAL_MS = 80;

const triedOnCopy: BoardUpdateCheck = (board, update) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
  Y.applyUpdate(copy, update);
  copy.destroy();
  return null;
};

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function participate(client: WorkshopClient, index: number) {
  const cards = client.doc.getMap<Y.Map<unknown>>('cards');
  const votes = client.doc.getMap<number>('votes');
  for (let i = 0; i < IDEAS; i++) {
    const card = new Y.Map<unknown>();
    card.set('text', `Idé ${i + 1} fra deltaker ${index + 1}: flere små boliger nær sentrum`);
    card.set('author', client.participant().participantId);
    cards.set(`k-${index}-${i}`, card);
    await pause(IDEA_INTERVAL_MS);
  }
  // Votes go to the neighbours' first ideas, which may still be on their way.
  for (let v = 1; v <= VOTES; v++) {
    votes.set(`k-${(index + v) % PARTICIPANTS}-0:${client.participant().participantId}`, 1);
    await pause(IDEA_INTERVAL_MS);
  }
}

export async function workshopSyncBenchmarks(): Promise<BenchResult[]> {
  const board = new Y.Doc();
  const server = await startWorkshopServer({
    board,
    check: triedOnCopy,
    files: {},
    host: '127.0.0.1',
    addresses: [],
  });
  const clients: WorkshopClient[] = [];
  try {
    const started = performance.now();
    for (let i = 0; i < PARTICIPANTS; i++) {
      clients.push(await connectWorkshopClient({ port: server.port, code: server.joinCode }));
    }
    await Promise.all(clients.map((client) => client.synced));
    const joined = performance.now();
    await Promise.all(clients.map((client, i) => participate(client, i)));
    const sent = performance.now();
    const converged = () => {
      const boardState = Buffer.from(Y.encodeStateVector(board));
      return (
        board.getMap('cards').size === PARTICIPANTS * IDEAS &&
        board.getMap('votes').size === PARTICIPANTS * VOTES &&
        clients.every((c) => Buffer.from(Y.encodeStateVector(c.doc)).equals(boardState))
      );
    };
    await until(converged, 'alle klientene og tavla er like', 120_000);
    const done = performance.now();
    const sum = (key: keyof WorkshopClient['stats']) =>
      clients.reduce((total, client) => total + client.stats[key], 0);
    const refused = clients.reduce((total, client) => total + client.refusals.length, 0);
    return [
      {
        name: `${PARTICIPANTS} deltakere kobler til og synkroniserer`,
        unit: 'ms',
        value: round(joined - started),
      },
      { name: 'Fra første idé til alle er like', unit: 'ms', value: round(done - joined) },
      { name: 'Fra siste sendte endring til alle er like', unit: 'ms', value: round(done - sent) },
      { name: 'Meldinger sendt av klientene', unit: 'stk', value: sum('messagesSent') },
      { name: 'Byte sendt av klientene', unit: 'byte', value: sum('bytesSent') },
      { name: 'Meldinger mottatt av klientene', unit: 'stk', value: sum('messagesReceived') },
      { name: 'Byte mottatt av klientene', unit: 'byte', value: sum('bytesReceived') },
      {
        name: 'Tavla til slutt (Yjs-oppdatering)',
        unit: 'byte',
        value: Y.encodeStateAsUpdate(board).length,
      },
      { name: 'Avviste endringer (skal være 0)', unit: 'stk', value: refused },
    ];
  } finally {
    await Promise.all(clients.map((client) => client.close()));
    await server.stop();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
