import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Plan } from '#shared/model/plan';
import { updateMeasure } from '#shared/plan/measure-operations';
import {
  buildRows,
  emptyFilter,
  filterRows,
} from '../../renderer/src/pages/focus-areas/measures/measure-table-model';
import type { BenchResult } from './bench-result';
import { freePort, startServer } from './bench-server';
import { createBigPlan, MEASURES, PLAN_TITLE } from './big-plan';
import { collect, instrument, type ExpectedCounts } from './keystroke-timing';

/*
 * Keystroke-to-paint latency in the plan editor with a 500-measure plan, in Debian's Chromium:
 * typing in a measure's title in the detail panel, in the text search over the table, and in a
 * strategy's title (a page that shows how each strategy is used by the measures). How a
 * keystroke is timed is described in keystroke-timing.ts; for the search, the time until the
 * table shows the result is reported as well.
 *
 * The same measurement on a bare input field is reported as a baseline (what the browser and
 * the harness cost by themselves), and so is the machine's load average: on a busy machine every
 * figure grows, so compare runs made under similar load. BENCH_SAMPLES=1 also prints every
 * sample in the order typed.
 */

const KEY_DELAY_MS = 80;
const WARM_UP_KEYS = 5;
/** The measure whose title is typed in (in the table's plan order), and what is typed. */
const EDITED_ROW = Math.floor(MEASURES / 2);
const TITLE_ADDITION = ' - med ekstra oppfolging av unge voksne i kommunale utleieboliger';

export async function editorBenchmarks(): Promise<BenchResult[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'planverksted-bench-'));
  const port = await freePort();
  const server = await startServer(port, dataDir);
  let browser: Browser | null = null;
  try {
    const base = `http://127.0.0.1:${port}`;
    const plan = await createBigPlan(base);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage({ viewport: { width: 1360, height: 880 }, locale: 'nb-NO' });

    const loadBefore = loadavg()[0]!;
    const baseline = await measureBaseline(page);
    await openTableView(page, base);
    const title = await measureTitleTyping(page);
    const filter = await measureFilterTyping(page, plan);
    const strategy = await measureStrategyTyping(page);
    const load = (loadBefore + loadavg()[0]!) / 2;
    if (filter.overtaken > 0)
      console.log(`  (${filter.overtaken} søk ble ikke vist før neste tastetrykk kom)`);
    return [
      ...figures('Grunnlinje: tomt tekstfelt uten app', 'tastetrykk til skjerm', baseline.typed),
      ...figures(
        `Tittel i detaljpanelet, ${MEASURES} tiltak`,
        'tastetrykk til skjerm',
        title.typed,
      ),
      ...figures(`Søk i tabellen, ${MEASURES} tiltak`, 'tastetrykk til skjerm', filter.typed),
      ...figures(
        `Søk i tabellen, ${MEASURES} tiltak`,
        'til tabellen viser treffene',
        filter.result,
      ),
      ...figures(
        `Tittel på en strategi, ${MEASURES} tiltak`,
        'tastetrykk til skjerm',
        strategy.typed,
      ),
      {
        name: 'Maskinlast under målingen (load average, 1 min)',
        unit: 'prosesser',
        value: Math.round(load * 10) / 10,
      },
    ];
  } finally {
    await browser?.close();
    server.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function figures(what: string, measured: string, samples: number[]): BenchResult[] {
  const sorted = samples.slice().sort((a, b) => a - b);
  if (process.env.BENCH_SAMPLES) console.log(what, samples.map((x) => x.toFixed(0)).join(' '));
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return [
    { name: `${what}: ${measured}, p50`, unit: 'ms', value: round(at(0.5)) },
    { name: `${what}: ${measured}, p95`, unit: 'ms', value: round(at(0.95)) },
  ];
}

// --- the browser -------------------------------------------------------------------------------

/**
 * Types key by key at a steady pace, as one stream; the first keys (while the browser warms up)
 * are typed and timed but not counted.
 */
async function typeTimed(
  page: Page,
  keys: string[],
  expected: ExpectedCounts | null = null,
): Promise<Timed> {
  await instrument(page, expected);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(KEY_DELAY_MS);
  }
  const timings = await collect(page);
  if (timings.unchanged > 0) throw new Error(`${timings.unchanged} tastetrykk endret ikke feltet.`);
  return {
    typed: timings.typed.slice(WARM_UP_KEYS),
    result: timings.result.slice(WARM_UP_KEYS),
    overtaken: timings.overtaken,
  };
}

