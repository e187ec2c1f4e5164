import { contextBridge, ipcRenderer } from 'electron';
import {
  desktopEvents,
  menuCommands,
  planApiChannels,
  type MenuCommand,
} from '#shared/ipc/channels';

// One named method per call, each bound to its own channel; the window never sees ipcRenderer.
const invoke = (channel: string) => (request: unknown) =>
  ipcRenderer.invoke(channel, request ?? {});

contextBridge.exposeInMainWorld('planverksted', {
  listTemplates: invoke(planApiChannels.listTemplates),
  createPlan: invoke(planApiChannels.createPlan),
  openSamplePlan: invoke(planApiChannels.openSamplePlan),
  openPlanDialog: invoke(planApiChannels.openPlanDialog),
  openRecentPlan: invoke(planApiChannels.openRecentPlan),
  restoreBackup: invoke(planApiChannels.restoreBackup),
  convertEncoding: invoke(planApiChannels.convertEncoding),
  reloadPlan: invoke(planApiChannels.reloadPlan),
  savePlan: invoke(planApiChannels.savePlan),
  savePlanAs: invoke(planApiChannels.savePlanAs),
  listRecentPlans: invoke(planApiChannels.listRecentPlans),
  removeRecentPlan: invoke(planApiChannels.removeRecentPlan),
  restoreRecentPlan: invoke(planApiChannels.restoreRecentPlan),
  getAppInfo: invoke(planApiChannels.getAppInfo),
  getAppSettings: invoke(planApiChannels.getAppSettings),
  updateAppSettings: invoke(planApiChannels.updateAppSettings),
  chooseExportLocation: invoke(planApiChannels.chooseExportLocation),
  exportFile: invoke(planApiChannels.exportFile),
  openExportedFile: invoke(planApiChannels.openExportedFile),
  exportOwnerForms: invoke(planApiChannels.exportOwnerForms),
  importOwnerForms: invoke(planApiChannels.importOwnerForms),
  getPlanHistory: invoke(planApiChannels.getPlanHistory),
  getVersionPlan: invoke(planApiChannels.getVersionPlan),
  adoptPlan: invoke(planApiChannels.adoptPlan),
  restoreVersion: invoke(planApiChannels.restoreVersion),
  startWorkshopSharing: invoke(planApiChannels.startWorkshopSharing),
  getWorkshopSharing: invoke(planApiChannels.getWorkshopSharing),
  stopWorkshopSharing: invoke(planApiChannels.stopWorkshopSharing),
});

// Plan files the system asked to open can come before the page listens; they wait here.
const planFilesWaiting: string[] = [];
let planFileListener: ((path: string) => void) | null = null;
ipcRenderer.on(desktopEvents.openPlanFile, (_event, path: unknown) => {
  if (typeof path !== 'string') return;
  if (planFileListener) planFileListener(path);
  else planFilesWaiting.push(path);
});

contextBridge.exposeInMainWorld('planverkstedDesktop', {
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const handler = (_event: unknown, command: unknown) => {
      if (menuCommands.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(desktopEvents.menuCommand, handler);
    return () => ipcRenderer.off(desktopEvents.menuCommand, handler);
  },
  onCloseRequested(listener: () => void) {
    const handler = () => listener();
    ipcRenderer.on(desktopEvents.closeRequested, handler);
    return () => ipcRenderer.off(desktopEvents.closeRequested, handler);
  },
  onOpenPlanFile(listener: (path: string) => void) {
    planFileListener = listener;
    for (const path of planFilesWaiting.splice(0)) listener(path);
    return () => {
      if (planFileListener === listener) planFileListener = null;
    };
  },
  confirmClose() {
    ipcRenderer.send(desktopEvents.closeReady);
  },
});
