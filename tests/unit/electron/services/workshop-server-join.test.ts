import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BOARD_LIMITS } from '#shared/workshop-sync/board-sync';
import {
  connectWorkshopClient,
  refusal,
  turnedAway,
  until,
} from '../../../support/workshop-client';
import { useWorkshopServer } from '../../../support/workshop-server-setup';

const setup = useWorkshopServer();

function httpCall(
  port: number,
  path: string,
  options: { host?: string; method?: string; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: {
          Host: options.host ?? `127.0.0.1:${port}`,
          ...(options.body === undefined
            ? {}
            : { 'Content-Length': Buffer.byteLength(options.body) }),
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('the workshop server: joining', () => {
  it('lets a participant in with the token or with the code, typed loosely', async () => {
    const { server } = await setup.start();
    const byToken = setup.keep(
      await connectWorkshopClient({ port: server.port, token: server.joinToken }),
    );
    const typed = `${server.joinCode.slice(0, 3).toLowerCase()} ${server.joinCode.slice(3)}`;
    const byCode = setup.keep(await connectWorkshopClient({ port: server.port, code: typed }));
    await Promise.all([byToken.synced, byCode.synced]);
    await until(() => server.connected() === 2, 'to tilkoblet');
    expect(byToken.participant().participantId).not.toBe(byCode.participant().participantId);
    expect(server.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(server.joinUrl()).toBe(`http://192.168.1.20:${server.port}/#t=${server.joinToken}`);
  });

  it('refuses a socket without a token or code, or with wrong ones', async () => {
    const { server } = await setup.start();
    for (const attempt of [{}, { token: 'gjettet' }, { code: 'AAAAAA' }]) {
      const refused = await refusal(connectWorkshopClient({ port: server.port, ...attempt }));
      expect(refused.status).toBe(403);
      expect(refused.body).toBe('Feil kode. Sjekk koden på skjermen.');
    }
    expect(server.connected()).toBe(0);
  });

  it('turns an address away after too many wrong codes, even with the right one', async () => {
    const { server } = await setup.start({ limits: { joinFailuresPerMinute: 3 } });
    for (let i = 0; i < 3; i++) {
      expect(
        (await refusal(connectWorkshopClient({ port: server.port, code: 'AAAAAA' }))).status,
      ).toBe(403);
    }
    const blocked = await refusal(
      connectWorkshopClient({ port: server.port, code: server.joinCode }),
    );
    expect(blocked.status).toBe(429);
  });

  it('lets the same address in again a minute after its wrong guesses', async () => {
    let now = 1_000_000;
    const { server } = await setup.start({ limits: { joinFailuresPerMinute: 2 }, now: () => now });
    for (let i = 0; i < 2; i++)
      await refusal(connectWorkshopClient({ port: server.port, code: 'AAAAAA' }));
    expect(
      (await refusal(connectWorkshopClient({ port: server.port, code: server.joinCode }))).status,
    ).toBe(429);
    now += 60_001;
    setup.keep(await connectWorkshopClient({ port: server.port, code: server.joinCode }));
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, for sockets and pages', async () => {
    const { server } = await setup.start();
    const rebound = await refusal(
      connectWorkshopClient({
        port: server.port,
        token: server.joinToken,
        host: `evil.example:${server.port}`,
      }),
    );
    expect(rebound.status).toBe(421);
    const crossSite = await refusal(
      connectWorkshopClient({
        port: server.port,
        token: server.joinToken,
        origin: 'http://evil.example',
      }),
    );
    expect(crossSite.status).toBe(403);
    expect((await httpCall(server.port, '/', { host: `evil.example:${server.port}` })).status).toBe(
      421,
    );
    // The LAN address it announces is accepted, with its own port only.
    expect((await httpCall(server.port, '/', { host: `192.168.1.20:${server.port}` })).status).toBe(
      200,
    );
    expect((await httpCall(server.port, '/', { host: '192.168.1.20:80' })).status).toBe(421);
    setup.keep(
      await connectWorkshopClient({
        port: server.port,
        token: server.joinToken,
        origin: `http://192.168.1.20:${server.port}`,
      }),
    );
  });

  it('serves only the listed files, only by GET, and nothing with a body', async () => {
    const { server } = await setup.start();
    const page = await httpCall(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toBe('<!doctype html><title>Verksted</title>');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await httpCall(server.port, '/deltaker.js')).status).toBe(200);
    for (const path of [
      '/api/openPlan',
      '/../package.json',
      '/deltaker.js/..',
      '/%2e%2e/x',
      '/verksted',
    ]) {
      expect((await httpCall(server.port, path)).status, path).toBe(404);
    }
    expect((await httpCall(server.port, '/', { method: 'POST' })).status).toBe(404);
    expect((await httpCall(server.port, '/', { method: 'DELETE' })).status).toBe(404);
    expect((await httpCall(server.port, '/', { method: 'GET', body: 'x'.repeat(10) })).status).toBe(
      413,
    );
    expect((await httpCall(server.port, `/?${'a'.repeat(3000)}`)).status).toBe(414);
  });

  it('refuses a socket on any path but its own', async () => {
    const { server } = await setup.start();
    const refused = await refusal(
      connectWorkshopClient({ port: server.port, token: server.joinToken, path: '/ws' }),
    );
    expect(refused.status).toBe(404);
  });

  it('when locked, refuses new participants but lets a known one reconnect', async () => {
    const { server } = await setup.start();
    const first = await connectWorkshopClient({ port: server.port, token: server.joinToken });
    await first.synced;
    const participant = first.participant();
    await first.close();
    server.lock();
    // Opened and closed at once, so the page can tell the person why.
    expect(await turnedAway({ port: server.port, token: server.joinToken })).toEqual({
      code: 4004,
      reason: 'Verkstedet er låst for nye deltakere.',
    });
    const back = setup.keep(
      await connectWorkshopClient({ port: server.port, token: server.joinToken, participant }),
    );
    await back.synced;
    expect(back.participant()).toEqual(participant);
    server.unlock();
    setup.keep(await connectWorkshopClient({ port: server.port, token: server.joinToken }));
  });

  it('refuses a known participant id with the wrong secret', async () => {
    const { server } = await setup.start();
    const first = setup.keep(
      await connectWorkshopClient({ port: server.port, token: server.joinToken }),
    );
    await first.synced;
    const impostor = await refusal(
      connectWorkshopClient({
        port: server.port,
        token: server.joinToken,
        participant: { participantId: first.participant().participantId, secret: 'feil' },
      }),
    );
    expect(impostor.status).toBe(403);
  });

  it('closes a removed participant and refuses them afterwards', async () => {
    const { server } = await setup.start();
    const client = await connectWorkshopClient({ port: server.port, token: server.joinToken });
    await client.synced;
    const participant = client.participant();
    server.removeParticipant(participant.participantId);
    expect(await client.closed).toEqual({
      code: 4003,
      reason: 'Du er fjernet fra dette verkstedet.',
    });
    expect(await turnedAway({ port: server.port, token: server.joinToken, participant })).toEqual({
      code: 4003,
      reason: 'Du er fjernet fra dette verkstedet.',
    });
    expect(server.participants().map((p) => p.participantId)).not.toContain(
      participant.participantId,
    );
  });

  it('refuses connections over the limit, and takes one again when a place is free', async () => {
    const { server } = await setup.start({ limits: { connections: 2 } });
    const clients = [];
    for (let i = 0; i < 2; i++) {
      clients.push(await connectWorkshopClient({ port: server.port, token: server.joinToken }));
    }
    const full = await refusal(
      connectWorkshopClient({ port: server.port, token: server.joinToken }),
    );
    expect(full.status).toBe(503);
    await clients[0]!.close();
    await until(() => server.connected() === 1, 'én koblet fra');
    setup.keep(clients[1]!);
    setup.keep(await connectWorkshopClient({ port: server.port, token: server.joinToken }));
  });

  it('drops plain TCP connections beyond twice the participant limit', async () => {
    const { server } = await setup.start({ limits: { connections: 2 } });
    const open = (): Promise<{ socket: Socket; dropped: Promise<void> }> =>
      new Promise((done, fail) => {
        const socket = connect(server.port, '127.0.0.1');
        const dropped = new Promise<void>((gone) => socket.on('close', () => gone()));
        socket.on('connect', () => done({ socket, dropped }));
        socket.on('error', fail);
      });
    const idle = [];
    for (let i = 0; i < 4; i++) idle.push(await open());
    const extra = await open();
    await extra.dropped;
    expect(idle.every(({ socket }) => !socket.destroyed)).toBe(true);
    for (const { socket } of idle) socket.destroy();
  });

  it('uses the board contract’s limits by default', async () => {
    const { server } = await setup.start();
    const clients = [];
    for (let i = 0; i < BOARD_LIMITS.connections; i++) {
      clients.push(
        setup.keep(await connectWorkshopClient({ port: server.port, token: server.joinToken })),
      );
    }
    const full = await refusal(
      connectWorkshopClient({ port: server.port, token: server.joinToken }),
    );
    expect(full.status).toBe(503);
  });
});
