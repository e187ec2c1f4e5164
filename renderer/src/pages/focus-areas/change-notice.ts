import { createContext, useContext } from 'react';

export interface ChangeNotice {
  /**
   * Shows «… – Angre» for a change the user may regret (a deletion, renumbered codes);
   * `restoreFocusId` gets focus if the user undoes it.
   */
  announce: (message: string, restoreFocusId: string) => void;
}

export const ChangeNoticeContext = createContext<ChangeNotice>({ announce: () => {} });

export function useChangeNotice(): ChangeNotice {
  return useContext(ChangeNoticeContext);
}
