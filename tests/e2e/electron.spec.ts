import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { planApiChannels } from '#shared/ipc/channels';

// The Electron binary is fetched from the internet the first time it runs, which this build
// machine cannot do. Where it exists, this test drives the real desktop app end to end. The path
// is read the way the electron package does, without `require('electron')`, which would start
// the download.
function electronBinary(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const skipReason =
  'Electron-binæren er ikke installert på denne maskinen (den lastes ned fra internett første gang `npm start` kjøres).';
if (binary === null) console.warn(`Hopper over Electron-testen: ${skipReason}`);

test.describe('the desktop app (Electron)', () => {
  test.skip(binary === null, skipReason);

  test('creates a plan, keeps it after a restart, and runs locked down', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'planverksted-electron-'));
    const launch = () =>
      electron.launch({
        executablePath: binary!,
        args: ['.'],
        env: { ...process.env, PLANVERKSTED_DATA_DIR: dataDir },
      });
    try {
      let app = await launch();
      let window = await app.firstWindow();
      // Isolated and sandboxed: no Node in the page, only the named API, and no eval under the CSP.
      const page = await window.evaluate(() => {
        const scope = globalThis as unknown as Record<string, unknown>;
        let evalBlocked = false;
        try {
          new Function('return 1')();
        } catch {
          evalBlocked = true;
        }
        return {
          require: typeof scope.require,
          process: typeof scope.process,
          api: Object.keys(scope.planverksted as object).sort(),
          evalBlocked,
        };
      });
      expect(page).toEqual({
        require: 'undefined',
        process: 'undefined',
        api: Object.keys(planApiChannels).sort(),
        evalBlocked: true,
      });

      await window.getByLabel('Tittel på planen').fill('Plan for Bydel Elektron');
      await window.getByRole('radio', { name: /Oslo-bydel/ }).check();
      await window.getByRole('button', { name: 'Opprett plan' }).click();
      await window.getByRole('link', { name: 'Visjon og mål' }).click();
      await window
        .getByLabel('Visjon', { exact: true })
        .fill('Alle skal bo trygt – også i Electron.');
      await expect(window.getByText('Alle endringer er lagret')).toBeVisible();
      await app.close();

      app = await launch();
      window = await app.firstWindow();
      await window.getByRole('button', { name: /Plan for Bydel Elektron/ }).click();
      await window.getByRole('link', { name: 'Visjon og mål' }).click();
      await expect(window.getByLabel('Visjon', { exact: true })).toHaveValue(
        'Alle skal bo trygt – også i Electron.',
      );
      await app.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
