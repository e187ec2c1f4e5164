import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from './support/worker-server';
import { answerDialogs } from './support/test-server';
import {
  createPlan,
  currentFileName,
  expectAllSaved,
  OSLO_TEMPLATE,
  uniqueTitle,
} from './support/plan-steps';

test('a damaged plan file is explained, left unchanged, and cancel does nothing', async ({
  page,
  request,
}) => {
  const plansDir = await answerDialogs(request, {});
  const path = join(plansDir, `${uniqueTitle('Skadet plan')}.bsplan`);
  const broken = '{\n  "schemaVersion": 1,\n  "id": "abc",\n  "info": {\n';
  await writeFile(path, broken);

  await page.goto('/');
  // Cancelling the file dialog leaves the start screen as it is.
  // Its answer is awaited before the next dialog is answered: otherwise, under load, the
  // cancelled request could reach the server late and take that answer (seen once in CI).
  const cancelled = page.waitForResponse((response) =>
    response.url().endsWith('/api/openPlanDialog'),
  );
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await cancelled;
  await expect(page.getByRole('heading', { level: 1, name: 'Planverksted' })).toBeVisible();

  await answerDialogs(request, { open: [path] });
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Filen er skadet: den er ikke gyldig JSON.',
  );
  await expect(
    page.getByRole('listitem').filter({ hasText: /^Linje \d+, kolonne \d+:/ }),
  ).toHaveCount(1);
  await expect(page.getByText('Filen er ikke endret.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gjenopprett fra sikkerhetskopi' })).toHaveCount(0);
  expect(await readFile(path, 'utf8')).toBe(broken);

  await page.getByRole('button', { name: 'Tilbake til start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planverksted' })).toBeVisible();
});

test('a damaged plan with a backup can be restored into a new file', async ({ page, request }) => {
  const title = uniqueTitle('Plan som blir skadet');
  await createPlan(page, 'Tom plan', title);
  await page.getByLabel('Kommune').fill('Fjellstad kommune');
  await expectAllSaved(page);
  const fileName = await currentFileName(page);
  await page.getByRole('button', { name: 'Lukk plan' }).click();

  const plansDir = await answerDialogs(request, {});
  const path = join(plansDir, fileName);
  await writeFile(path, '{ "schemaVersion": 1, "id": ');
  await answerDialogs(request, { open: [path] });
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await page.getByRole('button', { name: 'Gjenopprett fra sikkerhetskopi' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
  await expect(page.getByText('Planen er gjenopprettet fra sikkerhetskopien')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('(gjenopprettet).bsplan');
  expect(await readFile(path, 'utf8')).toBe('{ "schemaVersion": 1, "id": ');
});

test('a plan saved as Windows-1252 elsewhere is refused and can be copied with the right letters', async ({
  page,
  request,
}) => {
  const title = uniqueTitle('Plan for Bydel Ærøy');
  await createPlan(page, 'Tom plan', title);
  await expectAllSaved(page);
  const fileName = await currentFileName(page);
  await page.getByRole('button', { name: 'Lukk plan' }).click();

  const plansDir = await answerDialogs(request, {});
  const path = join(plansDir, fileName);
  // What another Windows program writes when it saves the file as «ANSI».
  const ansi = Buffer.from(await readFile(path, 'utf8'), 'latin1');
  await writeFile(path, ansi);
  await answerDialogs(request, { open: [path] });
  await page.getByRole('button', { name: 'Åpne plan …' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Filen er ikke lagret som UTF-8',
  );
  await page.getByRole('button', { name: 'Lag en kopi med riktige tegn' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Om planen' })).toBeVisible();
  await expect(page.getByText('Planen er lest med tegnsettet Windows-1252')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('(konvertert).bsplan');
  await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue(title);
  expect(await readFile(path)).toEqual(ansi);
});

/** Creates a plan, then changes its file on disk as a colleague on a shared drive would. */
async function planChangedOnDisk(
  page: import('@playwright/test').Page,
  request: import('@playwright/test').APIRequestContext,
) {
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Plan på delt område'));
  await expectAllSaved(page);
  const fileName = await currentFileName(page);
  const plansDir = await answerDialogs(request, {});
  const path = join(plansDir, fileName);
  const onDisk = JSON.parse(await readFile(path, 'utf8'));
  onDisk.info.municipality = 'Endret av en kollega';
  await writeFile(path, JSON.stringify(onDisk, null, 2));
  await page.getByLabel('Bydel').fill('Fjellstad');
  const dialog = page.getByRole('alertdialog', { name: 'Noen andre har endret planen' });
  await expect(dialog).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ikke lagret – filen er endret av andre' }),
  ).toBeVisible();
  return { path, plansDir, dialog };
}

test('a conflict stops autosave; Escape keeps the warning; overwrite saves my version', async ({
  page,
  request,
}) => {
  const { path, dialog } = await planChangedOnDisk(page, request);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Planfilen er endret av noen andre')).toBeVisible();

  await page.getByRole('button', { name: 'Velg hva du vil gjøre …' }).click();
  await dialog.getByRole('button', { name: 'Overskriv med mine endringer' }).click();
  await expect(dialog).toHaveCount(0);
  await expectAllSaved(page);
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved.info.district).toBe('Fjellstad');
  expect(saved.info.municipality).toBe('Oslo kommune');
  // The colleague's version is kept as its own file, named in the notice.
  const notice = page.getByRole('status').filter({ hasText: 'Den andres versjon er tatt vare på' });
  await expect(notice).toBeVisible();
  const keptAs = (await notice.textContent())!.match(/«(.+?\(overskrevet .+?\)\.bsplan)»/)![1]!;
  const kept = JSON.parse(await readFile(join(dirname(path), keptAs), 'utf8'));
  expect(kept.info.municipality).toBe('Endret av en kollega');
});

test('a conflict can be resolved by opening the version on disk', async ({ page, request }) => {
  const { dialog } = await planChangedOnDisk(page, request);
  await dialog.getByRole('button', { name: 'Åpne versjonen på disken' }).click();
  await expect(page.getByText('Endringene du hadde gjort i vinduet, er forkastet.')).toBeVisible();
  await expect(page.getByLabel('Kommune')).toHaveValue('Endret av en kollega');
  await expect(page.getByLabel('Bydel')).toHaveValue('');
});

test('a conflict can be resolved by saving my changes as a copy', async ({ page, request }) => {
  const { plansDir, dialog } = await planChangedOnDisk(page, request);
  const copy = join(plansDir, `${uniqueTitle('Min kopi')}.bsplan`);
  await answerDialogs(request, { save: [copy] });
  await dialog.getByRole('button', { name: 'Lagre mine endringer som kopi …' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText(copy.split('/').pop()!);
  await page.getByLabel('Versjon').fill('0.2');
  await expectAllSaved(page);
  const saved = JSON.parse(await readFile(copy, 'utf8'));
  expect(saved.info).toMatchObject({ district: 'Fjellstad', version: '0.2' });
});
