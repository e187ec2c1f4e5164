import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addIdea, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { createBoard } from '#shared/workshop-sync/board-doc';
import { removeParticipant } from '#shared/workshop-sync/board-facilitator';
import { ownVotes, readBoard } from '#shared/workshop-sync/board-read';
import { checkBoardUpdate } from '#shared/workshop-sync/board-rules';

// 30 participants, each with their own Y.Doc, and the facilitator's doc as the hub the server
// relays through (checking every update first). Each client's messages reach the hub in the order
// sent (one connection), but the hub's relays reach the clients in random order, some twice; some
// clients are offline and catch up by exchanging state vectors. A seeded random source keeps every
// run the same.

const PARTICIPANTS = 30;
const IDEAS = 10;
const VOTES = 5;
const areas = [
  { id: 'area1', name: 'Egnede boliger' },
  { id: 'area2', name: 'Booppfølging' },
];

function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Room {
  readonly hub = createBoard({ votesPerPerson: VOTES, focusAreas: areas });
  readonly clients: Y.Doc[] = [];
  readonly online: boolean[] = [];
  /** Per client, what it sent and the hub has not read yet (in order). */
  readonly toHub: Uint8Array[][] = [];
  /** Relays on their way to clients, delivered in random order. */
  readonly toClients: { to: number; update: Uint8Array }[] = [];
  readonly refused: { from: number; reason: string }[] = [];
  messages = 0;

  constructor(private readonly random: () => number) {
    // The facilitator's own changes go to everyone online.
    this.hub.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'client') return;
      this.relay(update, -1);
    });
    for (let i = 0; i < PARTICIPANTS; i++) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.hub), 'remote');
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'remote' && this.online[i]) this.toHub[i]!.push(update);
      });
      this.clients.push(doc);
      this.online.push(true);
      this.toHub.push([]);
    }
  }

  /** The server: check, apply, relay to every other client online. */
  receive(from: number, update: Uint8Array): void {
    this.messages++;
    const reason = checkBoardUpdate(this.hub, update, {
      kind: 'participant',
      participantId: id(from),
    });
    if (reason !== null) {
      this.refused.push({ from, reason });
      return;
    }
    Y.applyUpdate(this.hub, update, 'client');
    this.relay(update, from);
  }

  relay(update: Uint8Array, from: number): void {
    this.clients.forEach((_, to) => {
      if (to === from || !this.online[to]) return;
      this.toClients.push({ to, update });
      if (this.random() < 0.2) this.toClients.push({ to, update }); // delivered twice
    });
  }

  /** Delivers one waiting message, to the hub or to a client, chosen at random. */
  deliverOne(): boolean {
    const senders = this.toHub.flatMap((queue, i) => (queue.length > 0 ? [i] : []));
    const total = senders.length + this.toClients.length;
    if (total === 0) return false;
    const pick = Math.floor(this.random() * total);
    if (pick < senders.length) {
      const from = senders[pick]!;
      this.receive(from, this.toHub[from]!.shift()!);
    } else {
      const [{ to, update }] = this.toClients.splice(pick - senders.length, 1) as [
        { to: number; update: Uint8Array },
      ];
      this.messages++;
      Y.applyUpdate(this.clients[to]!, update, 'remote');
    }
    return true;
  }

  goOffline(i: number): void {
    this.online[i] = false;
    this.toClients.splice(0, this.toClients.length, ...this.toClients.filter((m) => m.to !== i));
  }

  /** Back online: what the hub lacks goes up (checked), what the client lacks comes down. */
  reconnect(i: number): void {
    const client = this.clients[i]!;
    this.online[i] = true;
    this.receive(i, Y.encodeStateAsUpdate(client, Y.encodeStateVector(this.hub)));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(this.hub, Y.encodeStateVector(client)), 'remote');
  }
}

const id = (i: number) => `p${String(i).padStart(2, '0')}`;

