import { expect, test } from '@playwright/test';
import { WebSocket } from 'ws';
import { addIdea, joinBoard } from '#shared/workshop-sync/board-actions';
import { connectBoard, type BoardConnection } from '#shared/workshop-sync/board-connection';
import { createBoard } from '#shared/workshop-sync/board-doc';
import { changeIdea, mergeIdeas, setBoardSettings } from '#shared/workshop-sync/board-facilitator';
import { readBoard } from '#shared/workshop-sync/board-read';
import { checkBoardUpdate } from '#shared/workshop-sync/board-rules';
import { startWorkshopServer, type WorkshopServer } from '../../electron/services/workshop-server';
import { participantPageFiles } from '../support/participant-page-files';
import { expectNoAxeViolations } from './support/accessibility';
import { addIdeaOnPhone, joinAs, ownIdeas, voteItem } from './support/participant-steps';

// The participant page as a phone sees it (390×844), served by the real workshop server with the
// board's real rules, from the built files (npm run build). The board is the server's: what the
// test reads from it is what the projector would show.

test.use({ viewport: { width: 390, height: 844 } });

const AREAS = [
  { id: 'omr1', name: '1 Egnede boliger for vanskeligstilte' },
  { id: 'omr2', name: '2 Økonomiske boligvirkemidler' },
];

async function startServer() {
  const board = createBoard({ title: 'Verksted i arbeidsgruppa', focusAreas: AREAS });
  const server = await startWorkshopServer({
    board,
    check: checkBoardUpdate,
    files: await participantPageFiles(),
    host: '127.0.0.1',
    addresses: [],
  });
  return { board, server };
}

const texts = (board: ReturnType<typeof createBoard>) =>
  readBoard(board)
    .cards.map((card) => card.text)
    .sort();

let server: WorkshopServer | null = null;
const others: BoardConnection[] = [];
test.afterEach(async () => {
  for (const link of others.splice(0)) link.close();
  await server?.stop();
  server = null;
});