interface Timed {
  typed: number[];
  result: number[];
  overtaken: number;
}

// Plain ASCII: letters outside the US layout are typed without a keydown event, so not timed.
const chars = (text: string) => [...text].map((c) => (c === ' ' ? 'Space' : c));

async function measureBaseline(page: Page): Promise<Timed> {
  await page.setContent('<label>Tekst <input id="t"></label>');
  await page.focus('#t');
  return typeTimed(
    page,
    chars('oppvarming og en helt vanlig setning om boliger og bomiljo i bydelen'),
  );
}

async function openTableView(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page
    .getByRole('region', { name: 'Nylige planer' })
    .getByRole('button', { name: PLAN_TITLE, exact: true })
    .click();
  await page
    .getByRole('navigation', { name: 'Deler av planen' })
    .getByRole('link', { name: 'Satsningsområder og tiltak' })
    .click();
  await page.getByRole('button', { name: 'Alle tiltak i tabell' }).click();
  await page.getByText(`Viser ${MEASURES} av ${MEASURES} tiltak`).waitFor();
}

async function measureTitleTyping(page: Page): Promise<Timed> {
  const row = page.locator('.measure-row').nth(EDITED_ROW);
  await row.getByRole('button').click();
  const title = page.locator('.detail-panel').getByRole('textbox', { name: 'Tittel', exact: true });
  await title.click();
  await page.keyboard.press('End');
  await allSaved(page);
  // 65 keys: 5 warm-up, 60 timed.
  const timed = await typeTimed(page, chars(TITLE_ADDITION));
  // Closing the panel puts the title in the plan; wait for it and its save, so that neither
  // lands among the keystrokes in the search.
  await page.getByRole('button', { name: 'Lukk tiltaket' }).click();
  await row.getByRole('button', { name: TITLE_ADDITION.trim() }).waitFor();
  await allSaved(page);
  return timed;
}

/** The save after the previous typing must not land among the next keystrokes. */
async function allSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'Alle endringer er lagret' }).waitFor();
}

async function measureFilterTyping(page: Page, plan: Plan): Promise<Timed> {
  await page.getByLabel('Søk i tiltakene').click();
  // Words that match many measures, few and none, each erased again: the table shrinks and grows.
  const keys: string[] = [];
  for (const word of ['bolig', 'unge', 'startl', 'nav', 'eldre', 'milj', 'tilrettelagte']) {
    keys.push(...chars(word), ...Array.from(word, () => 'Backspace'));
  }
  const typed = keys.slice(0, WARM_UP_KEYS + 60);
  return typeTimed(page, typed, expectedCounts(plan, typed));
}

/**
 * How many measures the table should show for each text the search field holds while the keys
 * are typed, worked out with the table's own filter (after the title typed above).
 */
function expectedCounts(plan: Plan, keys: string[]): ExpectedCounts {
  const rows = buildRows(plan.focusAreas, plan.measures, new Map(), []);
  const edited = rows[EDITED_ROW]!.measure;
  const after = updateMeasure(plan, edited.id, { title: edited.title + TITLE_ADDITION });
  const rowsAfter = buildRows(after.focusAreas, after.measures, new Map(), []);
  const byText: Record<string, number> = {};
  let text = '';
  for (const key of ['', ...keys]) {
    if (key === 'Backspace') text = text.slice(0, -1);
    else if (key) text += key === 'Space' ? ' ' : key;
    byText[text] = filterRows(rowsAfter, { ...emptyFilter, text }).length;
  }
  return { byText, total: rowsAfter.length };
}

async function measureStrategyTyping(page: Page): Promise<Timed> {
  await page
    .getByRole('navigation', { name: 'Deler av planen' })
    .getByRole('link', { name: 'Strategier' })
    .click();
  const title = page
    .getByRole('article')
    .first()
    .getByRole('textbox', { name: 'Tittel', exact: true });
  await title.click();
  await page.keyboard.press('End');
  await allSaved(page);
  return typeTimed(
    page,
    chars(' og samarbeid med de frivillige og boligsosiale aktorer i bydelen'),
  );
}
