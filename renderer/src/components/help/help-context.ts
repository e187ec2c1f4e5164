import { createContext, useContext } from 'react';

/** What Hjelp can show: the first-run guide, the keyboard shortcuts, or about the app. */
export type HelpView = 'guide' | 'shortcuts' | 'about';

export interface Help {
  show(view: HelpView): void;
}

export const HelpContext = createContext<Help>({ show: () => undefined });

/** Opens a help view from anywhere (the Hjelp button, a link in a page). */
export function useHelp(): Help {
  return useContext(HelpContext);
}