test('a phone joins by the QR address, adds, edits, deletes and votes, live with another participant', async ({
  page,
}) => {
  const started = await startServer();
  server = started.server;
  const { board } = started;
  // The server's strict CSP (no inline script or style) holds for the whole visit.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.joinUrl('127.0.0.1'));
  // The token is read and taken out of the address bar.
  await expect(page).toHaveURL(`http://127.0.0.1:${server.port}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verksted i arbeidsgruppa');
  await expect(page.getByRole('status').first()).toHaveText('Tilkoblet');
  await expectNoAxeViolations(page, 'Deltakersiden: navn');
  await joinAs(page, 'Kari');
  expect(readBoard(board).participants.map((p) => p.name)).toEqual(['Kari']);

  await addIdeaOnPhone(page, 'Boligtorg i bydelen', AREAS[0]!.name);
  await expect(page.getByLabel('Din idé')).toBeFocused();
  await expect(page.getByLabel('Din idé')).toHaveValue('');
  await expect(ownIdeas(page)).toHaveCount(1);
  await expect(ownIdeas(page).first()).toContainText('1 Egnede boliger for vanskeligstilte');
  await expect.poll(() => texts(board)).toEqual(['Boligtorg i bydelen']);

  // Another participant, a Node client on the same server.
  const ola = connectBoard({
    url: `ws://127.0.0.1:${server.port}/verksted?code=${server.joinCode.toLowerCase()}`,
    WebSocketImpl: WebSocket,
  });
  others.push(ola);
  await expect.poll(() => ola.synced).toBe(true);
  joinBoard(ola.doc, ola.participantId!, 'Ola');
  addIdea(ola.doc, ola.participantId!, 'Startlån til unge i etableringsfasen', 'omr2');
  // Typing while Ola's idea arrives: the text stays as typed.
  await page.getByLabel('Din idé').fill('Halvskrevet');
  await expect(voteItem(page, 'Startlån til unge')).toBeVisible();
  await expect(page.getByLabel('Din idé')).toHaveValue('Halvskrevet');
  await expect(page.getByLabel('Din idé')).toBeFocused();
  await page.getByLabel('Din idé').fill('');

  // Votes: own ones always shown, totals while not hidden.
  await expect(page.getByText('Du har 3 av 3 stemmer igjen.')).toBeVisible();
  await voteItem(page, 'Startlån').getByRole('button', { name: 'Gi stemme' }).click();
  await voteItem(page, 'Startlån').getByRole('button', { name: 'Gi stemme' }).click();
  await expect(page.getByText('Du har 1 av 3 stemmer igjen.')).toBeVisible();
  await expect(voteItem(page, 'Startlån')).toContainText('Du har gitt 2 stemmer');
  await expect(voteItem(page, 'Startlån')).toContainText('2 stemmer i alt');
  await expect
    .poll(() => readBoard(board).cards.find((c) => c.text.startsWith('Startlån'))?.votes)
    .toBe(2);
  await voteItem(page, 'Startlån').getByRole('button', { name: 'Ta tilbake' }).click();
  await expect(page.getByText('Du har 2 av 3 stemmer igjen.')).toBeVisible();

  // The facilitator hides the totals: own votes stay, totals go.
  setBoardSettings(board, { totalsHidden: true });
  await expect(page.getByText(/vises når møtelederen viser det/)).toBeVisible();
  await expect(voteItem(page, 'Startlån')).not.toContainText('i alt');
  await expect(voteItem(page, 'Startlån')).toContainText('Du har gitt 1 stemme');

  // Edit, then delete (asked once more).
  await ownIdeas(page).first().getByRole('button', { name: 'Endre' }).click();
  await expect(page.getByLabel('Endre ideen')).toBeFocused();
  await page.getByLabel('Endre ideen').fill('Boligtorg i bydelen hver tirsdag');
  await page.getByRole('button', { name: 'Lagre' }).click();
  await expect(ownIdeas(page).first().getByRole('button', { name: 'Endre' })).toBeFocused();
  await expect.poll(() => texts(board)).toContain('Boligtorg i bydelen hver tirsdag');
  await expect
    .poll(() => ola.doc && readBoard(ola.doc).cards.map((c) => c.text))
    .toContain('Boligtorg i bydelen hver tirsdag');
  await ownIdeas(page).first().getByRole('button', { name: 'Slett' }).click();
  await expect(page.getByRole('button', { name: 'Nei, behold' })).toBeFocused();
  await expectNoAxeViolations(page, 'Deltakersiden: slette?');
  await page.getByRole('button', { name: 'Ja, slett' }).click();
  await expect(ownIdeas(page)).toHaveCount(0);
  await expect.poll(() => texts(board)).toEqual(['Startlån til unge i etableringsfasen']);
  await expectNoAxeViolations(page, 'Deltakersiden: tavla');

  expect(problems).toEqual([]);

  // The facilitator removes Kari: the phone says so and stops.
  const kariId = readBoard(board).participants.find((p) => p.name === 'Kari')!.id;
  server.removeParticipant(kariId);
  await expect(page.getByRole('heading', { name: 'Du er fjernet fra verkstedet' })).toBeVisible();
  // A reload does not knock again: the way in is forgotten.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bli med i verkstedet' })).toBeVisible();
});

