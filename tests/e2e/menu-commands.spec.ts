import { expect, test } from './support/worker-server';
import type { MenuCommand } from '#shared/ipc/channels';
import { createPlan, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';

// The window under Electron gets the menu's commands through the preload's desktop bridge. Here
// a stand-in bridge is put where the preload puts it, so the real window code reacts to the
// same commands the real menu sends.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const listeners = new Set<(command: string) => void>();
    (window as unknown as Record<string, unknown>).planverkstedDesktop = {
      onMenuCommand(listener: (command: string) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onOpenPlanFile: () => () => undefined,
      onCloseRequested: () => () => undefined,
      confirmClose: () => undefined,
    };
    (window as unknown as Record<string, unknown>).sendMenuCommand = (command: string) =>
      listeners.forEach((listener) => listener(command));
  });
});

const send = (page: import('@playwright/test').Page, command: MenuCommand) =>
  page.evaluate(
    (c) => (window as unknown as { sendMenuCommand(c: string): void }).sendMenuCommand(c),
    command,
  );

test('Fil › Eksporter and Vis › Verksted in the menu open those pages', async ({ page }) => {
  await page.goto('/');
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Meny'));
  await send(page, 'go-export');
  await expect(page.getByRole('heading', { level: 1, name: 'Eksport' })).toBeVisible();
  await send(page, 'go-workshop');
  await expect(page.getByRole('heading', { level: 1, name: 'Verksted' })).toBeVisible();
});

test('Hjelp in the menu: Kom i gang, Hurtigtaster (with the menu’s own keys) and Om Planverksted', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Åpne eksempelplanen' })).toBeVisible();
  await send(page, 'show-shortcuts');
  const shortcuts = page.getByRole('dialog', { name: 'Hurtigtaster' });
  // In the desktop app the menu's keys are listed too (a browser keeps them for itself).
  await expect(shortcuts.getByRole('row', { name: /Ctrl\+N\s+Ny plan/ })).toBeVisible();
  await expect(shortcuts.getByRole('row', { name: /Ctrl\+W\s+Lukk planen/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);

  await createPlan(page, 'Tom plan', uniqueTitle('Hjelp i menyen'));
  await send(page, 'show-guide');
  await expect(page.getByRole('region', { name: 'Hva en plan består av' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Hva en plan består av' })).toHaveCount(0);
  await send(page, 'show-about');
  await expect(page.getByRole('dialog', { name: 'Om Planverksted' })).toBeVisible();
});
