import { createServer } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { admit, type AdmissionRules } from '../../../../electron/services/workshop-admission';
import { Refusal } from '../../../../electron/services/workshop-http';
import { createJoinFailureCounter } from '../../../../electron/services/workshop-limits';
import { createParticipantRegistry } from '../../../../electron/services/workshop-participants';
import { connectWorkshopClient, refusal, until } from '../../../support/workshop-client';
import { ideasOf, useWorkshopServer } from '../../../support/workshop-server-setup';

const setup = useWorkshopServer();
const FACILITATOR_TOKEN = 'tilrettelegger-token-for-testen';
const APP_ORIGIN = 'app://planverksted';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

describe('the workshop server: the facilitator’s window', () => {
  it('lets the facilitator in with its token and origin, and its updates through unchecked', async () => {
    const taken: Uint8Array[] = [];
    const { server, board } = await setup.start({
      facilitatorToken: FACILITATOR_TOKEN,
      facilitatorOrigins: [APP_ORIGIN],
      onUpdate: (update) => taken.push(update),
    });
    expect(server.facilitatorUrl()).toBe(
      `ws://127.0.0.1:${server.port}/verksted?facilitator=${FACILITATOR_TOKEN}`,
    );
    const phone = setup.keep(
      await connectWorkshopClient({ port: server.port, token: server.joinToken }),
    );
    const window = setup.keep(
      await connectWorkshopClient({
        port: server.port,
        facilitator: FACILITATOR_TOKEN,
        origin: APP_ORIGIN,
      }),
    );
    await Promise.all([phone.synced, window.synced]);
    // refuseNei refuses «nei» from a participant; the facilitator may write it.
    ideasOf(window.doc).set('f1', 'nei til dette');
    await until(() => ideasOf(phone.doc).get('f1') === 'nei til dette', 'relayed to the phone');
    expect(ideasOf(board).get('f1')).toBe('nei til dette');
    expect(window.refusals).toEqual([]);
    expect(taken.length).toBeGreaterThan(0);
    // No welcome, no identity: the window is not a participant.
    expect(() => window.participant()).toThrow();
    expect(server.participants().map((p) => p.participantId)).toEqual([
      phone.participant().participantId,
    ]);
    expect(server.connected()).toBe(1);
  });

  it('refuses a wrong facilitator token, a foreign origin, and a server without a token', async () => {
    const { server } = await setup.start({
      facilitatorToken: FACILITATOR_TOKEN,
      facilitatorOrigins: [APP_ORIGIN],
    });
    const wrong = await refusal(
      connectWorkshopClient({ port: server.port, facilitator: 'gjettet' }),
    );
    expect(wrong.status).toBe(403);
    const foreign = await refusal(
      connectWorkshopClient({
        port: server.port,
        facilitator: FACILITATOR_TOKEN,
        origin: 'https://angriper.example',
      }),
    );
    expect(foreign.status).toBe(403);
    // The page's own origin is a participant's, not the facilitator's.
    const pageOrigin = await refusal(
      connectWorkshopClient({
        port: server.port,
        facilitator: FACILITATOR_TOKEN,
        origin: `http://127.0.0.1:${server.port}`,
      }),
    );
    expect(pageOrigin.status).toBe(403);
    const plain = await setup.start();
    expect(plain.server.facilitatorUrl()).toBeNull();
    const none = await refusal(connectWorkshopClient({ port: plain.server.port, facilitator: '' }));
    expect(none.status).toBe(403);
  });

  it('lets the facilitator in only from this machine', () => {
    const rules: AdmissionRules = {
      hosts: () => new Set(['192.168.1.20:5000']),
      joinToken: 'deltaker',
      joinCode: 'ABCDEF',
      facilitatorToken: FACILITATOR_TOKEN,
      facilitatorOrigins: [APP_ORIGIN],
      registry: createParticipantRegistry(),
      joinFailures: createJoinFailureCounter(10, Date.now),
      locked: () => false,
      full: () => false,
    };
    const request = (remoteAddress: string) =>
      ({
        url: `/verksted?facilitator=${FACILITATOR_TOKEN}`,
        headers: { host: '192.168.1.20:5000', origin: APP_ORIGIN },
        socket: { remoteAddress },
      }) as unknown as IncomingMessage;
    for (const loopback of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      expect(admit(rules, request(loopback))).toEqual({ kind: 'facilitator' });
    }
    for (const other of ['192.168.1.30', '::ffff:192.168.1.30', '10.0.0.2']) {
      expect(() => admit(rules, request(other))).toThrow(Refusal);
    }
  });

  it('tells the facilitator who is connected, on connecting and on every change', async () => {
    const { server } = await setup.start({ facilitatorToken: FACILITATOR_TOKEN });
    const first = setup.keep(
      await connectWorkshopClient({ port: server.port, token: server.joinToken }),
    );
    await first.synced;
    const window = setup.keep(
      await connectWorkshopClient({ port: server.port, facilitator: FACILITATOR_TOKEN }),
    );
    await until(() => window.presence.length === 1, 'presence on connecting');
    const firstId = first.participant().participantId;
    expect(window.presence[0]).toEqual([firstId]);
    const second = await connectWorkshopClient({ port: server.port, code: server.joinCode });
    await second.synced;
    await until(() => window.presence.length === 2, 'presence after a join');
    expect(window.presence[1]).toEqual([firstId, second.participant().participantId]);
    await second.close();
    await until(() => window.presence.length === 3, 'presence after leaving');
    expect(window.presence[2]).toEqual([firstId]);
    // Participants never get presence messages.
    expect(first.presence).toEqual([]);
  });

  it('takes the port, token and code of an earlier run, or another port when it is taken', async () => {
    const port = await freePort();
    const first = await setup.start({ port, joinToken: 'samme-token', joinCode: 'K7WQ3M' });
    expect(first.server.port).toBe(port);
    expect(first.server.joinUrl('192.168.1.20')).toBe(`http://192.168.1.20:${port}/#t=samme-token`);
    const phone = setup.keep(await connectWorkshopClient({ port, code: 'k7w q3m' }));
    await phone.synced;
    // The port is taken by the first server: the second falls back to one the system chooses.
    const second = await setup.start({ port });
    expect(second.server.port).not.toBe(port);
    expect(second.server.port).toBeGreaterThan(0);
  });
});
