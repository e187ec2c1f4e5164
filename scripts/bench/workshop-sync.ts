import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addIdea, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { connectBoard } from '#shared/workshop-sync/board-connection';
import { readBoard } from '#shared/workshop-sync/board-read';
import {
  connectWorkshopClient,
  until,
  type WorkshopClient,
} from '../../tests/support/workshop-client';
import { boardInFile } from '../../tests/support/workshop-host-fixtures';
import type { BenchResult } from './bench-result';
import {
  countFileWrites,
  countingWindowSocket,
  shareWorkshopFromPlan,
  type SocketStats,
} from './workshop-app';

/*
 * Issue 18's quality bar through the whole app path: a plan made and saved by the plan service,
 * its workshop shared with startWorkshopSharing (the host keeps the board in the plan file), the
 * facilitator's window as a connectBoard link on facilitatorUrl, and 30 participants joining by
 * the code, each adding 10 ideas and then 3 votes, at once, on 127.0.0.1 with the real limits and
 * rules (checkBoardUpdate tries every update on a copy of the board, so its cost is in the figures).
 * Converged: every participant and the facilitator hold the same state. Each change reaches the
 * others only through the host's board, so they cannot all have it before the host does; the
 * host's board itself is read back from the plan file it writes.
 */

const PARTICIPANTS = 30;
const IDEAS = 10;
const VOTES = 3;
// A person types slower than this; it keeps each phone under the 20 messages a second limit.
const IDEA_INTERVAL_MS = 80;
// Four times the host's save delay (250 ms) without a write: the board's writes are over.
const QUIET_MS = 1000;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function participate(client: WorkshopClient, index: number, areaIds: string[]) {
  const me = client.participant().participantId;
  joinBoard(client.doc, me, `Deltaker ${index + 1}`);
  const ideas: string[] = [];
  for (let i = 0; i < IDEAS; i++) {
    await pause(IDEA_INTERVAL_MS);
    const text = `Idé ${i + 1} fra deltaker ${index + 1}: flere små boliger nær sentrum`;
    const area = areaIds.length > 0 ? areaIds[(index + i) % areaIds.length]! : null;
    ideas.push(addIdea(client.doc, me, text, area, `k-${index}-${i}`)!);
  }
  // Votes go to the ideas this phone has seen arrive from others (and its own, if none yet).
  for (let v = 0; v < VOTES; v++) {
    await pause(IDEA_INTERVAL_MS);
    const seen = readBoard(client.doc).cards.map((card) => card.id);
    const target = seen[(index * 7 + v * 13) % seen.length] ?? ideas[v]!;
    vote(client.doc, me, target, 1);
  }
}

const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc));
const complete = (doc: Y.Doc) => {
  const board = readBoard(doc);
  return (
    board.cards.length === PARTICIPANTS * IDEAS && board.counts.votesCast === PARTICIPANTS * VOTES
  );
};

