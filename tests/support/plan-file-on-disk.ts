import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPlanService } from '../../electron/services/plan-service';
import { PlanFileStore } from '../../electron/services/plan-file-store';
import type { PlanFileCase } from './plan-file-mutations';
import { seeds } from './plan-file-mutations';
import type { Verdict } from './plan-reading-verdict';

/**
 * The same case through the real service on a real file: it must open exactly when the pure
 * reader accepts it, and a refused file must stay byte for byte as it was, even when the window
 * then tries to save over it (what an autosave would do).
 */
export function createDiskCheck(dir: string) {
  const chosen: string[] = [];
  const api = createPlanService({
    plansDir: join(dir, 'planer'),
    appDataDir: join(dir, 'app'),
    templates: async () => [],
    samplePlan: () => Promise.reject(new Error('Ingen eksempelplan i denne testen.')),
    dialogs: {
      chooseFileToOpen: async () => chosen.shift() ?? null,
      chooseFolder: async () => null,
      chooseFilesToOpen: async () => null,
      chooseSaveLocation: async () => null,
      openWithSystem: async () => '',
    },
    appVersion: '0.0.0',
    transport: 'web',
  });
  const store = new PlanFileStore();
  let counter = 0;

  return async function checkOnDisk(
    testCase: PlanFileCase,
    verdict: Verdict,
  ): Promise<string | null> {
    const folder = join(dir, `sak-${++counter}`);
    const path = join(folder, 'Plan.bsplan');
    await mkdir(folder, { recursive: true });
    await writeFile(path, testCase.bytes);
    try {
      // The store decides alone for files that open (the service would also note them in the
      // recent list, which is written durably and slow); a refused file goes through the service.
      const loaded = await store.load(path);
      if (loaded.ok !== (verdict.outcome === 'accepted'))
        return `lageret ${loaded.ok ? 'åpnet' : 'avviste'} en fil leseren ${loaded.ok ? 'avviste' : 'godtok'}`;
      if (loaded.ok) return null;
      chosen.push(path);
      const opened = await api.openPlanDialog({});
      if ('canceled' in opened || opened.ok) return 'tjenesten åpnet en fil lageret avviste';
      const save = await api.savePlan({ path, plan: seeds[0]!, baseRevision: '' });
      if (save.ok) return 'lagret over en fil som ble avvist';
      const after = await readFile(path);
      if (!after.equals(Buffer.from(testCase.bytes))) return 'den avviste filen ble endret';
      const files = await readdir(folder);
      if (files.length !== 1) return `nye filer ved siden av den avviste: ${files.join(', ')}`;
      return null;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}
