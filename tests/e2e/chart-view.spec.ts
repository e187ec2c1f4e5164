import { expect, test, type Locator, type Page } from './support/worker-server';
import { expectNoAxeViolations } from './support/accessibility';
import type { Plan } from '#shared/model/plan';
import { createPlan, goTo, OSLO_TEMPLATE, uniqueTitle } from './support/plan-steps';
import { openPlanChangedOnDisk } from './support/plan-with-measures';
import { withLargeOrganisation } from '../support/organisation-fixtures';

// Issue 16 point 5: the organisation chart has room on the page and a full view over the window
// to zoom and move around in, with text one can read.

/** The smallest text we accept on screen (READABLE_TEXT_PX in renderer/src/charts/chart-zoom). */
const READABLE = 12;

const pageChart = (page: Page) =>
  page.locator('.org-chart-panel').getByRole('img', { name: 'Organisasjonskart' });
const viewer = (page: Page) => page.getByRole('dialog', { name: 'Organisasjonskart' });
const viewerChart = (page: Page) => viewer(page).getByRole('img', { name: 'Organisasjonskart' });
const opener = (page: Page) =>
  page.locator('.org-chart-panel').getByRole('button', { name: 'Vis i full størrelse' });

async function chartSettled(page: Page) {
  await expect(pageChart(page).locator('svg')).toBeVisible();
  await expect(page.locator('.chart-figure[aria-busy="true"]')).toHaveCount(0);
}

/**
 * How large the chart's text is on screen: each label's font size times the scale the picture
 * is drawn at, and the height of the rendered box of a label's line (font size and line box
 * agree to within a pixel or two, so both are checked against the same bar).
 */
async function textOnScreen(picture: Locator): Promise<{ fontPx: number; lineBox: number }> {
  return picture.locator('svg').evaluate((element) => {
    const svg = element as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    const scale = Math.min(box.width / view.width, box.height / view.height);
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim());
    const fontPx = Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
    const rows = [...svg.querySelectorAll('g.node text > tspan.text-outer-tspan')];
    const lineBox = Math.min(...rows.map((row) => row.getBoundingClientRect().height));
    return { fontPx: fontPx * scale, lineBox };
  });
}

/** The zoom the full view shows («75 %»), as a number (0.75). */
async function shownZoom(page: Page): Promise<number> {
  const text = (await viewer(page).locator('output').textContent()) ?? '';
  return Number(text.replace(/\D/g, '')) / 100;
}

async function scrollOf(picture: Locator) {
  return picture.evaluate((el) => ({ left: el.scrollLeft, top: el.scrollTop }));
}

/** The point of the chart (in its own pixels) under a point of the view. */
async function chartPointAt(picture: Locator, x: number, y: number, scale: number) {
  return picture.evaluate(
    (el, [px, py, s]) => {
      const chart = el.firstElementChild as HTMLElement;
      return {
        x: (el.scrollLeft + px! - chart.offsetLeft) / s!,
        y: (el.scrollTop + py! - chart.offsetTop) / s!,
      };
    },
    [x, y, scale],
  );
}

