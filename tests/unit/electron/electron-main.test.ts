import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { desktopEvents, planApiChannels } from '#shared/ipc/channels';
import { fake } from '../../support/fake-electron';

vi.mock('electron', () => import('../../support/fake-electron'));

const ownUrl = 'app://planverksted/index.html';
const window = () => fake.windows[0]!;
const eventFrom = (sender: unknown, url = ownUrl) => ({ sender, senderFrame: { url } });
const openedFiles = () =>
  window()
    .sent.filter(([channel]) => channel === desktopEvents.openPlanFile)
    .map(([, path]) => path);
const settle = () => new Promise((done) => setTimeout(done, 0));

beforeAll(async () => {
  // As Linux starts the app for a double-clicked plan: executable, Chromium flags, the file.
  const argv = process.argv;
  process.argv = ['/opt/Planverksted/planverksted', '--no-sandbox', 'Bydelsplan.bsplan', 'x.txt'];
  try {
    await import('../../../electron/main');
  } finally {
    process.argv = argv;
  }
  // macOS can hand over a file before the app is ready; it must wait for the window.
  fake.appHandlers.get('open-file')!(
    { preventDefault: () => undefined },
    '/Users/kari/Tidlig.bsplan',
  );
  fake.makeReady();
  await settle();
});

describe('the Electron main process', () => {
  it('handles exactly the contract channels', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(planApiChannels).sort());
  });

  it('answers our own page', async () => {
    const handler = fake.ipcHandlers.get(planApiChannels.getAppInfo)!;
    await expect(handler(eventFrom(window().webContents), {})).resolves.toEqual({
      name: 'Planverksted',
      version: '9.9.9',
      transport: 'electron',
    });
  });

  it('parses every payload before a service sees it', async () => {
    const handler = fake.ipcHandlers.get(planApiChannels.openRecentPlan)!;
    await expect(handler(eventFrom(window().webContents), { path: 42 })).rejects.toThrow(
      'Ugyldig forespørsel',
    );
    const save = fake.ipcHandlers.get(planApiChannels.savePlan)!;
    await expect(
      save(eventFrom(window().webContents), {
        path: '/x.bsplan',
        plan: { schemaVersion: 1 },
        baseRevision: '',
      }),
    ).resolves.toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('lets the window save before it closes', () => {
    let prevented = false;
    window().handlers.get('close')!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(window().sent).toContainEqual([desktopEvents.closeRequested]);
    fake.ipcListeners.get(desktopEvents.closeReady)!({ sender: window().webContents });
    expect(window().closed).toBe(1);
  });
});

describe('opening .bsplan files from the system', () => {
  it('opens the plan on the first command line and one that came before the app was ready', () => {
    expect(openedFiles()).toEqual([
      resolve(process.cwd(), 'Bydelsplan.bsplan'),
      '/Users/kari/Tidlig.bsplan',
    ]);
  });

  it('lets the window open a handed-over plan, and no other path', async () => {
    const open = fake.ipcHandlers.get(planApiChannels.openRecentPlan)!;
    const handedOver = (await open(eventFrom(window().webContents), {
      path: '/Users/kari/Tidlig.bsplan',
    })) as { ok: boolean; error: { message: string } };
    // The file does not exist, so it fails, but for that reason, not for lack of access.
    expect(handedOver.ok).toBe(false);
    expect(handedOver.error.message).not.toContain('har ikke tilgang');
    await expect(
      open(eventFrom(window().webContents), { path: '/Users/kari/Annen.bsplan' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('har ikke tilgang') },
    });
  });

  it('takes the files of a second start and brings the one window forward', () => {
    const before = openedFiles().length;
    const focused = window().focused;
    fake.appHandlers.get('second-instance')!(
      {},
      [
        '/opt/Planverksted/planverksted',
        '--allow-file-access-from-files',
        'Andre.bsplan',
        '/plan/Tredje.BSPLAN',
        'bilde.png',
      ],
      '/home/kari',
    );
    expect(openedFiles().slice(before)).toEqual(['/home/kari/Andre.bsplan', '/plan/Tredje.BSPLAN']);
    expect(window().focused).toBe(focused + 1);
    expect(fake.windows).toHaveLength(1);
  });

  it('opens a file macOS hands over while running, and ignores other files', () => {
    const before = openedFiles().length;
    let prevented = 0;
    const openFile = fake.appHandlers.get('open-file')!;
    openFile({ preventDefault: () => prevented++ }, '/Users/kari/Plan.bsplan');
    openFile({ preventDefault: () => prevented++ }, '/Users/kari/Bilde.png');
    expect(openedFiles().slice(before)).toEqual(['/Users/kari/Plan.bsplan']);
    expect(prevented).toBe(2);
  });

  it('opens a new window for a file when the last one was closed (macOS keeps running)', async () => {
    window().handlers.get('closed')!({ preventDefault: () => undefined });
    fake.appHandlers.get('open-file')!(
      { preventDefault: () => undefined },
      '/Users/kari/Ny.bsplan',
    );
    expect(fake.windows).toHaveLength(2);
    // Not before the new page (and its preload) has loaded, or the file would be lost.
    expect(fake.windows[1]!.sent).toEqual([]);
    await settle();
    expect(fake.windows[1]!.sent).toEqual([[desktopEvents.openPlanFile, '/Users/kari/Ny.bsplan']]);
    expect(window().sent.flat()).not.toContain('/Users/kari/Ny.bsplan');
  });

  // Last: after it the app counts as quitting.
  it('holds quitting until every shared workshop board has stopped, then quits', async () => {
    const { app } = await import('../../support/fake-electron');
    const quit = vi.spyOn(app, 'quit');
    let held = false;
    fake.appHandlers.get('before-quit')!({ preventDefault: () => (held = true) });
    expect(held).toBe(true);
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    // The quit that follows goes through.
    let heldAgain = false;
    fake.appHandlers.get('before-quit')!({ preventDefault: () => (heldAgain = true) });
    expect(heldAgain).toBe(false);
  });
});
