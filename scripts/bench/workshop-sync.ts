import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addIdea, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { createBoard } from '#shared/workshop-sync/board-doc';
import { readBoard } from '#shared/workshop-sync/board-read';
import { checkBoardUpdate } from '#shared/workshop-sync/board-rules';
import { startWorkshopServer } from '../../electron/services/workshop-server';
import {
  connectWorkshopClient,
  until,
  type WorkshopClient,
} from '../../tests/support/workshop-client';
import type { BenchResult } from './bench-result';

/*
 * Issue 18's quality bar: 30 participants, each adding 10 ideas and then 3 votes, at once,
 * through the real server on 127.0.0.1 with its real limits and the board's real rules
 * (checkBoardUpdate tries every update on a copy of the board, so its cost is in the figures).
 * Converged: the board and every client hold the same state.
 */

const PARTICIPANTS = 30;
const IDEAS = 10;
const VOTES = 3;
// A person types slower than this; it keeps each phone under the 20 messages a second limit.
const IDEA_INTERVAL_MS = 80;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function participate(client: WorkshopClient, index: number) {
  const me = client.participant().participantId;
  joinBoard(client.doc, me, `Deltaker ${index + 1}`);
  const ideas: string[] = [];
  for (let i = 0; i < IDEAS; i++) {
    await pause(IDEA_INTERVAL_MS);
    const text = `Idé ${i + 1} fra deltaker ${index + 1}: flere små boliger nær sentrum`;
    ideas.push(addIdea(client.doc, me, text, null, `k-${index}-${i}`)!);
  }
  // Votes go to the ideas this phone has seen arrive from others (and its own, if none yet).
  for (let v = 0; v < VOTES; v++) {
    await pause(IDEA_INTERVAL_MS);
    const seen = readBoard(client.doc).cards.map((card) => card.id);
    const target = seen[(index * 7 + v * 13) % seen.length] ?? ideas[v]!;
    vote(client.doc, me, target, 1);
  }
}

export async function workshopSyncBenchmarks(): Promise<BenchResult[]> {
  const board = createBoard({ votesPerPerson: VOTES });
  const server = await startWorkshopServer({
    board,
    check: checkBoardUpdate,
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
        readBoard(board).cards.length === PARTICIPANTS * IDEAS &&
        readBoard(board).counts.votesCast === PARTICIPANTS * VOTES &&
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