test('at 1366×768 the chart is readable on the page and opens over the window to zoom and move', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Kartvisning'));
  await goTo(page, 'Organisering');
  await chartSettled(page);

  // On the page: no scroll area of its own between the chart and the page, and readable text.
  const boxes = await pageChart(page).evaluate((el) => {
    const scrolling: string[] = [];
    for (let e = el.parentElement; e && !e.classList.contains('shell__main'); e = e.parentElement) {
      const style = getComputedStyle(e);
      if (/auto|scroll/.test(style.overflowX + style.overflowY) || style.position === 'sticky') {
        scrolling.push(e.className);
      }
    }
    return scrolling;
  });
  expect(boxes).toEqual([]);
  const onPage = await textOnScreen(pageChart(page));
  expect(onPage.fontPx).toBeGreaterThanOrEqual(READABLE);
  expect(onPage.lineBox).toBeGreaterThanOrEqual(READABLE);
  await expect(page.getByText('Kartet er forminsket')).toHaveCount(0);

  // With every body's responsibilities the chart is twice as tall; it still keeps readable text.
  await page.getByLabel('Ansvar', { exact: true }).check();
  await chartSettled(page);
  expect((await textOnScreen(pageChart(page))).fontPx).toBeGreaterThanOrEqual(READABLE);
  await page.getByLabel('Ansvar', { exact: true }).uncheck();
  await chartSettled(page);
  await expectNoAxeViolations(page, 'Organisering ved 1366 × 768');

  // The full view covers the window, opens with readable text and the focus on the chart.
  await opener(page).click();
  await expect(viewer(page)).toBeVisible();
  await expect(viewerChart(page)).toBeFocused();
  const dialogBox = (await viewer(page).boundingBox())!;
  expect(dialogBox.width).toBeGreaterThan(1366 - 40);
  expect(dialogBox.height).toBeGreaterThan(768 - 40);
  const opening = await shownZoom(page);
  expect((await textOnScreen(viewerChart(page))).fontPx).toBeGreaterThanOrEqual(READABLE);
  const width = () =>
    viewerChart(page)
      .locator('svg')
      .evaluate((el) => el.getBoundingClientRect().width);
  const natural = await viewerChart(page)
    .locator('svg')
    .evaluate((el) => Number(el.getAttribute('width')));
  expect(await width()).toBeCloseTo(natural * opening, 0);
  await expectNoAxeViolations(page, 'Organisasjonskart i full størrelse');

  // + and − zoom a step at a time; the picture is drawn at the scale shown.
  await page.keyboard.press('+');
  const larger = await shownZoom(page);
  expect(larger).toBeGreaterThan(opening);
  expect(await width()).toBeCloseTo(natural * larger, 0);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  expect(await shownZoom(page)).toBeLessThan(opening);
  // 0 shows the whole chart.
  await page.keyboard.press('0');
  const fitted = await viewerChart(page).evaluate((el) => {
    const outer = el.getBoundingClientRect();
    const inner = el.querySelector('svg')!.getBoundingClientRect();
    return (
      inner.left >= outer.left &&
      inner.right <= outer.right &&
      inner.top >= outer.top &&
      inner.bottom <= outer.bottom
    );
  });
  expect(fitted).toBe(true);
  // The buttons do the same.
  const whole = await shownZoom(page);
  await viewer(page).getByRole('button', { name: 'Zoom inn' }).click();
  expect(await shownZoom(page)).toBeGreaterThan(whole);
  await viewer(page).getByRole('button', { name: 'Zoom ut' }).click();
  expect(await shownZoom(page)).toBeCloseTo(whole, 2);
  await viewer(page).getByRole('button', { name: 'Faktisk størrelse' }).click();
  expect(await shownZoom(page)).toBe(1);
  await viewer(page).getByRole('button', { name: 'Zoom inn' }).click();
  expect(await shownZoom(page)).toBe(1.1);

  // Arrow keys move the chart, wherever the focus is in the dialog (at 200 % it is larger than
  // the window both ways).
  await viewerChart(page).focus();
  for (const step of [1.25, 1.5, 1.75, 2]) {
    await page.keyboard.press('=');
    expect(await shownZoom(page)).toBe(step);
  }
  const start = await scrollOf(viewerChart(page));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  const moved = await scrollOf(viewerChart(page));
  expect(moved.left).toBeGreaterThan(start.left);
  expect(moved.top).toBeGreaterThan(start.top);
  await viewer(page).getByRole('button', { name: 'Zoom inn' }).focus();
  await page.keyboard.press('ArrowLeft');
  expect((await scrollOf(viewerChart(page))).left).toBeLessThan(moved.left);

  // Dragging with the mouse moves it too: the chart follows the pointer.
  const area = (await viewerChart(page).boundingBox())!;
  const before = await scrollOf(viewerChart(page));
  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width / 2 - 120, area.y + area.height / 2 - 80, {
    steps: 4,
  });
  await page.mouse.up();
  const dragged = await scrollOf(viewerChart(page));
  expect(dragged.left - before.left).toBeCloseTo(120, 0);
  expect(dragged.top - before.top).toBeCloseTo(80, 0);

  // Ctrl + wheel zooms around the pointer: the point under it stays under it.
  const pointer = { x: 300, y: 200 };
  const scaleBefore = await shownZoom(page);
  const under = await chartPointAt(viewerChart(page), pointer.x, pointer.y, scaleBefore);
  await page.mouse.move(area.x + pointer.x, area.y + pointer.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(() => shownZoom(page)).toBeGreaterThan(scaleBefore);
  const scaleAfter = await viewerChart(page)
    .locator('svg')
    .evaluate((el, w) => el.getBoundingClientRect().width / w, natural);
  const stillUnder = await chartPointAt(viewerChart(page), pointer.x, pointer.y, scaleAfter);
  expect(stillUnder.x).toBeCloseTo(under.x, 0);
  expect(stillUnder.y).toBeCloseTo(under.y, 0);

  // The chart in words is there too.
  await viewer(page).getByText('Kartet beskrevet med ord').click();
  await expect(
    viewer(page)
      .getByText(/Bydelsutvalget/)
      .first(),
  ).toBeVisible();

  // Esc closes, and the focus is back on the button that opened the view.
  await page.keyboard.press('Escape');
  await expect(viewer(page)).toHaveCount(0);
  await expect(opener(page)).toBeFocused();

  // A click on the picture opens it as well; «Lukk» closes it and the focus goes to the button.
  await pageChart(page).click();
  await expect(viewer(page)).toBeVisible();
  await viewer(page).getByRole('button', { name: 'Lukk' }).click();
  await expect(viewer(page)).toHaveCount(0);
  await expect(opener(page)).toBeFocused();
});

