import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIdea, joinBoard } from '#shared/workshop-sync/board-actions';
import { readBoard } from '#shared/workshop-sync/board-read';
import type { WorkshopSharing } from '#shared/ipc/contract';
import { opened } from '../support/plan-service-setup';
import { buildSaveChild, startSaveChild } from '../support/save-child';
import { connectWorkshopClient, until } from '../support/workshop-client';
import { testWorkshop, useHostSetup } from '../support/workshop-host-setup';

// The facilitator's app is killed (kill -9) in the middle of a workshop: every idea its board
// had accepted a second before is in the plan file, and a new start continues the same workshop.

const setup = useHostSetup();
let scriptDir: string;
let script: string;

beforeAll(async () => {
  scriptDir = await mkdtemp(join(tmpdir(), 'planverksted-host-child-'));
  script = await buildSaveChild(scriptDir, 'workshop-host-child.ts');
}, 60_000);

afterAll(() => rm(scriptDir, { recursive: true, force: true }));

const portOf = (sharing: WorkshopSharing) => Number(new URL(sharing.address).port);

describe('the workshop host killed mid-workshop', () => {
  it('loses no idea accepted more than a second before; a new host continues with them', async () => {
    const { plan, participantDir, root, service } = await setup();
    const child = startSaveChild(script, [plan.path, participantDir, join(root, 'barn')]);
    const reply = JSON.parse(await child.nextLine()) as {
      ok: boolean;
      sharing: WorkshopSharing;
    };
    expect(reply.ok).toBe(true);
    const { sharing } = reply;
    const kari = await connectWorkshopClient({ port: portOf(sharing), code: sharing.joinCode });
    const watcher = await connectWorkshopClient({
      port: portOf(sharing),
      token: sharing.joinUrl.split('#t=')[1]!,
    });
    await Promise.all([kari.synced, watcher.synced]);
    const id = kari.participant().participantId;
    joinBoard(kari.doc, id, 'Kari');
    const ideas: string[] = [];
    for (let n = 1; n <= 8; n++) {
      ideas.push(addIdea(kari.doc, id, `Idé nummer ${n}`, null)!);
      // Paced as a person types, under the server's message limit.
      await new Promise((done) => setTimeout(done, 60));
    }
    // Relayed to another phone: the board has accepted them all.
    await until(
      () => ideas.every((card) => readBoard(watcher.doc).cards.some((c) => c.id === card)),
      'every idea relayed',
    );
    await new Promise((done) => setTimeout(done, 1100));
    const closed = new Promise((done) => child.process.once('close', done));
    child.process.kill('SIGKILL');
    await closed;
    await Promise.all([kari.closed, watcher.closed]);

    // The app starts again on the same file.
    const again = service();
    opened(await again.openRecentPlan({ path: plan.path }));
    const continued = await again.startWorkshopSharing({
      path: plan.path,
      workshop: testWorkshop,
      focusAreas: [],
    });
    if (!continued.ok) throw new Error(continued.message);
    expect(continued.sharing.joinCode).toBe(sharing.joinCode);
    expect(continued.sharing.address).toBe(sharing.address);
    const back = await connectWorkshopClient({
      port: portOf(continued.sharing),
      code: continued.sharing.joinCode,
      participant: kari.participant(),
    });
    await back.synced;
    expect(back.participant().participantId).toBe(id);
    expect(readBoard(back.doc).cards.map((card) => card.id)).toEqual(['kort-1', ...ideas]);
    await back.close();
  }, 30_000);
});
