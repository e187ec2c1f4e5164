import type { MenuCommand } from '../../../shared/ipc/channels';
import type { PlanApi } from '../../../shared/ipc/contract';

/** What the Electron preload adds beyond PlanApi: menu commands and an orderly close. */
export interface DesktopBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The window is about to close: save what is pending, then call confirmClose(). */
  onCloseRequested(listener: () => void): () => void;
  confirmClose(): void;
}

declare global {
  interface Window {
    planverksted?: PlanApi;
    planverkstedDesktop?: DesktopBridge;
  }
}

export function getDesktopBridge(): DesktopBridge | null {
  return window.planverkstedDesktop ?? null;
}
