import type { BoardConnection } from '#shared/workshop-sync/board-connection';
import { saveJoinKey } from './browser-stores';
import type { JoinKey } from './join-address';

// The way in and the link it opened, outside React: a link is opened when the participant acts
// (or the page starts with a key), never as a side effect of rendering.

export interface JoinState {
  key: JoinKey | null;
  link: BoardConnection | null;
  /** Why the last way in did not work (shown on the code form). */
  problem: string | null;
  /** The code tried last, if it was a code. */
  lastCode: string;
}

export function createJoinSession(
  host: string,
  start: JoinKey | null,
  open: (key: JoinKey) => BoardConnection,
) {
  let state: JoinState = {
    key: start,
    link: start ? open(start) : null,
    problem: null,
    lastCode: '',
  };
  const listeners = new Set<() => void>();
  const set = (next: JoinState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    read: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    join(code: string) {
      state.link?.close();
      const key: JoinKey = { kind: 'code', value: code };
      saveJoinKey(host, key);
      set({ key, link: open(key), problem: null, lastCode: code });
    },
    /** A wrong code or an old QR code: ask for the code again instead of knocking forever. */
    notAdmitted(reason: string) {
      state.link?.close();
      saveJoinKey(host, null);
      const lastCode = state.key?.kind === 'code' ? state.key.value : '';
      set({ key: null, link: null, problem: reason, lastCode });
    },
  };
}

export type JoinSession = ReturnType<typeof createJoinSession>;
