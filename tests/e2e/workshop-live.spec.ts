import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext } from '@playwright/test';
import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { addIdeaOnPhone, joinAs, linkStatus, voteItem } from './support/participant-steps';
import { startChildWebServer, type ChildWebServer } from './support/child-web-server';
import {
  createPlan,
  currentFileName,
  goTo,
  OSLO_TEMPLATE,
  reopen,
  uniqueTitle,
} from './support/plan-steps';

// The workshop from everyone's own device, end to end: the facilitator's window (the real
// renderer against the app's services) shares the board, three participant pages (one a phone at
// 390×844) join through the address and code shown on the projector and through the QR link,
// their ideas reach the board, the facilitator's operations reach them, one goes offline and
// comes back, hostile input is refused, and the app's services are killed and started again
// without losing a card.

// A step that cannot be taken fails here with its cause, not as the whole test's timeout.
test.use({ actionTimeout: 20_000, navigationTimeout: 20_000 });

const AREA_1 = '1 Egnede boliger for vanskeligstilte';
const PHONE = { width: 390, height: 844 };

const stageOf = (page: Page) => page.locator('.ws-stage');
const boardCards = (page: Page) => stageOf(page).locator('.ws-card__text');
const card = (page: Page, text: string) => stageOf(page).getByRole('group', { name: text });

async function startWorkshop(page: Page, title: string) {
  await goTo(page, 'Verksted');
  await page.getByLabel('Navn på verkstedet').fill(title);
  await page.getByLabel('Deltakere').fill('4');
  await page.getByLabel('Stemmer per person').fill('3');
  await page.getByRole('button', { name: 'Start verkstedet' }).click();
  await expect(stageOf(page).getByLabel('Ny idé')).toBeFocused();
}

/** What the projector shows to type: the short address and the code (read as people would). */
async function shownWayIn(page: Page) {
  const panel = stageOf(page).getByRole('region', { name: 'Bli med fra egen mobil eller PC' });
  await expect(panel.locator('.ws-share__address')).toHaveText(/^http:\/\//);
  const address = (await panel.locator('.ws-share__address').textContent())!.trim();
  const code = (await panel.locator('.ws-share__code [aria-hidden="true"]').textContent())!;
  return { panel, address, code };
}

/** The sharing panel, opened from the top bar's «N tilkoblet» if it is closed. */
async function sharingPanel(page: Page): Promise<Locator> {
  const panel = stageOf(page).getByRole('region', { name: 'Bli med fra egen mobil eller PC' });
  if (!(await panel.isVisible())) {
    await stageOf(page)
      .getByRole('button', { name: /tilkoblet$/ })
      .click();
  }
  await expect(panel).toBeVisible();
  return panel;
}

/** The QR code's address, as the app's own call gives it to the window. */
async function joinUrlOf(request: APIRequestContext, path: string): Promise<string> {
  const reply = await request.post('/api/getWorkshopSharing', { data: { path } });
  const body = (await reply.json()) as { reply: { sharing: { joinUrl: string } | null } };
  expect(body.reply.sharing).not.toBeNull();
  return body.reply.sharing!.joinUrl;
}

async function phone(browser: Browser, viewport = PHONE): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport, locale: 'nb-NO' });
  return [context, await context.newPage()];
}

async function joinWithCode(page: Page, address: string, code: string, name: string) {
  await page.goto(address);
  await page.getByLabel(/kode/i).first().fill(code.toLowerCase());
  await page.getByRole('button', { name: /bli med/i }).click();
  await joinAs(page, name);
}

