import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { goTo, uniqueTitle } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';

// Versjoner og endringer (issue 17 points 1–4) at 1366×768 and 1920×1080:
// .tmp/screens/issue17-versjoner-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(dir, `issue17-versjoner-${name}.png`), fullPage });

const people = ['Kari Testesen', 'Ola Prøvesen', 'Siri Eksempelsen'];
const parts = ['measures', 'budget', 'goals', 'chapters'] as const;
const texts = {
  measures: (i: number) => `Tiltak 1A: ansvarlig endret fra Marte Fjellheim til Håkon Myhre (${i})`,
  budget: (i: number) =>
    `Budsjett 2027: kostnad for 1A endret fra ${i * 1000} kr til ${(i + 1) * 1000} kr`,
  goals: (i: number) => `Delmål 1.${(i % 4) + 1}: tekst endret`,
  chapters: (i: number) => `Kapittel «Innledning»: tekst endret (${i})`,
};

/**
 * A plan adopted as 1.0 in March 2027 (its snapshot before 1A got another owner), with a long
 * log written straight into the file.
 */
function withHistory(plan: Record<string, unknown>) {
  // A long title, to see that the version beside it keeps the header calm at 1366 px.
  (plan.info as { title: string }).title =
    'Boligsosial handlingsplan for Bydel Fjellstad 2027–2030, revidert etter vedtak i bystyret';
  const snapshot = structuredClone(plan);
  const measures = plan.measures as { title: string }[];
  measures[0]!.title = 'Boligtorg for hele bydelen';
  plan.versions = [
    {
      id: 'ver-1',
      kind: 'adopted',
      number: '1.0',
      adoptedDate: '2027-03-12',
      adoptedBy: 'Bystyret',
      caseNumber: '2027/123',
      recordedAt: '2027-03-14T09:00:00.000Z',
      recordedBy: 'Kari Testesen',
      note: '',
      schemaVersion: plan.schemaVersion,
      snapshot,
    },
  ];
  const start = Date.parse('2027-03-15T08:00:00.000Z');
  plan.changeLog = Array.from({ length: 5000 }, (_, i) => {
    const part = parts[i % parts.length]!;
    return {
      id: `log-${i}`,
      at: new Date(start + i * 7 * 60_000).toISOString(),
      who: people[i % people.length]!,
      part,
      kind: 'changed',
      entityId: `e-${i % 9}`,
      field: 'text',
      text: texts[part](i),
    };
  });
}

test('versions page, compare view, adopt dialog and header badge', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Versjoner'), undefined, withHistory);
  await expect(page.getByRole('banner').getByRole('link', { name: /^Versjon 1\./ })).toBeVisible();
  await shot(page, '1366-badge');
  await goTo(page, 'Versjoner og endringer');
  await expect(page.getByText(/siden vedtaket/)).toBeVisible();
  await shot(page, '1366-top');
  await page.getByRole('link', { name: 'Se hva som er endret' }).click();
  const compare = page.getByRole('region', { name: 'Sammenlign', exact: true });
  await compare.locator('summary').first().click();
  await shot(page, '1366-compare');
  await page.getByRole('button', { name: 'Vedta planen' }).click();
  await shot(page, '1366-adopt');
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, '1920-top');
  await page.getByRole('link', { name: 'Se hva som er endret' }).click();
  await shot(page, '1920-compare');
  await page.getByRole('region', { name: 'Endringslogg', exact: true }).scrollIntoViewIfNeeded();
  await page
    .getByRole('region', { name: 'Endringslogg', exact: true })
    .getByRole('heading')
    .focus();
  await shot(page, '1920-log');
  // 5 000 entries: the newest 200 are drawn, and «Vis flere» adds 200 at a time.
  const logTable = page
    .getByRole('region', { name: 'Endringslogg', exact: true })
    .getByRole('table');
  await expect(logTable.getByRole('row')).toHaveCount(201);
  await page.getByRole('button', { name: /^Vis flere/ }).click();
  await expect(logTable.getByRole('row')).toHaveCount(401);
  await page.getByRole('button', { name: 'Vedta planen' }).click();
  await page.getByRole('button', { name: /^Vedta som versjon/ }).click();
  await shot(page, '1920-adopt-problem');
  await page.keyboard.type('Bydelsutvalget');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Planen er vedtatt og tatt vare på som versjon 1.1.')).toBeVisible();
  await shot(page, '1920-adopted');
  const log = page.getByRole('region', { name: 'Endringslogg', exact: true });
  await log.getByRole('heading').scrollIntoViewIfNeeded();
  await shot(page, '1920-log-after-adoption');
});
