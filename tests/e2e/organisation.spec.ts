import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import { createPlan, expectAllSaved, goTo, uniqueTitle } from './support/plan-steps';
import { answerDialogs } from './support/test-server';

const tree = (page: Page) => page.getByRole('region', { name: 'Ledd i organisasjonen' });
const row = (page: Page, name: string) =>
  tree(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}, `) });
/** The list item of a body in the tree (its own, not those of the bodies above it). */
const itemOf = (page: Page, name: string) => row(page, name).locator('xpath=ancestor::li[1]');
const chart = (page: Page) => page.getByRole('img', { name: 'Organisasjonskart' });
const chartSvg = (page: Page) => chart(page).locator('svg');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text of each box in the drawn chart, its lines joined by spaces. */
async function chartLabels(svg: Locator): Promise<string[]> {
  return svg.locator('g.node').evaluateAll((nodes) =>
    nodes.map((node) =>
      [...node.querySelectorAll('text > tspan.text-outer-tspan')]
        .map((row) => (row.textContent ?? '').trim())
        .join(' ')
        .replace(/\s+/g, ' '),
    ),
  );
}

async function select(page: Page, name: string) {
  await row(page, name).click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

/** Adds a body under the selected one (or at the top) and gives it a name and a type. */
async function addBody(page: Page, under: string | null, name: string, type: string) {
  if (under === null) {
    await page.getByRole('button', { name: 'Legg til ledd øverst' }).click();
  } else {
    await select(page, under);
    await page.getByRole('button', { name: `Legg til ledd under ${under}` }).click();
  }
  const nameField = page.getByLabel('Navn', { exact: true });
  await expect(nameField).toBeFocused();
  await nameField.fill(name);
  await page.getByLabel('Type', { exact: true }).selectOption({ label: type });
  await expect(row(page, name)).toBeVisible();
}

async function addMember(
  page: Page,
  person: { name: string; title: string } | string,
  role: string,
) {
  await page.getByRole('button', { name: 'Legg til medlem' }).click();
  const form = page.getByRole('form', { name: /^Nytt medlem i / });
  if (typeof person === 'string') {
    await form.getByLabel('Person').selectOption({ label: person });
  } else {
    await form.getByLabel('Person').selectOption({ label: 'Ny person …' });
    await form.getByLabel('Navn').fill(person.name);
    await form.getByLabel('Stillingstittel').fill(person.title);
  }
  await form.getByLabel('Rolle i leddet').fill(role);
  await form.getByRole('button', { name: 'Legg til medlem' }).click();
  await expect(form).toBeHidden();
}

/** Decodes a PNG in the page and counts pixels that are not (nearly) white. */
async function inkedPixels(
  page: Page,
  png: Buffer,
): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! < 250) transparent++;
      else if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked++;
    }
    return { width: canvas.width, height: canvas.height, inked: transparent > 0 ? -1 : inked };
  }, png.toString('base64'));
}

const groups = [
  'Arbeidsgruppe bolig',
  'Arbeidsgruppe oppfølging',
  'Arbeidsgruppe «bomiljø» og nærmiljø',
];
const tricky = 'Team "Hjem" <script>alert(1)</script> & Ås-ØÆ 🏠';

test('builds the Grorud-style organisation, draws it as SVG text and exports PNG, SVG and .mmd', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const title = uniqueTitle('Organisasjon Grorud');
  await createPlan(page, 'Tom plan', title);
  await goTo(page, 'Organisering');
  await expect(tree(page).getByText('Organisasjonen har ingen ledd ennå.')).toBeVisible();
  // An empty organisation gives a message, not an empty chart.
  await expect(
    page.getByText('Organisasjonen har ingen ledd ennå.', { exact: true }),
  ).toBeVisible();

  await addBody(page, null, 'Bydelsutvalget', 'Politisk organ');
  await addBody(
    page,
    'Bydelsutvalget',
    'Programansvarlig (bydelsdirektør)',
    'Programansvarlig / prosjekteier',
  );
  await addBody(page, 'Programansvarlig (bydelsdirektør)', 'Styringsgruppe', 'Styringsgruppe');
  await addBody(page, 'Styringsgruppe', 'Programleder', 'Programledelse');
  for (const group of groups)
    await addBody(page, 'Programleder', group, 'Arbeidsgruppe / arbeidsutvalg');
  await addBody(page, null, 'Referansegruppe', 'Referansegruppe');
  await page.getByRole('group', { name: 'Gir råd til' }).getByLabel('Styringsgruppe').check();
  await addBody(page, 'Programleder', tricky, 'Delprosjekt');

  // Members: a new person typed in place, then the same person picked from the list.
  await select(page, 'Styringsgruppe');
  await addMember(page, { name: 'Kari Nordvik', title: 'Bydelsdirektør' }, 'leder');
  await addMember(page, { name: 'Marte Fjellheim', title: 'Programleder' }, 'sekretær');
  await select(page, 'Programleder');
  await addMember(page, 'Marte Fjellheim, Programleder', '');

  // Responsibilities as a bullet list: Enter starts the next point.
  await select(page, 'Styringsgruppe');
  await page.getByRole('button', { name: 'Legg til ansvar' }).click();
  await page.keyboard.type('Følger opp økonomi');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Godkjenner arbeidsplaner og rapporter');
  await page.keyboard.press('Alt+ArrowUp');
  const duties = page.getByRole('region', { name: 'Ansvar og oppgaver' }).getByRole('textbox');
  await expect(duties).toHaveCount(2);
  await expect(duties.nth(0)).toHaveValue('Godkjenner arbeidsplaner og rapporter');
  await expect(duties.nth(1)).toHaveValue('Følger opp økonomi');

  // The chart: every body as plain SVG text, no foreignObject, names exactly as typed.
  await page.getByLabel('Ansvar', { exact: true }).check();
  const names = [
    'Bydelsutvalget',
    'Programansvarlig (bydelsdirektør)',
    'Styringsgruppe',
    'Programleder',
    ...groups,
    'Referansegruppe',
    tricky,
  ];
  await expect
    .poll(async () => {
      const labels = await chartLabels(chartSvg(page));
      return names.filter((name) => !labels.some((label) => label.startsWith(name)));
    })
    .toEqual([]);
  await expect
    .poll(async () =>
      (await chartLabels(chartSvg(page))).find((l) => l.startsWith('Styringsgruppe')),
    )
    .toBe(
      'Styringsgruppe Kari Nordvik (leder) Marte Fjellheim (sekretær) • Godkjenner arbeidsplaner og rapporter • Følger opp økonomi',
    );
  const markup = await chartSvg(page).evaluate((svg) => svg.outerHTML);
  expect(markup).not.toContain('foreignObject');
  expect(await chartSvg(page).locator('script').count()).toBe(0);
  // The reference group's advice is drawn, labelled, as its own line.
  await expect(chartSvg(page).locator('g.edgeLabel text', { hasText: /\S/ })).toHaveText([
    'gir råd',
  ]);
  await expect(
    page.getByText(/Referansegruppe \(referansegruppe\) er øverst og gir råd til Styringsgruppe\./),
  ).toBeAttached();
  await expectAllSaved(page);
  await expectNoAxeViolations(page, 'Organisering med kart');

  // PNG through the save dialog: twice the size of the SVG, white, and with a drawing on it.
  const plansDir = await answerDialogs(request, {});
  const svgSize = await chartSvg(page).evaluate((svg) => ({
    width: Number(svg.getAttribute('width')),
    height: Number(svg.getAttribute('height')),
  }));
  expect(svgSize.width).toBeGreaterThan(200);
  const pngPath = join(plansDir, 'kart.png');
  await answerDialogs(request, { save: [pngPath] });
  await page.getByRole('button', { name: 'Lagre som PNG' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Lagret som' });
  await expect(saved).toContainText('kart.png');
  const png = await readFile(pngPath);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const header = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  expect(header.width).toBeGreaterThanOrEqual(2 * svgSize.width);
  expect(header.height).toBeGreaterThanOrEqual(2 * svgSize.height);
  const pixels = await inkedPixels(page, png);
  expect(pixels).toMatchObject(header);
  // Not transparent anywhere (-1), and boxes, lines and text cover a real part of the picture.
  expect(pixels.inked).toBeGreaterThan(header.width * header.height * 0.05);

  // "Åpne filen" hands the file to the system's program.
  await saved.getByRole('button', { name: 'Åpne filen' }).click();
  await expect
    .poll(async () => {
      const response = await request.post('/__test/dialogs', { data: {} });
      return ((await response.json()) as { openedWithSystem: string[] }).openedWithSystem;
    })
    .toContain(pngPath);

  // SVG and the mermaid source.
  const svgPath = join(plansDir, 'kart.svg');
  const mmdPath = join(plansDir, 'kart.mmd');
  await answerDialogs(request, { save: [svgPath] });
  await page.getByRole('button', { name: 'Lagre som SVG' }).click();
  await expect(saved).toContainText('kart.svg');
  const svgFile = await readFile(svgPath, 'utf8');
  expect(svgFile).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgFile).not.toContain('foreignObject');
  expect(svgFile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  expect(svgFile).toContain('Referansegruppe');
  expect(svgFile).toMatch(/<rect[^>]*fill="#ffffff"/);
  // Lines and text carry their own colours and font, for programs that skip the style block.
  const links = svgFile.match(/<path[^>]*flowchart-link[^>]*>/g) ?? [];
  expect(links.length).toBeGreaterThanOrEqual(8);
  for (const link of links) expect(link).toMatch(/ fill="none"[\s\S]* stroke="rgb\(/);
  expect(svgFile).toMatch(/<text[^>]* font-family="Arial, Helvetica, sans-serif"/);
  await answerDialogs(request, { save: [mmdPath] });
  await page.getByRole('button', { name: 'Lagre for videre redigering' }).click();
  await expect(saved).toContainText('kart.mmd');
  const mmd = await readFile(mmdPath, 'utf8');
  expect(mmd).toContain('htmlLabels: false');
  expect(mmd).toContain('flowchart TB');
  expect(mmd).toContain('#60;script#62;alert(1)#60;/script#62;');
  expect(mmd).toContain('-.->|"gir råd"|');

  // A file that cannot be written gives a message, not silence.
  await answerDialogs(request, { save: [join(plansDir, 'finnes-ikke', 'kart.png')] });
  await page.getByRole('button', { name: 'Lagre som PNG' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Filen kunne ikke lagres' }),
  ).toBeVisible();

  // A cancelled dialog changes nothing and says nothing.
  await page.getByRole('button', { name: 'Lagre som PNG' }).click();
  await expect(saved).toBeHidden();
  expect((await readdir(plansDir)).filter((f) => f.startsWith('kart'))).toHaveLength(3);

  // Everything is still there after a reload.
  await expectAllSaved(page);
  await page.reload();
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: title, exact: true })
    .click();
  await goTo(page, 'Organisering');
  for (const name of names) await expect(row(page, name)).toBeVisible();
  await select(page, 'Styringsgruppe');
  await expect(page.getByLabel('Rolle i leddet for Kari Nordvik')).toHaveValue('leder');
  await expect(duties.nth(0)).toHaveValue('Godkjenner arbeidsplaner og rapporter');
  await select(page, 'Referansegruppe');
  await expect(
    page.getByRole('group', { name: 'Gir råd til' }).getByLabel('Styringsgruppe'),
  ).toBeChecked();
  await expect
    .poll(async () =>
      (await chartLabels(chartSvg(page))).filter((l) => l.startsWith('Arbeidsgruppe')),
    )
    .toHaveLength(3);
});

test('reporting lines cannot go in a circle; moving, reordering and deleting with undo', async ({
  page,
}) => {
  await createPlan(
    page,
    'Boligsosialt utviklingsprogram – Oslo-bydel',
    uniqueTitle('Organisasjon'),
  );
  await goTo(page, 'Organisering');
  await select(page, 'Styringsgruppe');

  // The steering group cannot report to itself or to anything below it.
  const parent = page.getByLabel('Rapporterer til');
  const offered = await parent.locator('option').allTextContents();
  const trimmed = offered.map((o) => o.replace(/\u00a0/g, '').trim());
  expect(trimmed).toContain('Bydelsutvalget');
  expect(trimmed).not.toContain('Styringsgruppe');
  expect(trimmed).not.toContain('Programledelse');
  expect(trimmed).not.toContain('Arbeidsgruppe booppfølging');

  // Move the programme management under the coordinating unit, then back.
  await select(page, 'Programledelse');
  const unit = page
    .getByLabel('Rapporterer til')
    .locator('option', { hasText: 'Koordinerende enhet' });
  await page.getByLabel('Rapporterer til').selectOption((await unit.getAttribute('value'))!);
  const coordinating = itemOf(page, 'Koordinerende enhet');
  await expect(coordinating.getByRole('button', { name: /^Programledelse, / })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(coordinating.getByRole('button', { name: /^Programledelse, / })).toHaveCount(0);

  // Keyboard in the tree: arrows move between bodies, Alt + arrows move the body.
  const groupsOrder = () =>
    tree(page)
      .getByRole('button', { name: /^Arbeidsgruppe / })
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')!.replace(/,.*$/, '')));
  const before = await groupsOrder();
  await row(page, before[1]!).click();
  await row(page, before[1]!).press('Alt+ArrowUp');
  await expect.poll(groupsOrder).toEqual([before[1], before[0], ...before.slice(2)]);
  await expect(row(page, before[1]!)).toBeFocused();
  await row(page, before[1]!).press('ArrowDown');
  await expect(row(page, before[0]!)).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: before[0], exact: true })).toBeVisible();

  // The states a user meets: the new-member form, the chart in its full view.
  await page.getByRole('button', { name: 'Legg til medlem' }).click();
  await page
    .getByRole('form', { name: /^Nytt medlem/ })
    .getByLabel('Person')
    .selectOption({ label: 'Ny person …' });
  await expectNoAxeViolations(page, 'Organisering – nytt medlem');
  await page.getByRole('button', { name: 'Vis i full størrelse' }).click();
  const fullView = page.getByRole('dialog', { name: 'Organisasjonskart' });
  await expect(fullView.getByRole('img', { name: 'Organisasjonskart' })).toBeFocused();
  await expectNoAxeViolations(page, 'Organisering – kart i full størrelse');
  await page.keyboard.press('Escape');
  await expect(fullView).toHaveCount(0);
  await page
    .getByRole('form', { name: /^Nytt medlem/ })
    .getByLabel('Navn')
    .press('Escape');
  await expect(page.getByRole('form', { name: /^Nytt medlem/ })).toHaveCount(0);

  // Dragging a body onto the middle of another puts it under that one.
  await row(page, 'Referansegruppe').dragTo(row(page, 'Koordinerende enhet'));
  await expect(coordinating.getByRole('button', { name: /^Referansegruppe, / })).toBeVisible();
  await expect(row(page, 'Referansegruppe')).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(coordinating.getByRole('button', { name: /^Referansegruppe, / })).toHaveCount(0);

  // Deleting a body with bodies under it asks what to do with them.
  await select(page, 'Programledelse');
  const below = await groupsOrder();
  await page.getByRole('button', { name: 'Slett Programledelse' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slette «Programledelse»?' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'Organisering – slette ledd med underledd');
  await dialog.getByRole('button', { name: 'Flytt dem opp under «Styringsgruppe»' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'er slettet' });
  await expect(notice).toContainText(
    '«Programledelse» er slettet. Leddene under er flyttet opp ett nivå.',
  );
  await expect(row(page, 'Programledelse')).toHaveCount(0);
  const steering = itemOf(page, 'Styringsgruppe').locator(':scope > ul > li');
  for (const group of below) {
    await expect(steering.getByRole('button', { name: `${group}, Arbeidsgruppe` })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'Organisering – ledd slettet');
  await notice.getByRole('button', { name: 'Angre' }).click();
  await expect(row(page, 'Programledelse')).toBeFocused();

  await page.getByRole('button', { name: 'Slett Programledelse' }).click();
  await dialog.getByRole('button', { name: /^Slett alle \d+ leddene under også$/ }).click();
  await expect(notice).toContainText(/«Programledelse» er slettet med \d+ ledd under seg\./);
  for (const group of below) await expect(row(page, group)).toHaveCount(0);
  await expectAllSaved(page);
});

test('the chart tells what is wrong instead of going blank, and mermaid is not in the start-up code', async ({
  page,
}) => {
  const assets = join(process.cwd(), 'dist', 'renderer', 'assets');
  const entry = (await readdir(assets)).filter((f) => /^index-.*\.js$/.test(f));
  expect(entry).toHaveLength(1);
  const code = await readFile(join(assets, entry[0]!), 'utf8');
  expect(code).not.toContain('flowchart-v2');
  expect(code).toMatch(/import\(["'`]\.\/mermaid\.core-/);

  await createPlan(page, 'Tom plan', uniqueTitle('Tomt kart'));
  await goTo(page, 'Eksport');
  // The goal structure of an empty plan: a message, and no export of nothing.
  const section = page.getByRole('region', { name: 'Målstruktur' });
  await expect(
    section.getByText('Planen har verken visjon, mål eller strategier ennå.'),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: 'Lagre som PNG' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await goTo(page, 'Visjon og mål');
  await page.getByLabel('Visjon', { exact: true }).fill('Alle skal ha et trygt og godt sted å bo.');
  await goTo(page, 'Eksport');
  await expect(
    section.getByRole('img', { name: 'Målstruktur' }).locator('svg text').first(),
  ).toBeVisible();
  expect(await section.locator('svg foreignObject').count()).toBe(0);
  await expectNoAxeViolations(page, 'Eksport med målstruktur');
});