/** Each participant's steps: join, ten ideas, then their votes (on cards they can see). */
function steps(room: Room, i: number, random: () => number): (() => void)[] {
  const doc = room.clients[i]!;
  const ideas = Array.from({ length: IDEAS }, (_, n) => () => {
    addIdea(doc, id(i), `Idé ${n + 1} fra deltaker ${i}`, n % 3 === 2 ? null : areas[n % 2]!.id);
  });
  const votes = Array.from({ length: VOTES }, () => () => {
    const cards = readBoard(doc).cards;
    const card = cards[Math.floor(random() * cards.length)]!;
    vote(doc, id(i), card.id, 1);
  });
  return [() => joinBoard(doc, id(i), `Deltaker ${i}`), ...ideas, ...votes];
}

describe('30 participants on one board', () => {
  it.each([1, 2, 3])(
    'converge to the facilitator’s board (seed %i)',
    (seed) => {
      const random = seeded(seed);
      const room = new Room(random);
      const offline = [3, 7, 11, 19];
      const removed = 25;
      offline.forEach((i) => room.goOffline(i));
      const todo = room.clients.map((_, i) => steps(room, i, random));
      // The one to be removed has joined and the hub knows it (no one can remove a stranger).
      todo[removed]!.shift()!();
      room.toHub[removed]!.splice(0).forEach((update) => room.receive(removed, update));
      let done = 0;
      while (todo.some((list) => list.length > 0)) {
        const busy = todo.flatMap((list, i) => (list.length > 0 ? [i] : []));
        todo[busy[Math.floor(random() * busy.length)]!]!.shift()!();
        done++;
        if (done === 200) {
          // Halfway: one participant loses the network and is removed meanwhile.
          room.goOffline(removed);
          removeParticipant(room.hub, id(removed));
        }
        while (random() < 0.6 && room.deliverOne());
      }
      offline.forEach((i) => room.reconnect(i));
      room.reconnect(removed);
      while (room.deliverOne());

      const facilitator = readBoard(room.hub);
      for (const client of room.clients) expect(readBoard(client)).toEqual(facilitator);

      expect(facilitator.participants).toHaveLength(PARTICIPANTS - 1);
      expect(facilitator.cards).toHaveLength((PARTICIPANTS - 1) * IDEAS);
      expect(facilitator.cards.some((c) => c.authorId === id(removed))).toBe(false);
      // Every vote given is counted once, and nobody gave more than their votes.
      const given = room.clients
        .map((client, i) => (i === removed ? 0 : ownVotes(client, id(i)).used))
        .reduce((a, b) => a + b, 0);
      expect(facilitator.counts.votesCast).toBe(given);
      for (let i = 0; i < PARTICIPANTS; i++) {
        if (i !== removed) expect(ownVotes(room.hub, id(i)).used).toBeLessThanOrEqual(VOTES);
      }
      // Only the removed participant was ever refused (at the latest when they came back).
      expect(new Set(room.refused.map((r) => r.from))).toEqual(new Set([removed]));
      // Each seed takes a few seconds: every update is checked against a copy of the whole board.
    },
    60_000,
  );

  it('a participant removed while offline: their cards are gone everywhere, their own phone too', () => {
    const random = seeded(7);
    const room = new Room(random);
    const [kari, ola] = [room.clients[0]!, room.clients[1]!];
    joinBoard(kari, id(0), 'Kari');
    joinBoard(ola, id(1), 'Ola');
    addIdea(ola, id(1), 'Før jeg mistet nettet', 'area1');
    while (room.deliverOne());
    expect(readBoard(kari).cards).toHaveLength(1);

    room.goOffline(1);
    addIdea(ola, id(1), 'Skrevet uten nett', 'area1');
    removeParticipant(room.hub, id(1));
    while (room.deliverOne());
    room.reconnect(1);
    while (room.deliverOne());

    expect(room.refused).toEqual([{ from: 1, reason: 'Du er tatt ut av verkstedet.' }]);
    for (const doc of [room.hub, kari, ola]) {
      expect(readBoard(doc).cards).toEqual([]);
      expect(readBoard(doc).participants.map((p) => p.id)).toEqual([id(0)]);
    }
  });
});
