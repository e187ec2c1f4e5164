/**
 * The names of every call the renderer can make, one IPC channel each. Kept free of zod so the
 * sandboxed preload can import it without pulling in the schemas.
 */
export const planApiChannels = {
  listTemplates: 'templates:list',
  createPlan: 'plans:create',
  openSamplePlan: 'plans:open-sample',
  openPlanDialog: 'plans:open-dialog',
  openRecentPlan: 'plans:open-recent',
  restoreBackup: 'plans:restore-backup',
  convertEncoding: 'plans:convert-encoding',
  reloadPlan: 'plans:reload',
  savePlan: 'plans:save',
  savePlanAs: 'plans:save-as',
  listRecentPlans: 'recent:list',
  removeRecentPlan: 'recent:remove',
  restoreRecentPlan: 'recent:restore',
  getAppInfo: 'app:info',
  getAppSettings: 'settings:get',
  updateAppSettings: 'settings:update',
  chooseExportLocation: 'export:choose-location',
  exportFile: 'export:save-file',
  openExportedFile: 'export:open-file',
  exportOwnerForms: 'owner-forms:export',
  importOwnerForms: 'owner-forms:import',
  getPlanHistory: 'history:get',
  getVersionPlan: 'history:version',
  adoptPlan: 'history:adopt',
  restoreVersion: 'history:restore',
  startWorkshopSharing: 'workshop-sharing:start',
  getWorkshopSharing: 'workshop-sharing:get',
  stopWorkshopSharing: 'workshop-sharing:stop',
} as const;

export type PlanApiMethod = keyof typeof planApiChannels;

/**
 * Messages the main process sends to the window (menus, closing, a plan file the system asked to
 * open), and the window's answer.
 */
export const desktopEvents = {
  menuCommand: 'desktop:menu-command',
  openPlanFile: 'desktop:open-plan-file',
  closeRequested: 'desktop:close-requested',
  closeReady: 'desktop:close-ready',
} as const;

export const menuCommands = [
  'new-plan',
  'open-plan',
  'save',
  'save-as',
  'undo',
  'redo',
  'close-plan',
  'go-export',
  'go-workshop',
  'show-shortcuts',
  'show-guide',
  'show-about',
] as const;
export type MenuCommand = (typeof menuCommands)[number];
