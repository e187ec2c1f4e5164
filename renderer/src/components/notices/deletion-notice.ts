import { createContext, useContext } from 'react';

export interface DeletionAnnouncer {
  /** Tells that something was deleted; `restoreFocusId` gets focus if the user undoes it. */
  deleted: (message: string, restoreFocusId: string) => void;
}

export const DeletionContext = createContext<DeletionAnnouncer>({ deleted: () => {} });

export function useDeletionAnnouncer(): DeletionAnnouncer {
  return useContext(DeletionContext);
}
