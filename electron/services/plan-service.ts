import { access, mkdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { OpenResult, PlanApi } from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import type { PlanHistory } from '#shared/model/plan-history';
import type { PlanTemplate } from '#shared/model/template';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { backupPathOf, PLAN_EXTENSION, PlanFileStore } from './plan-file-store';
import { fileNameFromTitle, uniquePlanPath, withPlanExtension } from './plan-file-names';
import { createExportFiles, type ExportDialogs } from './export-files';
import { createOwnerFormFiles, type OwnerFormDialogs } from './owner-form-files';
import { fileErrorReason } from './file-error-text';
import { AppSettingsStore } from './app-settings';
import { RecentPlans } from './recent-plans';
import { readPlanAsWindows1252 } from './windows-1252-copy';
import { createWorkshopHost, type WorkshopHostOptions } from './workshop-host';
import type { PlanBoards } from '#shared/model/plan-boards';

/** File choosers and the system's file opener: Electron's in the app, scripted in the test server. */
export interface DialogPort extends ExportDialogs, OwnerFormDialogs {
  chooseFileToOpen(): Promise<string | null>;
}

export interface PlanServiceOptions {
  plansDir: string;
  appDataDir: string;
  templates: () => Promise<PlanTemplate[]>;
  /** The example plan (an invented district) the start screen offers to explore. */
  samplePlan: () => Promise<PlanTemplate>;
  dialogs: DialogPort;
  appVersion: string;
  transport: 'electron' | 'web';
  /**
   * Where the participant page is and who the facilitator's window is (workshop-host.ts); without
   * it no board can be shared (the page is not there).
   */
  workshop?: Omit<WorkshopHostOptions, 'store'>;
}

/** An open or create that did not work, with the reason in bokmål. */
function failure(
  path: string | null,
  message: string,
  kind: 'io' | 'not-a-plan' = 'io',
): OpenResult {
  return { ok: false, path, hasBackup: false, error: { kind, message, problems: [] } };
}

const planFilter = { name: 'Planverksted-plan', extensions: ['bsplan'] };

/** The window's PlanApi, plus what only the main side may call. */
export interface PlanService extends PlanApi {
  /** A plan the system asked to open (double-click, open-file): the window may now open it. */
  handOut(path: string): void;
  /** Stops every shared workshop board (app quit, window closed); each stays kept in its file. */
  stopWorkshops(): Promise<void>;
}

/**
 * Everything the window may ask of the file system, in one place, behind the PlanApi contract.
 * The window never names an arbitrary path: it can only use paths this service handed out
 * (created, chosen in a dialog, handed out by the main side, or on the recent list), and save
 * only to plans it opened.
 */
export function createPlanService(options: PlanServiceOptions): PlanService {
  const store = new PlanFileStore();
  const host = createWorkshopHost({
    participantDir: '',
    facilitatorOrigins: [],
    ...options.workshop,
    store,
  });
  const recent = new RecentPlans(options.appDataDir);
  const settings = new AppSettingsStore(options.appDataDir);
  const knownPaths = new Set<string>();
  const openedPaths = new Set<string>();
  /** The plan the window shows; its file stays open in the store until another is opened. */
  let shown: string | null = null;
  /** The title each opened plan has on the recent list, so a save touches it only on a rename. */
  const listedTitles = new Map<string, string>();

  const exists = (path: string) =>
    access(path).then(
      () => true,
      () => false,
    );

  async function open(path: string): Promise<OpenResult> {
    knownPaths.add(path);
    const outcome = await store.open(path);
    if (!outcome.ok) {
      return { ok: false, path, error: outcome.error, hasBackup: await exists(backupPathOf(path)) };
    }
    if (shown !== null && shown !== path) {
      // The window leaves that plan: its board stops, written to its file before it is let go.
      await host.stop(shown);
      store.close(shown);
    }
    shown = path;
    openedPaths.add(path);
    await listRecent(path, outcome.loaded.plan.info.title);
    return {
      ok: true,
      opened: {
        path,
        fileName: basename(path),
        plan: outcome.loaded.plan,
        revision: outcome.loaded.revision,
        migratedFrom: outcome.loaded.migratedFrom,
      },
    };
  }

  async function listRecent(path: string, title: string): Promise<void> {
    await recent.touch(path, title);
    listedTitles.set(path, title);
  }

  /** A new plan file; a copy of a plan (save as, a backup, a converted file) keeps its history. */
  async function writeNew(
    path: string,
    plan: Plan,
    history?: PlanHistory,
    boards?: PlanBoards,
  ): Promise<OpenResult> {
    try {
      await mkdir(dirname(path), { recursive: true });
      await store.create(path, plan, history, boards);
    } catch (error) {
      return failure(
        path,
        `Planen kunne ikke opprettes i ${dirname(path)}: ${fileErrorReason(error, 'write')}.`,
      );
    }
    return open(path);
  }

  // The recent list is touched when a plan is opened; a save only renames its entry.
  async function renamed(path: string, title: string): Promise<void> {
    if (listedTitles.get(path) !== title) await listRecent(path, title);
  }

  /**
   * Whom the change log names for changes made in this app: the name set in its settings, read
   * once (only this service changes it) rather than at every autosave.
   */
  let userName: string | null = null;
  const who = async () => (userName ??= (await settings.read()).userName);

  const notOpen = 'Planen er ikke åpen. Åpne den på nytt.';
  const mustReopen = {
    ok: false as const,
    reason: 'missing' as const,
    message: 'Planen må åpnes på nytt før den kan lagres.',
    problems: [],
  };

  const refuse = (path: string) => failure(path, 'Planverksted har ikke tilgang til denne filen.');

  return {
    ...createExportFiles(options.dialogs),
    ...createOwnerFormFiles(options.dialogs),

    async listTemplates() {
      return (await options.templates()).map(({ id, name, description }) => ({
        id,
        name,
        description,
      }));
    },

    async createPlan({ templateId, title }) {
      const template = (await options.templates()).find((t) => t.id === templateId);
      if (!template) {
        return failure(null, 'Malen finnes ikke.', 'not-a-plan');
      }
      const plan = instantiateTemplate(template.plan, title);
      const path = await uniquePlanPath(options.plansDir, fileNameFromTitle(plan.info.title));
      return writeNew(path, plan);
    },

    async openSamplePlan() {
      // A copy like a plan made from a template: a file of the user's own, so autosave, undo
      // and «Lagre som» work as in any plan, and the shipped example is never written to.
      const sample = await options.samplePlan();
      const plan = instantiateTemplate(sample.plan, '');
      const path = await uniquePlanPath(options.plansDir, `Eksempelplan ${plan.info.district}`);
      return writeNew(path, plan);
    },

    async openPlanDialog() {
      const path = await options.dialogs.chooseFileToOpen();
      if (!path) return { ok: false, canceled: true };
      return open(path);
    },

    handOut(path) {
      knownPaths.add(path);
    },

    async openRecentPlan({ path }) {
      if (!knownPaths.has(path) && !(await recent.has(path))) return refuse(path);
      return open(path);
    },

    async reloadPlan({ path }) {
      if (!knownPaths.has(path)) return refuse(path);
      return open(path);
    },

    async restoreBackup({ path }) {
      if (!knownPaths.has(path)) return refuse(path);
      const outcome = await store.load(backupPathOf(path));
      if (!outcome.ok) {
        return {
          ok: false,
          path,
          hasBackup: false,
          error: {
            ...outcome.error,
            message: `Sikkerhetskopien kan heller ikke åpnes. ${outcome.error.message}`,
          },
        };
      }
      // The damaged file is left exactly as it is; the backup becomes a new plan file beside it.
      const base = basename(path, PLAN_EXTENSION);
      const target = await uniquePlanPath(dirname(path), `${base} (gjenopprettet)`);
      return writeNew(target, outcome.loaded.plan, outcome.loaded.history, outcome.loaded.boards);
    },

    async convertEncoding({ path }) {
      if (!knownPaths.has(path)) return refuse(path);
      const result = await readPlanAsWindows1252(path);
      if (!result.ok) {
        const message = `Kopien med riktige tegn kunne ikke lages. ${result.error.message}`;
        return { ok: false, path, hasBackup: false, error: { ...result.error, message } };
      }
      // Like a restored backup: the original stays exactly as it is, the copy is a new file.
      const base = basename(path, PLAN_EXTENSION);
      const target = await uniquePlanPath(dirname(path), `${base} (konvertert)`);
      return writeNew(target, result.plan, result.history, result.boards);
    },

    async savePlan({ path, plan, baseRevision, force }) {
      if (!openedPaths.has(path)) return mustReopen;
      const result = await store.save(path, plan, baseRevision, force ?? false, await who());
      if (result.ok) await renamed(path, plan.info.title);
      return result;
    },

    async savePlanAs({ plan, suggestedName }) {
      const chosen = await options.dialogs.chooseSaveLocation(
        `${fileNameFromTitle(suggestedName)}${PLAN_EXTENSION}`,
        planFilter,
      );
      if (!chosen) return { ok: false, canceled: true };
      const path = withPlanExtension(chosen);
      if (await exists(path)) {
        return failure(path, 'Det finnes allerede en fil med det navnet. Velg et annet navn.');
      }
      // The copy is the shown plan, so it takes that plan's versions, change log and boards along
      // (a board shared now is written first, so the copy has every card received).
      if (shown) await host.flush(shown);
      return writeNew(
        path,
        plan,
        (shown && store.historyOf(shown)) || undefined,
        (shown && store.boardsOf(shown)) || undefined,
      );
    },

    async listRecentPlans() {
      return recent.list();
    },

    async removeRecentPlan({ path }) {
      return recent.remove(path);
    },

    async restoreRecentPlan({ path }) {
      return recent.restore(path);
    },

    async getPlanHistory({ path }) {
      const history = openedPaths.has(path) ? store.fileAt(path).history() : null;
      return history ? { ok: true, history } : { ok: false, message: notOpen };
    },

    async getVersionPlan({ path, versionId }) {
      if (!openedPaths.has(path)) return { ok: false, message: notOpen };
      return store.fileAt(path).versionPlan(versionId);
    },

    async adoptPlan({ path, plan, baseRevision, decision }) {
      if (!openedPaths.has(path)) return mustReopen;
      const result = await store
        .fileAt(path)
        .adopt(plan, { baseRevision, force: false }, decision, await who());
      if (result.ok) await renamed(path, result.plan.info.title);
      return result;
    },

    async restoreVersion({ path, plan, baseRevision, versionId }) {
      if (!openedPaths.has(path)) return mustReopen;
      const result = await store
        .fileAt(path)
        .restore(plan, { baseRevision, force: false }, versionId, await who());
      if (result.ok) await renamed(path, result.plan.info.title);
      return result;
    },

    async startWorkshopSharing({ path, workshop, focusAreas }) {
      if (!openedPaths.has(path)) return { ok: false, message: notOpen };
      return host.start(path, workshop, focusAreas);
    },

    async getWorkshopSharing({ path }) {
      if (!openedPaths.has(path)) return { sharing: null, keptBoards: [] };
      return { sharing: host.sharingOf(path), keptBoards: host.keptBoardIds(path) };
    },

    async stopWorkshopSharing({ path, workshopId }) {
      if (openedPaths.has(path)) await host.stop(path, workshopId);
      return { ok: true } as const;
    },

    stopWorkshops: () => host.stopAll(),

    async getAppSettings() {
      return settings.read();
    },

    async updateAppSettings(change) {
      const updated = await settings.update(change);
      userName = updated.userName;
      return updated;
    },

    async getAppInfo() {
      return { name: 'Planverksted', version: options.appVersion, transport: options.transport };
    },
  };
}
