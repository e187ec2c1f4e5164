import { join } from 'node:path';
import { expect, test } from './support/worker-server';
import { answerDialogs } from './support/test-server';
import { createPlan, currentFileName, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

// Under Electron, a .bsplan double-clicked in the file manager reaches the window through the
// preload's desktop bridge. A stand-in bridge sits where the preload puts it, so the real window
// code reacts to the same event the main process sends.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const listeners = new Set<(path: string) => void>();
    (window as unknown as Record<string, unknown>).planverkstedDesktop = {
      onMenuCommand: () => () => undefined,
      onOpenPlanFile(listener: (path: string) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onCloseRequested: () => () => undefined,
      confirmClose: () => undefined,
    };
    (window as unknown as Record<string, unknown>).openPlanFile = (path: string) =>
      listeners.forEach((listener) => listener(path));
  });
});

const openPlanFile = (page: import('@playwright/test').Page, path: string) =>
  page.evaluate(
    (p) => (window as unknown as { openPlanFile(p: string): void }).openPlanFile(p),
    path,
  );

test('a plan file the system hands over replaces the open plan', async ({ page, request }) => {
  const plansDir = await answerDialogs(request, {});
  const first = uniqueTitle('Dobbeltklikk');
  await createPlan(page, OSLO_TEMPLATE, first);
  const firstFile = await currentFileName(page);
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Annen plan'));
  expect(await currentFileName(page)).not.toBe(firstFile);

  await openPlanFile(page, join(plansDir, firstFile));
  await expect.poll(() => currentFileName(page)).toBe(firstFile);
  await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue(first);
});
