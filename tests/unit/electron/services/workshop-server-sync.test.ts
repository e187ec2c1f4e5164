import { connect } from 'node:net';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  connectWorkshopClient,
  until,
  type WorkshopClient,
} from '../../../support/workshop-client';
import { ideasOf, useWorkshopServer } from '../../../support/workshop-server-setup';

const setup = useWorkshopServer();

const sameIdeas = (...docs: Y.Doc[]) => {
  const texts = docs.map((doc) =>
    JSON.stringify(ideasOf(doc).toJSON(), Object.keys(ideasOf(doc).toJSON()).sort()),
  );
  return texts.every((text) => text === texts[0]);
};

const handleCounts = () => {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) {
    if (['TCPServerWrap', 'TCPSocketWrap'].includes(kind)) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return counts;
};

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

async function join(port: number, token: string): Promise<WorkshopClient> {
  const client = setup.keep(await connectWorkshopClient({ port, token }));
  await client.synced;
  return client;
}

describe('the workshop server: the shared board', () => {
  it('brings several clients and the board to the same ideas, and passes each accepted update on', async () => {
    const persisted: Uint8Array[] = [];
    const { server, board } = await setup.start({ onUpdate: (update) => persisted.push(update) });
    ideasOf(board).set('f1', 'Fra tilrettelegger');
    const clients = await Promise.all([1, 2, 3].map(() => join(server.port, server.joinToken)));
    clients.forEach((client, i) => ideasOf(client.doc).set(`c${i}`, `Idé ${i}`));
    await until(
      () => ideasOf(board).size === 4 && clients.every((c) => sameIdeas(c.doc, board)),
      'alle har fire ideer',
    );
    expect(ideasOf(clients[0]!.doc).get('f1')).toBe('Fra tilrettelegger');
    // What the caller stored rebuilds the participants' part of the board.
    const stored = new Y.Doc();
    for (const update of persisted) Y.applyUpdate(stored, update);
    expect(ideasOf(stored).toJSON()).toEqual({ c0: 'Idé 0', c1: 'Idé 1', c2: 'Idé 2' });
  });

  it('broadcasts the facilitator’s own changes to everyone', async () => {
    const { server, board } = await setup.start();
    const clients = await Promise.all([1, 2].map(() => join(server.port, server.joinToken)));
    ideasOf(board).set('sammenslått', 'Flere boliger for unge');
    await until(
      () => clients.every((c) => ideasOf(c.doc).get('sammenslått') !== undefined),
      'sendt ut',
    );
  });

  it('takes an offline phone’s edits when it comes back, under the same participant id', async () => {
    const { server, board } = await setup.start();
    const phone = await connectWorkshopClient({ port: server.port, token: server.joinToken });
    await phone.synced;
    const participant = phone.participant();
    await phone.close();
    ideasOf(phone.doc).set('offline', 'Skrevet på bussen');
    ideasOf(board).set('imens', 'Skrevet på lerretet imens');
    const back = setup.keep(
      await connectWorkshopClient({
        port: server.port,
        token: server.joinToken,
        participant,
        doc: phone.doc,
      }),
    );
    await back.synced;
    await until(
      () => ideasOf(board).get('offline') === 'Skrevet på bussen',
      'offline-ideen kom fram',
    );
    expect(ideasOf(back.doc).get('imens')).toBe('Skrevet på lerretet imens');
    expect(back.participant().participantId).toBe(participant.participantId);
  });

  it('answers a refused update with the reason, and neither applies nor relays it', async () => {
    const persisted: Uint8Array[] = [];
    const { server, board } = await setup.start({ onUpdate: (update) => persisted.push(update) });
    const [writer, reader] = [
      await join(server.port, server.joinToken),
      await join(server.port, server.joinToken),
    ];
    ideasOf(writer!.doc).set('x', 'nei til alt');
    await until(() => writer!.refusals.length === 1, 'avvisning');
    expect(writer!.refusals).toEqual(['Ideen kan ikke si «nei».']);
    // A later, allowed idea from the other reader proves the refused one would have come first.
    ideasOf(reader!.doc).set('y', 'Ja til mer');
    await until(() => ideasOf(board).get('y') === 'Ja til mer', 'den tillatte ideen');
    expect(ideasOf(board).has('x')).toBe(false);
    expect(ideasOf(reader!.doc).has('x')).toBe(false);
    expect(persisted).toHaveLength(1);
  });

  it('refuses an update that builds on one the board never took (a client out of step)', async () => {
    const { server, board } = await setup.start();
    const writer = await join(server.port, server.joinToken);
    ideasOf(writer.doc).set('x', 'nei');
    await until(() => writer.refusals.length === 1, 'første avvisning');
    ideasOf(writer.doc).set('x', 'ja'); // same client, clock after the refused item
    await until(() => writer.refusals.length === 2, 'andre avvisning');
    expect(writer.refusals[1]).toBe(
      'Tavla mangler noe denne endringen bygger på. Last siden på nytt.',
    );
    expect(ideasOf(board).has('x')).toBe(false);
    expect(board.store.pendingStructs).toBeNull();
  });

  it('refuses an update written as another participant’s or the facilitator’s Yjs client', async () => {
    const { server, board } = await setup.start();
    const [victim, forger] = [
      await join(server.port, server.joinToken),
      await join(server.port, server.joinToken),
    ];
    ideasOf(victim!.doc).set('v1', 'Min første idé');
    await until(() => ideasOf(board).has('v1'), 'offerets idé');
    ideasOf(board).set('f1', 'Fra lerretet');
    await until(() => ideasOf(forger!.doc).has('f1'), 'lerretets idé hos falskneren');
    for (const clientID of [victim!.doc.clientID, board.clientID]) {
      // A copy of the board writing on as that client, at the clock the board expects next.
      const forged = new Y.Doc();
      Y.applyUpdate(forged, Y.encodeStateAsUpdate(board));
      forged.clientID = clientID; // after the copy: Yjs picks a new id when it sees its own
      const before = Y.encodeStateVector(forged);
      ideasOf(forged).set('v1', 'Overskrevet');
      forger!.sendRaw(updateMessage(Y.encodeStateAsUpdate(forged, before)));
    }
    await until(() => forger!.refusals.length === 2, 'to avvisninger');
    expect(forger!.refusals).toEqual([
      'Endringen er skrevet i en annen deltakers navn.',
      'Endringen er skrevet i en annen deltakers navn.',
    ]);
    ideasOf(victim!.doc).set('v2', 'Min andre idé');
    await until(() => ideasOf(board).has('v2'), 'offerets neste idé kom fram');
    expect(ideasOf(board).get('v1')).toBe('Min første idé');
  });

  it('refuses garbage as an update without touching the board', async () => {
    const { server, board } = await setup.start();
    const client = await join(server.port, server.joinToken);
    client.sendRaw(updateMessage(new Uint8Array([200, 1, 2, 3, 4, 5])));
    await until(() => client.refusals.length === 1, 'avvisning');
    expect(client.refusals).toEqual(['Endringen kunne ikke leses.']);
    expect(ideasOf(board).size).toBe(0);
  });

  it('closes only the socket that sends an oversize message', async () => {
    const { server, board } = await setup.start({ limits: { messageBytes: 1024 } });
    const [big, calm] = [
      await join(server.port, server.joinToken),
      await join(server.port, server.joinToken),
    ];
    ideasOf(big!.doc).set('lang', 'x'.repeat(2000));
    expect((await big!.closed).code).toBe(1009);
    ideasOf(calm!.doc).set('kort', 'Kort idé');
    await until(() => ideasOf(board).get('kort') === 'Kort idé', 'den rolige kom fram');
    expect(ideasOf(board).has('lang')).toBe(false);
  });

  it('closes a flooding socket with a reason, and only that one', async () => {
    const { server, board } = await setup.start({ limits: { messagesPerSecond: 5 } });
    const [flood, calm] = [
      await join(server.port, server.joinToken),
      await join(server.port, server.joinToken),
    ];
    for (let i = 0; i < 20; i++) ideasOf(flood!.doc).set(`f${i}`, `Idé ${i}`);
    expect(await flood!.closed).toEqual({
      code: 1008,
      reason: 'For mange meldinger på kort tid. Last siden på nytt.',
    });
    ideasOf(calm!.doc).set('rolig', 'Rolig idé');
    await until(() => ideasOf(board).get('rolig') === 'Rolig idé', 'den rolige kom fram');
    expect(calm!.ws.readyState).toBe(calm!.ws.OPEN);
  });

  it('lets a steady sender through at the limit when the clock moves', async () => {
    let now = 0;
    const { server, board } = await setup.start({
      limits: { messagesPerSecond: 2 },
      now: () => now,
    });
    const client = await join(server.port, server.joinToken);
    for (let i = 0; i < 6; i++) {
      now += 1000;
      ideasOf(client.doc).set(`i${i}`, `Idé ${i}`);
      await until(() => ideasOf(board).has(`i${i}`), `idé ${i}`);
    }
    expect(client.ws.readyState).toBe(client.ws.OPEN);
  });

  it('counts connected participants and shares their presence', async () => {
    const { server } = await setup.start();
    const [a, b] = [
      await join(server.port, server.joinToken),
      await join(server.port, server.joinToken),
    ];
    a!.awareness.setLocalStateField('name', 'Kari');
    await until(
      () => [...b!.awareness.getStates().values()].some((state) => state.name === 'Kari'),
      'navnet kom fram',
    );
    expect(server.connected()).toBe(2);
    await a!.close();
    await until(() => server.connected() === 1, 'én igjen');
    await until(
      () => ![...b!.awareness.getStates().values()].some((state) => state.name === 'Kari'),
      'Kari er borte',
    );
  });

  it('lets no one change another participant’s presence or invent many people', async () => {
    const { server } = await setup.start();
    const [kari, forger, observer] = [
      await join(server.port, server.joinToken),
      await join(server.port, server.joinToken),
      await join(server.port, server.joinToken),
    ];
    const nameOf = (id: number) => observer!.awareness.getStates().get(id)?.name as unknown;
    kari!.awareness.setLocalStateField('name', 'Kari');
    await until(() => nameOf(kari!.doc.clientID) === 'Kari', 'Kari vises');
    const presence = (clientID: number, name: string) => {
      const doc = new Y.Doc();
      doc.clientID = clientID;
      const fake = new awarenessProtocol.Awareness(doc);
      for (let i = 0; i < 5; i++) fake.setLocalStateField('name', name); // a clock past Kari's
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(
        encoder,
        awarenessProtocol.encodeAwarenessUpdate(fake, [clientID]),
      );
      fake.destroy();
      return encoding.toUint8Array(encoder);
    };
    forger!.awareness.setLocalStateField('name', 'Ekte');
    await until(() => nameOf(forger!.doc.clientID) === 'Ekte', 'falsknerens eget navn');
    forger!.sendRaw(presence(kari!.doc.clientID, 'Falsk'));
    for (let i = 1; i <= 5; i++) forger!.sendRaw(presence(1000 + i, `Oppdiktet ${i}`));
    // Its own next change comes after the forged ones, on the same connection.
    forger!.awareness.setLocalStateField('name', 'Ekte igjen');
    await until(() => nameOf(forger!.doc.clientID) === 'Ekte igjen', 'falsknerens neste navn');
    expect(nameOf(kari!.doc.clientID)).toBe('Kari');
    // Its own and three made-up ones fit in the limit of four; the fifth did not.
    expect([1001, 1002, 1003, 1004, 1005].map(nameOf)).toEqual([
      'Oppdiktet 1',
      'Oppdiktet 2',
      'Oppdiktet 3',
      undefined,
      undefined,
    ]);
  });

  it('lets phones keep their ids across a restart when given the earlier participants', async () => {
    const first = await setup.start();
    const phone = await connectWorkshopClient({
      port: first.server.port,
      token: first.server.joinToken,
    });
    await phone.synced;
    const participant = phone.participant();
    await first.server.stop();
    const second = await setup.start({ participants: first.server.participants() });
    second.server.lock();
    const back = setup.keep(
      await connectWorkshopClient({
        port: second.server.port,
        code: second.server.joinCode,
        participant,
      }),
    );
    await back.synced;
    expect(back.participant()).toEqual(participant);
  });

  it('stop() closes every socket, is idempotent and leaves no listening port or open handle', async () => {
    const handlesBefore = handleCounts();
    const { server } = await setup.start();
    const client = await connectWorkshopClient({ port: server.port, token: server.joinToken });
    await client.synced;
    await Promise.all([server.stop(), server.stop()]);
    expect((await client.closed).code).toBe(1001);
    const refused = await new Promise<string>((done) => {
      const socket = connect(server.port, '127.0.0.1');
      socket.on('connect', () => {
        socket.destroy();
        done('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    // No listening server and no socket is left (timers cannot be told apart this way).
    await until(() => {
      const now = handleCounts();
      return [...now].every(([kind, count]) => count <= (handlesBefore.get(kind) ?? 0));
    }, 'ingen åpne håndtak');
  });
});
