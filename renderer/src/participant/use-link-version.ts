import { useCallback, useSyncExternalStore } from 'react';
import type { BoardConnection } from '#shared/workshop-sync/board-connection';

/** A number that changes whenever the link or its board does: read the link again then. */
export function useLinkVersion(link: BoardConnection): number {
  const subscribe = useCallback((listener: () => void) => link.subscribe(listener), [link]);
  return useSyncExternalStore(subscribe, () => link.version);
}