test('at 1920×1080 the chart stands beside the editor at its own size', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await createPlan(page, OSLO_TEMPLATE, uniqueTitle('Kartvisning bred'));
  await goTo(page, 'Organisering');
  await chartSettled(page);
  const tree = (await page.getByRole('region', { name: 'Ledd i organisasjonen' }).boundingBox())!;
  const chart = (await pageChart(page).boundingBox())!;
  expect(chart.x).toBeGreaterThan(tree.x + tree.width);
  expect((await textOnScreen(pageChart(page))).fontPx).toBeCloseTo(16, 0);
  await opener(page).click();
  // The whole chart fits at its own size: the view opens at 100 %, not enlarged.
  expect(await shownZoom(page)).toBe(1);
  await page.keyboard.press('Escape');
  await expect(opener(page)).toBeFocused();
});

test('a 40-body organisation is a preview on the page, read in the full view', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const title = uniqueTitle('Stor organisasjon');
  await openPlanChangedOnDisk(page, request, 'Tom plan', title, (plan) =>
    Object.assign(plan, withLargeOrganisation(plan as unknown as Plan)),
  );
  await goTo(page, 'Organisering');
  await chartSettled(page);

  // Too wide to read on the page: it says so, and the way to read it is right beside.
  expect((await textOnScreen(pageChart(page))).fontPx).toBeLessThan(READABLE);
  await expect(page.getByText('Kartet er forminsket for å få plass.')).toBeVisible();
  await opener(page).click();
  expect((await textOnScreen(viewerChart(page))).fontPx).toBeGreaterThanOrEqual(READABLE);
  // It opens on the top body, not on an empty corner.
  const top = await viewerChart(page).evaluate((el) => {
    const outer = el.getBoundingClientRect();
    const node = el.querySelector('g.node')!.getBoundingClientRect();
    return node.left >= outer.left && node.right <= outer.right && node.top >= outer.top;
  });
  expect(top).toBe(true);
  // − goes down to the whole chart (and no further than a quarter otherwise).
  for (let i = 0; i < 10; i++) await page.keyboard.press('-');
  const zoom = await shownZoom(page);
  expect(zoom).toBeGreaterThan(0);
  expect(zoom).toBeLessThanOrEqual(0.25);
  await expectNoAxeViolations(page, 'Stort organisasjonskart i full størrelse');
  await page.keyboard.press('Escape');
  await expect(opener(page)).toBeFocused();
});