test('offline: an idea written without the network reaches the board when it is back', async ({
  page,
  context,
}) => {
  const started = await startServer();
  server = started.server;
  const { board } = started;
  await page.goto(server.joinUrl('127.0.0.1'));
  await joinAs(page, '');
  await addIdeaOnPhone(page, 'Skrevet med nett');
  await expect.poll(() => texts(board)).toEqual(['Skrevet med nett']);

  await context.setOffline(true);
  await expect(page.getByRole('status').first()).toContainText('Frakoblet');
  await addIdeaOnPhone(page, 'Skrevet uten nett');
  await expect(page.getByRole('status').first()).toContainText('(1 idé venter)');
  await expect(ownIdeas(page)).toHaveCount(2);
  // Really offline: the server has not got it, also after a while.
  await page.waitForTimeout(1500);
  expect(texts(board)).toEqual(['Skrevet med nett']);
  expect(server.connected()).toBe(0);

  await context.setOffline(false);
  await expect(page.getByRole('status').first()).toHaveText('Tilkoblet');
  await expect.poll(() => texts(board)).toEqual(['Skrevet med nett', 'Skrevet uten nett']);
  // Reloading keeps the same participant: no second one on the board.
  await page.reload();
  await expect(ownIdeas(page)).toHaveCount(2);
  // The ideas can show from the phone's own copy before the socket is back; wait for it, as only
  // a connected phone hears the workshop end (one still knocking keeps trying).
  await expect(page.getByRole('status').first()).toHaveText('Tilkoblet');
  expect(server.participants()).toHaveLength(1);

  // The facilitator ends the workshop: the phone says so and stops.
  await server.stop();
  await expect(page.getByRole('heading', { name: 'Verkstedet er avsluttet' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('a reload while the board is out of reach keeps the ideas written meanwhile', async ({
  page,
  context,
}) => {
  const started = await startServer();
  server = started.server;
  const { board } = started;
  // The board's socket goes through Playwright, so it can be made unreachable while the page
  // itself still loads (the route must be there before the page, which it wraps).
  let reachable = true;
  await page.routeWebSocket(/\/verksted/, (ws) => {
    if (reachable) ws.connectToServer();
    else ws.close({ code: 1011, reason: 'Nede' });
  });
  await page.goto(server.joinUrl('127.0.0.1'));
  await joinAs(page, 'Kari');
  await addIdeaOnPhone(page, 'Skrevet med nett');
  await expect.poll(() => texts(board)).toEqual(['Skrevet med nett']);

  reachable = false;
  await context.setOffline(true);
  await expect(page.getByRole('status').first()).toContainText('Frakoblet');
  await addIdeaOnPhone(page, 'Skrevet uten nett');
  await context.setOffline(false);
  await page.reload();
  await expect(ownIdeas(page)).toHaveCount(2);
  await expect(ownIdeas(page).nth(1)).toContainText('Skrevet uten nett');
  await expect(page.getByRole('status').first()).toContainText('Frakoblet');
  expect(texts(board)).toEqual(['Skrevet med nett']);

  reachable = true;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect.poll(() => texts(board)).toEqual(['Skrevet med nett', 'Skrevet uten nett']);
  expect(server.participants()).toHaveLength(1);
});

test('a change the server refuses is said plainly, and the ideas written with it are sent again', async ({
  page,
  context,
}) => {
  const started = await startServer();
  server = started.server;
  const { board } = started;
  await page.goto(server.joinUrl('127.0.0.1'));
  await joinAs(page, 'Kari');
  await addIdeaOnPhone(page, 'Første idé');
  await expect.poll(() => texts(board)).toEqual(['Første idé']);

  // Offline, Kari gives all three votes and writes an idea; meanwhile the facilitator lowers the
  // votes per person to one. Back online, the phone's whole offline change is refused.
  await context.setOffline(true);
  await expect(page.getByRole('status').first()).toContainText('Frakoblet');
  for (let i = 0; i < 3; i++) {
    await voteItem(page, 'Første idé').getByRole('button', { name: 'Gi stemme' }).click();
  }
  await addIdeaOnPhone(page, 'Skrevet mens stemmene ble færre');
  setBoardSettings(board, { votesPerPerson: 1 });
  await context.setOffline(false);

  await expect(page.getByRole('alert')).toContainText('Du har bare 1 stemmer å gi.');
  // The idea is written again on the server's board; the refused votes are not.
  await expect.poll(() => texts(board)).toEqual(['Første idé', 'Skrevet mens stemmene ble færre']);
  await expect(page.getByText('Du har 1 av 1 stemmer igjen.')).toBeVisible();
  await expect(ownIdeas(page)).toHaveCount(2);
  expect(readBoard(board).counts.votesCast).toBe(0);
  await expectNoAxeViolations(page, 'Deltakersiden: avvist');
  await page.getByRole('button', { name: 'Lukk meldingen' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The phone goes on normally on its fresh copy.
  await voteItem(page, 'Skrevet mens').getByRole('button', { name: 'Gi stemme' }).click();
  await expect.poll(() => readBoard(board).counts.votesCast).toBe(1);
});

test('hostile input: too long, markup and a flood of ideas are refused with a message', async ({
  page,
}) => {
  const started = await startServer();
  server = started.server;
  const { board } = started;
  await page.goto(server.joinUrl('127.0.0.1'));
  await joinAs(page, 'Kari');

  await addIdeaOnPhone(page, 'x'.repeat(281));
  await expect(page.getByRole('alert')).toContainText('Ideen er for lang: 281 tegn, høyst 280');
  await expect(page.getByText('281 av 280 tegn')).toBeVisible();
  await expect(page.getByLabel('Din idé')).toHaveValue('x'.repeat(281));
  await expectNoAxeViolations(page, 'Deltakersiden: for lang idé');

  const markup = '<img src=x onerror="document.title=\'hacked\'"> <b>fet</b>';
  await addIdeaOnPhone(page, markup);
  await expect(ownIdeas(page).first()).toContainText(markup);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main b')).toHaveCount(0);
  expect(await page.title()).not.toBe('hacked');
  await expect.poll(() => texts(board)).toEqual([markup]);

  for (let i = 2; i <= 20; i++) await addIdeaOnPhone(page, `Idé nummer ${i}`);
  await expect(ownIdeas(page)).toHaveCount(20);
  await addIdeaOnPhone(page, 'Idé nummer 21');
  await expect(page.getByRole('alert')).toContainText('Du har nådd grensen på 20 ideer');
  await expect.poll(() => readBoard(board).cards.length).toBe(20);
  expect(texts(board)).not.toContain('Idé nummer 21');
});

test('without the QR code the page asks for the code; a wrong one is said plainly', async ({
  page,
}) => {
  const started = await startServer();
  server = started.server;
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await expect(page.getByRole('heading', { name: 'Bli med i verkstedet' })).toBeVisible();
  await expectNoAxeViolations(page, 'Deltakersiden: kode');
  await page.getByLabel('Kode').fill('abc');
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByRole('alert')).toContainText('Koden har 6 tegn');

  await page.getByLabel('Kode').fill('ZZZ ZZZ');
  await page.getByRole('button', { name: 'Bli med' }).click();
  await expect(page.getByRole('alert')).toContainText('Sjekk koden');
  await expect(page.getByLabel('Kode')).toBeVisible();

  const code = server.joinCode;
  await page.getByLabel('Kode').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await page.getByRole('button', { name: 'Bli med' }).click();
  await joinAs(page, 'Per');
  await expect
    .poll(() => readBoard(started.board).participants.map((p) => p.name))
    .toEqual(['Per']);
});

test('the participant sees what the facilitator did with the ideas, calmly tagged', async ({
  page,
}) => {
  const started = await startServer();
  server = started.server;
  const { board } = started;
  await page.goto(server.joinUrl('127.0.0.1'));
  await joinAs(page, 'Kari');
  const ideas = [
    'Boligtorg i bydelen',
    'Drop-in hver tirsdag',
    'Åpent kontor på biblioteket',
    'Veiviser for startlån',
    'Studietur til Bergen',
    'Felles kontaktpunkt',
  ];
  for (const text of ideas) await addIdeaOnPhone(page, text);
  await expect.poll(() => texts(board)).toHaveLength(ideas.length);
  const id = (text: string) => readBoard(board).cards.find((card) => card.text === text)!.id;
  await expect(voteItem(page, 'Studietur til Bergen')).not.toContainText('Parkert');

  // The facilitator's decisions, made on the board the projector shows.
  changeIdea(board, id('Studietur til Bergen'), { parked: true });
  changeIdea(board, id('Veiviser for startlån'), { focusAreaId: 'omr2', accepted: true });
  changeIdea(board, id('Felles kontaktpunkt'), { focusAreaId: 'omr1', measureId: 'tiltak-1' });
  const boligtorg = id('Boligtorg i bydelen');
  mergeIdeas(board, boligtorg, id('Drop-in hver tirsdag'));
  mergeIdeas(board, boligtorg, id('Åpent kontor på biblioteket'));

  const tags = (text: string) =>
    voteItem(page, text).getByRole('list', { name: 'Hva møtelederen har gjort' });
  await expect(tags('Studietur til Bergen')).toHaveText('Parkert');
  await expect(tags('Veiviser for startlån')).toHaveText('Godtatt som tiltak');
  await expect(tags('Felles kontaktpunkt')).toHaveText('Gjort til tiltak i planen');
  await expect(tags('Boligtorg i bydelen')).toHaveText('Slått sammen med 2 andre ideer');
  // Own ideas merged away say where they went; neither they nor a promoted one can be changed.
  const own = (text: RegExp) => ownIdeas(page).filter({ hasText: text });
  await expect(own(/^Drop-in hver tirsdag/)).toContainText('Slått sammen med en annen idé');
  await expect(own(/^Drop-in hver tirsdag/).getByRole('button', { name: 'Endre' })).toHaveCount(0);
  await expect(own(/^Drop-in hver tirsdag/).getByRole('button', { name: 'Slett' })).toHaveCount(0);
  await expect(own(/^Felles kontaktpunkt/)).toContainText('Gjort til tiltak i planen');
  await expect(own(/^Felles kontaktpunkt/).getByRole('button', { name: 'Endre' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'deltakersiden med merkelapper');
});
