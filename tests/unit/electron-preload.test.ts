import { describe, expect, it, vi } from 'vitest';
import { planApiChannels } from '../../shared/ipc/channels';

const exposed = vi.hoisted(() => new Map<string, Record<string, (arg?: unknown) => unknown>>());
const invoked = vi.hoisted(() => [] as unknown[][]);

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
    on: () => undefined,
    off: () => undefined,
    send: () => undefined,
  },
}));

describe('the preload', () => {
  it('exposes one method per contract call and nothing raw', async () => {
    await import('../../electron/preload');
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
    ]);
  });
});
