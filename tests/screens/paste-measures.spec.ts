import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../e2e/support/worker-server';
import { openOsloPlanWithMeasures } from '../e2e/support/plan-with-measures';
import { goTo } from '../e2e/support/plan-steps';

// Screenshots of pasting measures (issue 15, part 7) at 1366×768: .tmp/screens/issue15-paste-*.png.
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
test.use({ viewport: { width: 1366, height: 768 } });

// A district's activity plan as Excel copies it: 12 measures, long descriptions, a period per row.
const header = 'Kode\tTiltak\tBeskrivelse\tForventet resultat\tPeriode\tSamarbeidspartnere';
const rows = Array.from({ length: 12 }, (_, i) =>
  [
    i === 1 ? '1A' : '',
    `Tiltak nummer ${i + 1} fra fjorårets plan`,
    `"Kartlegge behovet hos leietakere i kommunale boliger og gi råd om bostøtte og startlån.\nFølges opp hvert halvår."`,
    'Flere leietakere eier egen bolig',
    i === 3 ? 'Løpende' : `${2013 + (i % 3)}–${2015 + (i % 3)}`,
    i % 2 ? 'NAV, Boligbygg Oslo KF' : 'Bydel Fjellstad; Frivillighetssentralen',
  ].join('\t'),
);

test('paste measures screenshots', async ({ page, request }) => {
  await openOsloPlanWithMeasures(page, request, 'Handlingsplan for Bydel Fjellstad');
  await goTo(page, 'Satsningsområder og tiltak');
  const button = page.getByRole('button', { name: 'Lim inn fra Word/Excel …' }).first();
  await button.click();
  const dialog = page.getByRole('dialog');
  await page.screenshot({ path: join(dir, 'issue15-paste-field.png') });
  await dialog.getByRole('textbox').evaluate(
    (element, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    },
    [header, ...rows].join('\r\n'),
  );
  await expect(dialog.getByRole('table')).toBeVisible();
  await page.screenshot({ path: join(dir, 'issue15-paste-preview.png') });
  await dialog.getByRole('status').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(dir, 'issue15-paste-preview-table.png') });
  await dialog.getByRole('button', { name: /^Opprett/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(dir, 'issue15-paste-preview-end.png') });
  await dialog.getByRole('button', { name: /^Opprett/ }).click();
  await page.screenshot({ path: join(dir, 'issue15-paste-created.png') });
});
