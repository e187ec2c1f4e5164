import { describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { addIdea, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { createBoard } from '#shared/workshop-sync/board-doc';
import { readBoard } from '#shared/workshop-sync/board-read';
import { checkBoardUpdate } from '#shared/workshop-sync/board-rules';
import {
  memoryIdentity,
  memoryOfflineStore,
  socketClassFor,
  useBoardLinks,
} from '../../../support/board-connection-setup';
import { until } from '../../../support/workshop-client';
import { useWorkshopServer } from '../../../support/workshop-server-setup';

// connectBoard against the real workshop server and the board's real rules, as the phone uses it.

const servers = useWorkshopServer();
const links = useBoardLinks();

const socketUrl = (port: number, token: string) => `ws://127.0.0.1:${port}/verksted?token=${token}`;
const texts = (doc: Y.Doc) => readBoard(doc).cards.map((card) => card.text);

async function startBoard() {
  const board = createBoard({ focusAreas: [{ id: 'omr1', name: 'Egnede boliger' }] });
  return servers.start({ board, check: checkBoardUpdate });
}

describe('connectBoard', () => {
  it('joins, keeps the welcome, and two phones see each other’s ideas and votes', async () => {
    const { server, board } = await startBoard();
    const kari = memoryIdentity();
    const a = links.connect({
      url: socketUrl(server.port, server.joinToken),
      identity: kari.store,
    });
    const b = links.connect({ url: socketUrl(server.port, server.joinToken) });
    expect(a.status).toBe('connecting');
    await until(() => a.synced && b.synced, 'begge har tavla');
    expect(a.status).toBe('online');
    expect(a.participantId).toMatch(/\S/);
    expect(kari.device.kept?.participantId).toBe(a.participantId);
    expect(b.participantId).not.toBe(a.participantId);

    joinBoard(a.doc, a.participantId!, 'Kari');
    joinBoard(b.doc, b.participantId!, 'Ola');
    const idea = addIdea(a.doc, a.participantId!, 'Boligtorg i bydelen', 'omr1')!;
    addIdea(b.doc, b.participantId!, 'Startlån til unge', null);
    await until(() => texts(a.doc).length === 2 && texts(b.doc).length === 2, 'begge ser to');
    vote(b.doc, b.participantId!, idea, 1);
    await until(
      () => readBoard(a.doc).cards.find((card) => card.id === idea)?.votes === 1,
      'Kari ser stemmen',
    );
    expect(texts(board).sort()).toEqual(['Boligtorg i bydelen', 'Startlån til unge']);
    expect(a.refusal).toBeNull();
    expect(b.refusal).toBeNull();
  });

  it('keeps ideas written offline and sends them on reconnect, with the same participant id', async () => {
    const { server, board } = await startBoard();
    const proxy = await links.proxy(server.port);
    const phone = memoryIdentity();
    let online = (_: boolean) => {};
    const link = links.connect({
      url: socketUrl(proxy.port, server.joinToken),
      WebSocketImpl: socketClassFor(server.port),
      identity: phone.store,
      network: (change) => {
        online = change;
        return () => {};
      },
    });
    await until(() => link.synced, 'koblet til');
    const id = link.participantId!;
    joinBoard(link.doc, id, 'Kari');
    addIdea(link.doc, id, 'Før bruddet', null);
    await until(() => texts(board).length === 1, 'første idé på tavla');

    proxy.cut();
    await until(() => link.status === 'offline', 'frakoblet');
    addIdea(link.doc, id, 'Skrevet uten nett', null);
    addIdea(link.doc, id, 'Enda en uten nett', 'omr1');
    expect(link.unsentIdeas).toBe(2);
    expect(texts(link.doc)).toHaveLength(3);
    expect(texts(board)).toEqual(['Før bruddet']);

    proxy.mend();
    online(true);
    await until(() => texts(board).length === 3, 'ideene nådde tavla');
    expect(link.status).toBe('online');
    expect(link.unsentIdeas).toBe(0);
    expect(link.participantId).toBe(id);
    // Welcomed once: the reconnect used the kept id and secret, and no new participant was made.
    expect(phone.device.saves).toBe(1);
    expect(server.participants().map((p) => p.participantId)).toEqual([id]);
    expect(readBoard(board).participants.map((p) => p.name)).toEqual(['Kari']);
  });

  it('reconnects by itself when the line comes back, without a network hook', async () => {
    const { server, board } = await startBoard();
    const proxy = await links.proxy(server.port);
    const link = links.connect({
      url: socketUrl(proxy.port, server.joinToken),
      WebSocketImpl: socketClassFor(server.port),
    });
    await until(() => link.synced, 'koblet til');
    joinBoard(link.doc, link.participantId!);
    proxy.cut();
    await until(() => link.status === 'offline', 'frakoblet');
    addIdea(link.doc, link.participantId!, 'Kom fram likevel', null);
    // Let a few retries fail against the cut line before it is mended.
    await new Promise((done) => setTimeout(done, 150));
    expect(link.status).toBe('offline');
    proxy.mend();
    await until(() => texts(board).includes('Kom fram likevel'), 'ideen nådde tavla');
  });

  it('keeps unsent ideas through a reload (a new link on the same device copy)', async () => {
    const { server, board } = await startBoard();
    const proxy = await links.proxy(server.port);
    const phone = memoryIdentity();
    const copy = memoryOfflineStore();
    const open = () =>
      links.connect({
        url: socketUrl(proxy.port, server.joinToken),
        WebSocketImpl: socketClassFor(server.port),
        identity: phone.store,
        offlineStore: copy.open,
      });
    const first = open();
    await until(() => first.synced, 'koblet til');
    joinBoard(first.doc, first.participantId!, 'Kari');
    proxy.cut();
    await until(() => first.status === 'offline', 'frakoblet');
    addIdea(first.doc, first.participantId!, 'Skrevet før siden ble lastet på nytt', null);
    first.close();
    expect(first.status).toBe('closed');

    proxy.mend();
    const second = open();
    // What the device copy brings back is not counted as written now.
    expect(second.unsentIdeas).toBe(0);
    await until(() => texts(board).length === 1, 'ideen nådde tavla etter omlasting');
    expect(second.participantId).toBe(first.participantId);
    expect(texts(second.doc)).toEqual(['Skrevet før siden ble lastet på nytt']);
  });

  it('after a refusal starts from the server’s board and re-adds the good ideas once', async () => {
    const { server, board } = await startBoard();
    const proxy = await links.proxy(server.port);
    const copy = memoryOfflineStore();
    const link = links.connect({
      url: socketUrl(proxy.port, server.joinToken),
      WebSocketImpl: socketClassFor(server.port),
      offlineStore: copy.open,
    });
    const docs = new Set<Y.Doc>();
    link.subscribe(() => docs.add(link.doc));
    await until(() => link.synced, 'koblet til');
    const id = link.participantId!;
    joinBoard(link.doc, id, 'Kari');
    addIdea(link.doc, id, 'Allerede på tavla', null);
    await until(() => texts(board).length === 1, 'første idé på tavla');

    proxy.cut();
    await until(() => link.status === 'offline', 'frakoblet');
    addIdea(link.doc, id, 'God idé skrevet uten nett', null);
    const long = addIdea(link.doc, id, 'Kort først', 'omr1')!;
    // A broken page writes 281 characters straight into the document, past addIdea's check.
    link.doc.transact(() =>
      link.doc.getMap<Y.Map<unknown>>('cards').get(long)!.set('text', 'x'.repeat(281)),
    );
    addIdea(link.doc, id, 'Også god', 'omr1');
    const before = link.doc;

    proxy.mend();
    // The step on reconnect carries all three at once: the server refuses the whole update.
    await until(() => link.refusal !== null, 'avvist');
    expect(link.refusal).toMatch(/for lang/);
    await until(() => texts(board).length === 3, 'de gode ideene lagt til på nytt');
    expect(link.doc).not.toBe(before);
    expect(texts(board).sort()).toEqual([
      'Allerede på tavla',
      'God idé skrevet uten nett',
      'Også god',
    ]);
    await until(() => texts(link.doc).length === 3, 'den nye kopien har tavla');
    expect(readBoard(link.doc)).toEqual(readBoard(board));
    expect(copy.counts.cleared).toBe(1);
    // The refusal stays until the participant does something; nothing loops meanwhile.
    await new Promise((done) => setTimeout(done, 200));
    expect(docs.size).toBe(2);
    expect(link.refusal).toMatch(/for lang/);
    addIdea(link.doc, id, 'Neste idé', null);
    expect(link.refusal).toBeNull();
    await until(() => texts(board).length === 4, 'neste idé på tavla');
  });

  it('a refusal of a locked workshop does not loop: the fresh copy waits as the server has it', async () => {
    const board = createBoard({ joiningLocked: true });
    const { server } = await servers.start({ board, check: checkBoardUpdate });
    const link = links.connect({ url: socketUrl(server.port, server.joinToken) });
    const docs = new Set<Y.Doc>();
    link.subscribe(() => docs.add(link.doc));
    await until(() => link.synced, 'koblet til');
    // A page that ignores the lock (joinBoard would) writes the entry itself.
    link.doc
      .getMap('participants')
      .set(
        link.participantId!,
        new Y.Map(Object.entries({ name: 'Ola', joinedAt: 'x', removed: false })),
      );
    await until(() => link.refusal !== null, 'avvist');
    expect(link.refusal).toMatch(/stengt/);
    await until(() => link.synced, 'ny kopi har tavla');
    await new Promise((done) => setTimeout(done, 200));
    expect(docs.size).toBe(2);
    expect(readBoard(link.doc).participants).toEqual([]);
    expect(readBoard(board).participants).toEqual([]);
  });

  it('closes without retrying when the participant is removed or the workshop ends', async () => {
    const { server } = await startBoard();
    let sockets = 0;
    const Counting = class extends WebSocket {
      constructor(url: string) {
        super(url);
        sockets += 1;
      }
    };
    const removed = links.connect({
      url: socketUrl(server.port, server.joinToken),
      WebSocketImpl: Counting,
    });
    const staying = links.connect({ url: socketUrl(server.port, server.joinToken) });
    await until(() => removed.synced && staying.synced, 'koblet til');
    server.removeParticipant(removed.participantId!);
    await until(() => removed.status === 'closed', 'lukket');
    expect(removed.closedReason).toBe('Du er fjernet fra verkstedet.');
    await new Promise((done) => setTimeout(done, 200));
    expect(sockets).toBe(1);

    await server.stop();
    await until(() => staying.status === 'closed', 'verkstedet avsluttet');
    expect(staying.closedReason).toBe('Verkstedet er avsluttet.');
  });

  it('gives up on a wrong code when asked to, instead of knocking again', async () => {
    const { server } = await startBoard();
    const link = links.connect({
      url: `ws://127.0.0.1:${server.port}/verksted?code=AAAAAA`,
      stopIfFirstAttemptFails: true,
    });
    await until(() => link.status === 'closed', 'lukket');
    expect(link.closedReason).toMatch(/Sjekk koden/);
    expect(link.participantId).toBeNull();
  });

  it('reads the facilitator’s presence message and ignores unknown ones', async () => {
    // The host's facilitator role is not on the server yet: a bare socket server speaks it here.
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((done) => wss.once('listening', done));
    const port = (wss.address() as { port: number }).port;
    const urls: string[] = [];
    wss.on('connection', (ws, req) => {
      urls.push(req.url ?? '');
      ws.send(JSON.stringify({ type: 'future-thing', x: 1 }));
      ws.send(JSON.stringify({ type: 'presence', participantIds: ['p1', 'p2', 3] }));
    });
    const identity = memoryIdentity({ participantId: 'p9', secret: 's' });
    const link = links.connect({
      url: `ws://127.0.0.1:${port}/verksted?facilitator=abc`,
      identity: identity.store,
    });
    await until(() => link.presence.length === 2, 'tilstede');
    expect(link.presence).toEqual(['p1', 'p2']);
    expect(link.participantId).toBeNull();
    expect(urls).toEqual(['/verksted?facilitator=abc']);
    link.close();
    await new Promise<void>((done) => wss.close(() => done()));
  });
  it('takes a socket that hears nothing for too long as dead, and connects again', async () => {
    // A phone that walked out of the Wi-Fi keeps a half-open socket that never closes by itself.
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((done) => wss.once('listening', done));
    const port = (wss.address() as { port: number }).port;
    let connections = 0;
    wss.on('connection', () => (connections += 1));
    const link = links.connect({ url: `ws://127.0.0.1:${port}/verksted?token=t`, silenceMs: 150 });
    await until(() => connections >= 2, 'koblet til på nytt');
    expect(link.status).not.toBe('closed');
    link.close();
    await new Promise<void>((done) => wss.close(() => done()));
  });
});
