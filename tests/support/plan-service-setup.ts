import { join } from 'node:path';
import { createPlanService, type DialogPort } from '../../electron/services/plan-service';
import { loadSamplePlan, loadTemplates } from '../../electron/services/template-library';
import type { OpenResult } from '#shared/ipc/contract';
import { repoRoot } from './repo-root';
import { useTempDir } from './temp-dir';

/**
 * The plan service as the main process makes it, in a temporary folder, with scripted dialogs:
 * each test gets `setup()` for a fresh one.
 */
export function useServiceSetup() {
  const tempDir = useTempDir();
  return async function setup() {
    const root = await tempDir();
    const dialogs = {
      open: [] as (string | null)[],
      save: [] as (string | null)[],
      folder: [] as (string | null)[],
      openMany: [] as (string[] | null)[],
      asked: [] as { name: string; extensions: string[] }[],
      openedWithSystem: [] as string[],
    };
    const port: DialogPort = {
      chooseFileToOpen: async () => dialogs.open.shift() ?? null,
      chooseFolder: async () => dialogs.folder.shift() ?? null,
      chooseFilesToOpen: async () => dialogs.openMany.shift() ?? null,
      chooseSaveLocation: async (name, filter) => {
        dialogs.asked.push({ name, extensions: filter.extensions });
        return dialogs.save.shift() ?? null;
      },
      openWithSystem: async (path) => {
        dialogs.openedWithSystem.push(path);
        return '';
      },
    };
    const options = {
      plansDir: join(root, 'Planverksted'),
      appDataDir: join(root, 'app'),
      templates: () => loadTemplates(join(repoRoot, 'templates')),
      samplePlan: () => loadSamplePlan(join(repoRoot, 'templates')),
      dialogs: port,
      appVersion: '1.2.3',
      transport: 'web' as const,
    };
    return { api: createPlanService(options), dialogs, root, options };
  };
}

export function opened(result: OpenResult | { ok: false; canceled: true }) {
  if (!result.ok) throw new Error(`expected an open plan, got ${JSON.stringify(result)}`);
  return result.opened;
}