test('three participants join from their own devices; the board and the plan follow them', async ({
  page,
  browser,
  request,
  server,
}) => {
  test.setTimeout(240_000);
  const planTitle = uniqueTitle('Plan med delt verksted');
  await createPlan(page, OSLO_TEMPLATE, planTitle);
  const path = join(server.plansDir, await currentFileName(page));
  await startWorkshop(page, 'Verksted med mobiler');
  // A card the room had before anyone joined.
  await stageOf(page).getByLabel('Ny idé').fill('Egen idé fra rommet');
  await stageOf(page).getByLabel('Ny idé').press('Enter');

  await stageOf(page).getByRole('button', { name: 'La deltakerne bli med' }).click();
  const { panel, address, code } = await shownWayIn(page);
  // The test server lets the board listen on this machine only (127.0.0.1), and says so; in the
  // app it listens on the local network and says that (tests/unit/…/sharing-panel).
  await expect(panel).toContainText('Fant ikke noe lokalt nettverk på denne maskinen');
  await expect(panel.locator('svg')).toBeVisible();
  await expect(stageOf(page).getByRole('button', { name: '0 tilkoblet' })).toBeVisible();
  await expectNoAxeViolations(page, 'delingspanelet');

  // Kari on a phone types the address and the code; Ola and Aisha scan the QR code.
  const [kariContext, kari] = await phone(browser);
  const [olaContext, ola] = await phone(browser, { width: 1280, height: 800 });
  const [aishaContext, aisha] = await phone(browser);
  try {
    await joinWithCode(kari, address, code, 'Kari');
    await expectNoAxeViolations(kari, 'deltakersiden på mobil');
    const joinUrl = await joinUrlOf(request, path);
    await ola.goto(joinUrl);
    await joinAs(ola, 'Ola');
    await aisha.goto(joinUrl);
    await joinAs(aisha, '');
    await expect(stageOf(page).getByRole('button', { name: '3 tilkoblet' })).toBeVisible();
    // The room's card is on every device.
    await expect(voteItem(kari, 'Egen idé fra rommet')).toBeVisible();

    // The facilitator keeps working on a card while the ideas arrive: focus stays on it.
    await card(page, 'Egen idé fra rommet').focus();
    await addIdeaOnPhone(kari, 'Boligtorg i bydelen', AREA_1);
    await addIdeaOnPhone(ola, 'Startlån til unge');
    await addIdeaOnPhone(aisha, 'Fast kontaktperson i NAV', AREA_1);
    await expect(boardCards(page)).toHaveCount(4);
    await expect(card(page, 'Egen idé fra rommet')).toBeFocused();
    await expect(voteItem(aisha, 'Startlån til unge')).toBeVisible();

    // Votes from the phones; the projector always sees the totals, the phones only while shown.
    await voteItem(kari, 'Startlån til unge').getByRole('button', { name: 'Gi stemme' }).click();
    await voteItem(ola, 'Startlån til unge').getByRole('button', { name: 'Gi stemme' }).click();
    await expect(card(page, 'Startlån til unge')).toContainText('2');
    await expect(voteItem(kari, 'Startlån til unge')).toContainText('2 stemmer i alt');
    await (await sharingPanel(page)).getByRole('button', { name: 'Skjul stemmetall' }).click();
    await expect(voteItem(kari, 'Startlån til unge')).not.toContainText('i alt');
    await expect(kari.getByText('Hvor mange stemmer hver idé har, vises')).toBeVisible();
    await stageOf(page).getByRole('button', { name: 'Vis stemmetallene' }).click();
    await expect(voteItem(kari, 'Startlån til unge')).toContainText('2 stemmer i alt');
    await (await sharingPanel(page)).getByRole('button', { name: 'Skjul', exact: true }).click();

    // A facilitator operation reaches the phones: the text is edited on the board.
    await card(page, 'Startlån til unge').focus();
    await page.keyboard.press('Enter');
    const editor = stageOf(page).getByRole('textbox', { name: 'Teksten på kortet' });
    await editor.fill('Startlån til unge i etableringsfasen');
    await editor.press('Enter');
    await expect(voteItem(kari, 'Startlån til unge i etableringsfasen')).toBeVisible();
    await expect(
      ola.getByRole('region', { name: /Dine ideer/ }).getByRole('listitem'),
    ).toContainText('Startlån til unge i etableringsfasen');
    // Undo in the window takes back only the facilitator's step: everyone's cards stay.
    await page.keyboard.press('Control+z');
    await expect(voteItem(kari, 'Startlån til unge')).toBeVisible();
    await expect(voteItem(kari, 'Startlån til unge i etableringsfasen')).toHaveCount(0);
    await expect(boardCards(page)).toHaveCount(4);

    // Parking, accepting and promoting in the window show on the participant's phone.
    const kariIdeas = kari.getByRole('region', { name: /Dine ideer/ }).getByRole('listitem');
    await card(page, 'Boligtorg i bydelen').focus();
    await page.keyboard.press('p');
    await expect(kariIdeas.filter({ hasText: 'Boligtorg' })).toContainText('Parkert');
    await page.keyboard.press('p');
    await expect(kariIdeas.filter({ hasText: 'Boligtorg' })).not.toContainText('Parkert');
    await page.keyboard.press('g');
    await expect(kariIdeas.filter({ hasText: 'Boligtorg' })).toContainText('Godtatt som tiltak');

    // Aisha loses the network, writes an idea, and it arrives when she is back.
    await aishaContext.setOffline(true);
    await expect(linkStatus(aisha)).toContainText('Frakoblet');
    await addIdeaOnPhone(aisha, 'Bomiljøvert i blokkene');
    await expect(linkStatus(aisha)).toContainText('1 idé venter');
    await page.waitForTimeout(1000);
    await expect(boardCards(page)).toHaveCount(4);
    await aishaContext.setOffline(false);
    await expect(linkStatus(aisha)).toHaveText('Tilkoblet');
    await expect(card(page, 'Bomiljøvert i blokkene')).toBeVisible();

    // Hostile input: markup is text, an idea over 280 characters and a flood are refused.
    await addIdeaOnPhone(ola, '<img src=x onerror="document.title=\'hacket\'"> <b>fet</b>');
    await expect(
      card(page, '<img src=x onerror="document.title=\'hacket\'"> <b>fet</b>'),
    ).toBeVisible();
    await expect(stageOf(page).locator('.ws-card img, .ws-card b')).toHaveCount(0);
    expect(await page.title()).not.toBe('hacket');
    await ola.getByLabel('Din idé').fill('x'.repeat(281));
    await ola.getByRole('button', { name: 'Legg til' }).click();
    await expect(ola.getByRole('alert')).toContainText('280');
    for (let n = 3; n <= 20; n++) await addIdeaOnPhone(ola, `Idé nummer ${n}`);
    await expect(ola.getByRole('region', { name: /Dine ideer/ }).getByRole('listitem')).toHaveCount(
      20,
    );
    await addIdeaOnPhone(ola, 'Idé nummer 21');
    await expect(ola.getByRole('alert')).toContainText('20');
    await expect(boardCards(page)).toHaveCount(5 + 19);
    await expect(card(page, 'Idé nummer 21')).toHaveCount(0);
    await expectNoAxeViolations(ola, 'deltakersiden med feilmelding');

    // Joining locked: a fourth person is turned away, those who are in stay in.
    const panel2 = await sharingPanel(page);
    await panel2.getByRole('button', { name: 'Lås for nye deltakere' }).click();
    await expect(panel2.getByRole('button', { name: 'Lås for nye deltakere' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const [lateContext, late] = await phone(browser);
    try {
      await late.goto(joinUrl);
      await expect(late.getByText('Verkstedet er låst for nye deltakere.')).toBeVisible();
      await expectNoAxeViolations(late, 'deltakersiden: låst');
    } finally {
      await lateContext.close();
    }
    await expect(stageOf(page).getByRole('button', { name: '3 tilkoblet' })).toBeVisible();

    // Removing a participant takes their cards off the board and their page off the board.
    await panel2.getByRole('button', { name: 'Fjern Deltaker 3' }).click();
    await panel2.getByRole('button', { name: 'Fjern Deltaker 3' }).click();
    await expect(
      aisha.getByRole('heading', { name: 'Du er fjernet fra verkstedet' }),
    ).toBeVisible();
    await expect(boardCards(page)).toHaveCount(22);
    await expect(card(page, 'Fast kontaktperson i NAV')).toHaveCount(0);
    await expect(voteItem(kari, 'Fast kontaktperson i NAV')).toHaveCount(0);
    await panel2.getByRole('button', { name: 'Skjul', exact: true }).click();

    // The plan holds what the board holds, after a reload of the window too.
    await expect(page.getByText('Alle endringer er lagret')).toBeVisible();
    await reopen(page, planTitle);
    await page
      .getByRole('navigation', { name: 'Deler av planen' })
      .getByRole('link', { name: 'Verksted' })
      .click();
    // Still shared: the board opens again at once, connected.
    await expect(boardCards(page)).toHaveCount(22);
    await expect(stageOf(page).getByRole('button', { name: '2 tilkoblet' })).toBeVisible();
    await addIdeaOnPhone(kari, 'Etter at møtelederen lastet på nytt');
    await expect(card(page, 'Etter at møtelederen lastet på nytt')).toBeVisible();

    // The accepted card becomes a measure in the plan; Kari's phone says so.
    await stageOf(page).getByRole('button', { name: 'Gjør til tiltak (1)' }).click();
    await expect(page.getByRole('heading', { name: 'Dette kom ut av verkstedet' })).toBeVisible();
    await expect(kariIdeas.filter({ hasText: 'Boligtorg' })).toContainText(
      'Gjort til tiltak i planen',
    );
    await page.getByRole('button', { name: 'Tilbake til tavla' }).click();

    // Ending the share closes the phones' page.
    await (await sharingPanel(page)).getByRole('button', { name: 'Avslutt deling' }).click();
    await expect(kari.getByRole('heading', { name: 'Verkstedet er avsluttet' })).toBeVisible();
    await expect(ola.getByRole('heading', { name: 'Verkstedet er avsluttet' })).toBeVisible();
  } finally {
    await Promise.all([kariContext.close(), olaContext.close(), aishaContext.close()]);
  }
});

test('the app is killed mid-workshop and started again: every card is still there and the phones go on', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const dataDir = await mkdtemp(join(tmpdir(), 'planverksted-verksted-'));
  let app: ChildWebServer | null = await startChildWebServer(dataDir);
  const [facilitatorContext, page] = await phone(browser, { width: 1360, height: 880 });
  const [kariContext, kari] = await phone(browser);
  try {
    await page.goto(app.url);
    const title = uniqueTitle('Plan som krasjer');
    await page.getByRole('radio', { name: OSLO_TEMPLATE, exact: true }).check();
    await page.getByLabel('Tittel på planen').fill(title);
    await page.getByRole('button', { name: 'Opprett' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
    await startWorkshop(page, 'Verksted som krasjer');
    await stageOf(page).getByRole('button', { name: 'La deltakerne bli med' }).click();
    const { address, code } = await shownWayIn(page);
    await joinWithCode(kari, address, code, 'Kari');
    await addIdeaOnPhone(kari, 'Første idé før krasjet');
    await addIdeaOnPhone(kari, 'Andre idé før krasjet');
    await expect(boardCards(page)).toHaveCount(2);
    // What the board accepted is written beside the plan within a second.
    await page.waitForTimeout(1500);

    await app.kill();
    app = null;
    await expect(linkStatus(kari)).toContainText('Frakoblet');
    await addIdeaOnPhone(kari, 'Skrevet mens appen var borte');
    await expect(linkStatus(kari)).toContainText('1 idé venter');

    app = await startChildWebServer(dataDir);
    await page.goto(app.url);
    await page
      .getByRole('region', { name: 'Nylige planer' })
      .getByRole('button', { name: title, exact: true })
      .click();
    await goTo(page, 'Verksted');
    await page.getByRole('button', { name: 'Fortsett på tavla' }).click();
    await expect(boardCards(page)).toHaveCount(2);
    await stageOf(page).getByRole('button', { name: 'Fortsett med deltakerne' }).click();
    // The same address and code: the phone finds its way back by itself, as the same person.
    const again = await shownWayIn(page);
    expect(again.address).toBe(address);
    expect(again.code).toBe(code);
    await expect(linkStatus(kari)).toHaveText('Tilkoblet', { timeout: 20_000 });
    await expect(card(page, 'Skrevet mens appen var borte')).toBeVisible();
    await expect(boardCards(page)).toHaveCount(3);
    await expect(again.panel.getByRole('listitem')).toHaveCount(1);

    // Ending the workshop on the board stops the server: the phone is told.
    await stageOf(page).getByRole('button', { name: 'Avslutt', exact: true }).click();
    await expect(kari.getByRole('heading', { name: 'Verkstedet er avsluttet' })).toBeVisible();
  } finally {
    await Promise.all([facilitatorContext.close(), kariContext.close()]);
    await app?.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
});
