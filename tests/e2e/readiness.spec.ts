import { expect, test } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { goTo, uniqueTitle } from './support/plan-steps';
import { openOsloPlanWithMeasures, osloMeasures } from './support/plan-with-measures';

test('«Klar til politisk behandling?» sorts the Oslo plan’s problems, links to the field and follows the plan', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // 1B has no owner: serious. The template's unused strategies are notes.
  const seeds = osloMeasures.map((m) => (m.code === '1B' ? { ...m, ownerPersonId: undefined } : m));
  await openOsloPlanWithMeasures(page, request, uniqueTitle('Plan for klar-sjekk'), seeds);
  await goTo(page, 'Eksport');

  const panel = page.getByRole('region', { name: 'Klar til politisk behandling?' });
  await expect(panel.getByRole('status')).toContainText(
    /^Kvalitetssjekken har 1 punkt som bør rettes, \d+ punkter som er viktige å se på og \d+ merknader\./,
  );
  const serious = panel.getByRole('region', { name: 'Bør rettes før politisk behandling (1)' });
  await expect(serious.getByRole('link')).toHaveText([
    'Tiltak 1B «Kartlegging av boligbehov» mangler ansvarlig.',
  ]);
  const important = panel.getByRole('region', { name: /^Viktig å se på \(\d+\)$/ });
  await expect(important).toContainText('Tiltak 1A «Boligtorg» mangler kostnad.');
  await expect(important).not.toContainText('mangler målbar indikator');
  const notes = panel.getByRole('region', { name: /^Merknader \(\d+\)$/ });
  await expect(notes).toContainText('brukes ikke av noe tiltak');
  // Long groups show the first points and the rest on request.
  const shown = await important.getByRole('link').count();
  await important.getByRole('button', { name: /^Vis alle \d+$/ }).click();
  expect(await important.getByRole('link').count()).toBeGreaterThan(shown);
  await expect(important).toContainText('mangler målbar indikator');
  await expect(important.getByRole('button', { name: 'Vis færre' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  // It informs; the export is not held back.
  await expect(page.getByRole('button', { name: 'Eksporter til Word' })).toHaveAttribute(
    'aria-disabled',
    'false',
  );
  await expectNoAxeViolations(page, 'Eksport med klar-sjekk');

  // The link lands on the owner field of 1B; choosing an owner takes the point off the list.
  await serious.getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Satsningsområder og tiltak' }),
  ).toBeVisible();
  const owner = page.locator(':focus');
  await expect(owner).toHaveAttribute('data-field', 'owner');
  expect(
    await owner.evaluate((el) => el.closest('[data-entity-id]')?.getAttribute('data-entity-id')),
  ).toBe('m-1b');
  await owner.selectOption({ index: 1 });

  await goTo(page, 'Eksport');
  await expect(panel.getByRole('region', { name: /^Bør rettes/ })).toHaveCount(0);
  await expect(panel.getByRole('status')).not.toContainText('bør rettes');
  await expect(panel.getByRole('status')).toContainText('som er viktige å se på');
});
