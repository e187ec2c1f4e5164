import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { addIdea, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { connectBoard, type BoardConnection } from '#shared/workshop-sync/board-connection';
import { readSettings } from '#shared/workshop-sync/board-doc';
import { readBoard } from '#shared/workshop-sync/board-read';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from '../e2e/support/plan-steps';

// The projector while the board is shared: the join panel, then 40 cards from eight phones
// arriving while the facilitator keeps a card in focus. For looking at (not assertions). The test
// server lets the board listen on 127.0.0.1 only; the panel is shown as on a machine on a local
// network by giving the window's start reply a LAN address (the phones still use 127.0.0.1).

const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `workshop-live-${name}.png`) });

const names = ['Kari', 'Ola', '', 'Fatima', 'Per', '', 'Ingrid', 'Jonas'];
const ideas = [
  'Flere små boliger for unge',
  'Bolig først for rusavhengige',
  'Fast kontaktperson i NAV',
  'Startlån til barnefamilier',
  'Bomiljøvert i blokkene',
];

test('the projector with the join panel and 40 live cards', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.route('**/api/startWorkshopSharing', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as {
      reply: { ok: boolean; sharing?: { address: string; addresses: string[] } };
    };
    if (body.reply.sharing) {
      const port = new URL(body.reply.sharing.address).port;
      body.reply.sharing.address = `http://192.168.1.20:${port}`;
      body.reply.sharing.addresses = ['192.168.1.20'];
    }
    await route.fulfill({ response, json: body });
  });
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Delt verksted'));
  await goTo(page, 'Verksted');
  await page.getByLabel('Navn på verkstedet').fill('Verksted i arbeidsgruppa');
  await page.getByLabel('Deltakere').fill('8');
  await page.getByLabel('Stemmer per person').fill('3');
  await page.getByRole('button', { name: 'Start verkstedet' }).click();
  const stage = page.locator('.ws-stage');
  await stage.getByLabel('Ny idé').fill('Egen idé fra rommet');
  await stage.getByLabel('Ny idé').press('Enter');
  await stage.getByRole('button', { name: 'La deltakerne bli med' }).click();
  const address = (await stage.locator('.ws-share__address').textContent())!;
  const code = (await stage.locator('.ws-share__code [aria-hidden="true"]').textContent())!;
  const port = new URL(address).port;
  const phones: BoardConnection[] = [];
  try {
    for (const name of names) {
      const link = connectBoard({
        url: `ws://127.0.0.1:${port}/verksted?code=${code.replace(/ /g, '')}`,
        WebSocketImpl: WebSocket,
      });
      phones.push(link);
      await expect.poll(() => link.participantId !== null && link.synced).toBe(true);
      joinBoard(link.doc, link.participantId!, name);
      await expect.poll(() => readSettings(link.doc).focusAreas.length).toBeGreaterThan(0);
    }
    await expect(stage.getByRole('button', { name: '8 tilkoblet' })).toBeVisible();
    await shot(page, 'panel');

    await stage.getByRole('button', { name: 'Skjul', exact: true }).click();
    await stage.locator('[data-card-id]').first().focus();
    for (let n = 0; n < 40; n++) {
      const link = phones[n % 8]!;
      const areas = readSettings(link.doc).focusAreas;
      // Every fifth idea is for the whole plan.
      const area = n % 5 === 4 ? null : areas[n % areas.length]!.id;
      addIdea(link.doc, link.participantId!, `${ideas[n % 5]} ${n + 1}`, area);
      await page.waitForTimeout(60);
    }
    for (const [i, link] of phones.entries()) {
      const card = readBoard(link.doc).cards[i * 3];
      if (card) vote(link.doc, link.participantId!, card.id, 1);
    }
    await expect(stage.locator('[data-card-id]')).toHaveCount(41, { timeout: 20_000 });
    await expect(stage.locator('[data-card-id]').first()).toBeFocused();
    await shot(page, 'tavle-40');
    await stage.getByRole('button', { name: 'Presentasjon' }).click();
    await shot(page, 'presentasjon-40');
  } finally {
    for (const link of phones) link.close();
  }
});
