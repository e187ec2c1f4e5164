import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { goTo } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures, osloMeasures } from '../e2e/support/plan-with-measures';
import { withReports } from '../e2e/support/plan-with-reports';
import { answerDialogs } from '../e2e/support/test-server';

// Screenshots of Eksport › Rapporter (choice, saved, failed) for looking at the design:
// PLAYWRIGHT_TEST_DIR=tests/screens npx playwright test tests/screens/report-export.spec.ts
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));

const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue13-${name}.png`) });

test('report exports', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOsloPlanWithMeasures(
    page,
    request,
    'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030',
    osloMeasures,
    withReports,
  );
  const plansDir = await answerDialogs(request, {});
  await goTo(page, 'Eksport');
  const card = page.getByRole('region', { name: 'Rapporter' });
  await card.scrollIntoViewIfNeeded();
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'rapporter-01-valg');

  await answerDialogs(request, { save: [join(plansDir, 'Halvårsrapport.docx')] });
  await card.getByRole('button', { name: 'Lag Word-rapport' }).click();
  await expect(card.getByRole('status').first()).toContainText('er lagret som', {
    timeout: 60_000,
  });
  await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'rapporter-02-lagret');

  await answerDialogs(request, { save: [join(plansDir, 'finnes-ikke', 'x.docx')] });
  await card.getByRole('button', { name: 'Lag sluttrapport (Word)' }).click();
  await expect(card.getByRole('status').nth(2)).toContainText('Planen er ikke endret', {
    timeout: 60_000,
  });
  await card
    .getByRole('status')
    .nth(2)
    .evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await shot(page, 'rapporter-03-feil');
});