export async function workshopSyncBenchmarks(): Promise<BenchResult[]> {
  const app = await shareWorkshopFromPlan(VOTES, PARTICIPANTS);
  const port = Number(new URL(app.sharing.address).port);
  const windowStats: SocketStats = {
    messagesSent: 0,
    bytesSent: 0,
    messagesReceived: 0,
    bytesReceived: 0,
  };
  const facilitator = connectBoard({
    url: app.sharing.facilitatorUrl,
    WebSocketImpl: countingWindowSocket(windowStats),
  });
  const clients: WorkshopClient[] = [];
  const fileWrites = countFileWrites(app.path);
  try {
    await until(() => facilitator.synced, 'tilretteleggerens vindu har tavla');
    const started = performance.now();
    for (let i = 0; i < PARTICIPANTS; i++) {
      clients.push(await connectWorkshopClient({ port, code: app.sharing.joinCode }));
    }
    await Promise.all(clients.map((client) => client.synced));
    const joined = performance.now();
    const areaIds = app.focusAreas.map((area) => area.id);
    await Promise.all(clients.map((client, i) => participate(client, i, areaIds)));
    const sent = performance.now();
    const converged = () => {
      if (!complete(facilitator.doc)) return false;
      const state = stateOf(facilitator.doc);
      return clients.every((c) => stateOf(c.doc).equals(state));
    };
    await until(converged, 'alle deltakerne og tilretteleggeren er like', 120_000);
    const done = performance.now();
    const final = stateOf(facilitator.doc);
    const fileHolds = async () => {
      const inFile = await boardInFile(app.path, app.workshopId);
      return inFile !== null && complete(inFile.doc) && stateOf(inFile.doc).equals(final);
    };
    const end = Date.now() + 30_000;
    while (!(await fileHolds())) {
      if (Date.now() > end) throw new Error('Ventet for lenge på: tavla i plan-fila');
      await pause(10);
    }
    const inFileAt = performance.now();
    const writesUntilInFile = fileWrites.writes();
    // Writes queued behind a slow one still follow: counted until the file has been quiet a while.
    const quietEnd = Date.now() + 30_000;
    while (performance.now() - fileWrites.lastAt() < QUIET_MS && Date.now() < quietEnd) {
      await pause(50);
    }
    const writes = fileWrites.stop();
    const sizeAfter = (await stat(app.path)).size;
    const sum = (key: keyof SocketStats) =>
      clients.reduce((total, client) => total + client.stats[key], 0);
    const refused =
      clients.reduce((total, client) => total + client.refusals.length, 0) +
      (facilitator.refusal === null ? 0 : 1);
    return [
      {
        name: `${PARTICIPANTS} deltakere kobler til med koden og synkroniserer`,
        unit: 'ms',
        value: round(joined - started),
      },
      { name: 'Fra første idé til alle er like', unit: 'ms', value: round(done - joined) },
      { name: 'Fra siste sendte endring til alle er like', unit: 'ms', value: round(done - sent) },
      {
        name: 'Fra første idé til plan-fila har samme tavle',
        unit: 'ms',
        value: round(inFileAt - joined),
      },
      {
        name: 'Fra alle er like til plan-fila har samme tavle',
        unit: 'ms',
        value: round(inFileAt - done),
      },
      { name: 'Meldinger sendt av deltakerne', unit: 'stk', value: sum('messagesSent') },
      { name: 'Byte sendt av deltakerne', unit: 'byte', value: sum('bytesSent') },
      { name: 'Meldinger mottatt av deltakerne', unit: 'stk', value: sum('messagesReceived') },
      { name: 'Byte mottatt av deltakerne', unit: 'byte', value: sum('bytesReceived') },
      {
        name: 'Meldinger sendt av tilretteleggerens vindu',
        unit: 'stk',
        value: windowStats.messagesSent,
      },
      { name: 'Byte sendt av tilretteleggerens vindu', unit: 'byte', value: windowStats.bytesSent },
      {
        name: 'Meldinger mottatt av tilretteleggerens vindu',
        unit: 'stk',
        value: windowStats.messagesReceived,
      },
      {
        name: 'Byte mottatt av tilretteleggerens vindu',
        unit: 'byte',
        value: windowStats.bytesReceived,
      },
      {
        name: 'Tavla til slutt (Yjs-oppdatering)',
        unit: 'byte',
        value: Y.encodeStateAsUpdate(facilitator.doc).length,
      },
      {
        name: 'Skrivinger av plan-fila til den har samme tavle',
        unit: 'stk',
        value: writesUntilInFile,
      },
      { name: 'Skrivinger av plan-fila i alt (til den er i ro)', unit: 'stk', value: writes },
      { name: 'Plan-fila før deling', unit: 'byte', value: app.sizeBefore },
      { name: 'Plan-fila med tavla til slutt', unit: 'byte', value: sizeAfter },
      { name: 'Avviste endringer (skal være 0)', unit: 'stk', value: refused },
    ];
  } finally {
    fileWrites.stop();
    facilitator.close();
    await Promise.all(clients.map((client) => client.close()));
    await app.stop();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
