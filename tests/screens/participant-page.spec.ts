import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { addIdea, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { connectBoard, type BoardConnection } from '#shared/workshop-sync/board-connection';
import { createBoard } from '#shared/workshop-sync/board-doc';
import { changeIdea, mergeIdeas } from '#shared/workshop-sync/board-facilitator';
import { readBoard } from '#shared/workshop-sync/board-read';
import { checkBoardUpdate } from '#shared/workshop-sync/board-rules';
import { startWorkshopServer, type WorkshopServer } from '../../electron/services/workshop-server';
import { participantPageFiles } from '../support/participant-page-files';

// Screenshots of the participant page on phones and a laptop, for looking at the design (not
// assertions). Needs npm run build first.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

let server: WorkshopServer | null = null;
const others: BoardConnection[] = [];
test.afterEach(async () => {
  for (const link of others.splice(0)) link.close();
  await server?.stop();
  server = null;
});

async function start() {
  const board = createBoard({
    title: 'Verksted i arbeidsgruppa',
    votesPerPerson: 3,
    focusAreas: [
      { id: 'omr1', name: '1 Egnede boliger for vanskeligstilte' },
      { id: 'omr2', name: '2 Tilgjengelige og økonomiske boligvirkemidler' },
      { id: 'omr3', name: '3 Individuell oppfølging i bomiljø' },
    ],
  });
  server = await startWorkshopServer({
    board,
    check: checkBoardUpdate,
    files: await participantPageFiles(),
    host: '127.0.0.1',
    addresses: [],
  });
  // Another participant with a few ideas already on the board.
  const ola = connectBoard({
    url: `ws://127.0.0.1:${server.port}/verksted?token=${server.joinToken}`,
    WebSocketImpl: WebSocket,
  });
  others.push(ola);
  await expect.poll(() => ola.synced).toBe(true);
  const id = ola.participantId!;
  joinBoard(ola.doc, id, 'Ola');
  const first = addIdea(ola.doc, id, 'Bolig først-team sammen med DPS og NAV', 'omr3')!;
  addIdea(ola.doc, id, 'Startlån til barnefamilier som leier kommunalt', 'omr2');
  addIdea(ola.doc, id, 'Fast kontaktperson for alle i midlertidig bolig', null);
  vote(ola.doc, id, first, 1);
  return { board, server };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(dir, `participant-${name}.png`), fullPage: true });
}

test('the participant page on a phone (390×844)', async ({ page, context }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { server } = await start();
  await page.goto(server.joinUrl('127.0.0.1'));
  await expect(page.getByRole('button', { name: 'Bli med' })).toHaveText('Bli med');
  await shot(page, '390-name');
  await page.getByLabel('Fornavn (valgfritt)').fill('Kari');
  await page.getByRole('button', { name: 'Bli med' }).click();
  for (const [text, area] of [
    ['Boligtorg i bydelen med drop-in hver tirsdag', '1 Egnede boliger for vanskeligstilte'],
    ['Kartlegge behovet for tilrettelagte boliger for unge med rus og psykiske lidelser', ''],
  ] as const) {
    await page.getByLabel('Din idé').fill(text);
    if (area) await page.getByLabel('Gjelder').selectOption({ label: area });
    await page.getByRole('button', { name: 'Legg til' }).click();
  }
  const card = page.getByRole('listitem').filter({ hasText: 'Bolig først' });
  await card.getByRole('button', { name: 'Gi stemme' }).click();
  await page.getByLabel('Din idé').fill('En idé som er halvveis skrevet');
  await expect(page.getByText('Du har 2 av 3 stemmer igjen.')).toBeVisible();
  await page.screenshot({ path: join(dir, 'participant-390-board-top.png') });
  await shot(page, '390-board');

  await page
    .getByRole('region', { name: /Dine ideer/ })
    .getByRole('button', { name: 'Slett' })
    .first()
    .click();
  await shot(page, '390-confirm-delete');
  await page.getByRole('button', { name: 'Nei, behold' }).click();

  await context.setOffline(true);
  await page.getByLabel('Din idé').fill('Skrevet på bussen uten nett');
  await page.getByRole('button', { name: 'Legg til' }).click();
  await page.getByLabel('Din idé').fill('x'.repeat(290));
  await page.getByRole('button', { name: 'Legg til' }).click();
  await expect(page.getByRole('status').first()).toContainText('venter');
  await page.screenshot({ path: join(dir, 'participant-390-offline.png') });
  await context.setOffline(false);
  await expect(page.getByRole('status').first()).toHaveText('Tilkoblet');

  await server.stop();
  await expect(page.getByRole('heading', { name: 'Verkstedet er avsluttet' })).toBeVisible();
  await shot(page, '390-ended');
});

test('the code form on a small phone (320×640) and a laptop (1280×800)', async ({ page }) => {
  const { server } = await start();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.getByLabel('Kode').fill('ZZZ ZZZ');
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await shot(page, '320-code-wrong');
  await page.getByLabel('Kode').fill(server.joinCode);
  await page.getByRole('button', { name: 'Bli med' }).click();
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByRole('heading', { name: 'Ny idé' })).toBeVisible();
  await shot(page, '320-board');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(dir, 'participant-1280-board.png') });
});

test('what became of the ideas, on a phone (390×844)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { board, server } = await start();
  await page.goto(server.joinUrl('127.0.0.1'));
  await page.getByLabel('Fornavn (valgfritt)').fill('Kari');
  await page.getByRole('button', { name: 'Bli med' }).click();
  for (const text of [
    'Boligtorg i bydelen med drop-in hver tirsdag',
    'Veiviser for startlån på nettsidene',
    'Åpent kontor på biblioteket',
  ]) {
    await page.getByLabel('Din idé').fill(text);
    await page.getByRole('button', { name: 'Legg til' }).click();
  }
  await expect.poll(() => readBoard(board).cards.length).toBe(6);
  const id = (start: string) =>
    readBoard(board).cards.find((card) => card.text.startsWith(start))!.id;
  changeIdea(board, id('Fast kontaktperson'), { parked: true });
  changeIdea(board, id('Startlån til barnefamilier'), { accepted: true });
  changeIdea(board, id('Veiviser for startlån'), { focusAreaId: 'omr2', measureId: 'tiltak-1' });
  mergeIdeas(board, id('Bolig først'), id('Boligtorg'));
  mergeIdeas(board, id('Bolig først'), id('Åpent kontor'));
  await expect(page.getByText('Slått sammen med 2 andre ideer')).toBeVisible();
  await page.screenshot({ path: join(dir, 'participant-390-outcome-top.png') });
  await shot(page, '390-outcome');
});
