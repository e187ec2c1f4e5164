import type { MenuCommand } from '#shared/ipc/channels';
import type { PlanApi } from '#shared/ipc/contract';

/**
 * What the Electron preload adds beyond PlanApi: menu commands, plan files the system asked to
 * open, and an orderly close.
 */
export interface DesktopBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A .bsplan double-clicked or dropped on the app; the services already accept its path. */
  onOpenPlanFile(listener: (path: string) => void): () => void;
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
