import { beforeAll, describe, expect, it, vi } from 'vitest';
import { desktopEvents, planApiChannels } from '#shared/ipc/channels';

const exposed = vi.hoisted(() => new Map<string, Record<string, (arg?: unknown) => unknown>>());
const invoked = vi.hoisted(() => [] as unknown[][]);
const listeners = vi.hoisted(() => new Map<string, Set<(...args: unknown[]) => void>>());

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (arg?: unknown) => unknown>) =>
      exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve('svar');
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    off: (channel: string, listener: (...args: unknown[]) => void) =>
      listeners.get(channel)?.delete(listener),
    send: () => undefined,
  },
}));

/** What the main process sends to the window. */
const fromMain = (channel: string, ...args: unknown[]) =>
  listeners.get(channel)?.forEach((listener) => listener({}, ...args));

beforeAll(async () => {
  await import('../../../electron/preload');
});

describe('the preload', () => {
  it('exposes one method per contract call and nothing raw', async () => {
    expect([...exposed.keys()].sort()).toEqual(['planverksted', 'planverkstedDesktop']);
    const api = exposed.get('planverksted')!;
    expect(Object.keys(api).sort()).toEqual(Object.keys(planApiChannels).sort());
    for (const [method, channel] of Object.entries(planApiChannels)) {
      await expect(api[method]!({ a: 1 })).resolves.toBe('svar');
      expect(invoked.at(-1)).toEqual([channel, { a: 1 }]);
    }
    const desktop = exposed.get('planverkstedDesktop')!;
    expect(Object.keys(desktop).sort()).toEqual([
      'confirmClose',
      'onCloseRequested',
      'onMenuCommand',
      'onOpenPlanFile',
    ]);
  });

  it('keeps plan files that come before the page listens, and passes on only paths', () => {
    const onOpenPlanFile = exposed.get('planverkstedDesktop')!.onOpenPlanFile as (
      listener: (path: string) => void,
    ) => () => void;
    fromMain(desktopEvents.openPlanFile, '/home/kari/Tidlig.bsplan');
    fromMain(desktopEvents.openPlanFile, { path: '/ikke/en/streng' });
    const received: string[] = [];
    const stop = onOpenPlanFile((path) => received.push(path));
    fromMain(desktopEvents.openPlanFile, '/home/kari/Senere.bsplan');
    expect(received).toEqual(['/home/kari/Tidlig.bsplan', '/home/kari/Senere.bsplan']);
    stop();
    fromMain(desktopEvents.openPlanFile, '/home/kari/Etter.bsplan');
    expect(received).toHaveLength(2);
  });
});
