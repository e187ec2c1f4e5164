import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '../e2e/support/worker-server';
import { goTo, uniqueTitle } from '../e2e/support/plan-steps';
import { openOsloPlanWithMeasures, osloMeasures } from '../e2e/support/plan-with-measures';

// Screenshots of shared projects (felles prosjekter) as their own group, last in a focus area,
// numbered as Husbanken's form numbers them (for looking, not assertions).
const dir = join(process.cwd(), '.tmp', 'screens');
test.beforeAll(() => mkdir(dir, { recursive: true }));
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(dir, `issue15-${name}.png`) });

const sharedSeeds = [
  ...osloMeasures,
  { id: 'm-1s1', focusAreaId: 'fa-1', code: '1A', title: 'Felles boligsosial ressursbank' },
  { id: 'm-1s2', focusAreaId: 'fa-1', code: '1B', title: 'Felles kartlegging av bostedsløse' },
];

test('screenshots: shared projects under «Felles prosjekter», list and table', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Felles'), sharedSeeds, (plan) => {
    (plan.info as Record<string, unknown>).sharedProjectsNumberedApart = true;
    for (const m of plan.measures as { id: string; sharedProject: unknown }[])
      if (m.id.startsWith('m-1s'))
        m.sharedProject = {
          responsible: 'Bydel Alna',
          participants: 'Bydel Grorud, Bydel Stovner',
          ledByOther: m.id === 'm-1s2',
        };
  });
  await goTo(page, 'Om planen');
  const setting = page.getByRole('checkbox', { name: /^Felles prosjekter nummereres/ });
  await setting.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 400);
  await shot(page, 'om-planen-tiltakskoder');

  await goTo(page, 'Satsningsområder og tiltak');
  const heading = page.getByRole('heading', { name: /^Felles prosjekter/ });
  await expect(heading).toBeVisible();
  await page
    .getByRole('heading', { level: 2, name: /^Satsningsområde 1\b/ })
    .scrollIntoViewIfNeeded();
  await shot(page, 'felles-prosjekter-liste');
  await page.getByRole('button', { name: '1A Felles boligsosial ressursbank' }).click();
  await page.getByRole('checkbox', { name: /^Felles prosjekt med andre/ }).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await shot(page, 'felles-prosjekt-redigering');

  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  await expect(page.getByRole('table', { name: 'Alle tiltak' })).toBeVisible();
  await shot(page, 'felles-prosjekter-tabell');

  await goTo(page, 'Budsjett');
  await page.getByRole('button', { name: 'Vis alle satsningsområder' }).click();
  await page.getByRole('heading', { name: 'Felles prosjekter' }).first().scrollIntoViewIfNeeded();
  await shot(page, 'felles-prosjekter-budsjett');
});
