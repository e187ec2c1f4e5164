import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ChartPageGlobal } from '#shared/charts/chart-page';
import { plainReason, type ChartDrawer } from '#shared/export/word-export-assets';
import { withTimeout } from '#shared/export/with-timeout';
import { startWebServer } from '../web-server';

export interface ChartDrawerSession {
  draw: ChartDrawer;
  close(): Promise<void>;
}

export interface ChromiumChartOptions {
  chromiumPath: string;
  /** dist/renderer, with chart-render.html built into it. */
  rendererDir: string;
  templatesDir: string;
  /** How long drawing one chart may take (default DRAW_TIMEOUT_MS). */
  drawTimeoutMs?: number;
}

const CHART_PAGE = 'chart-render.html';
const TIMEOUT_MS = 60_000;
/** A chart the app draws in a second or two; one that takes this long is not coming. */
export const DRAW_TIMEOUT_MS = 60_000;

/**
 * Draws charts in headless Chromium on the app's own chart page, served by the app's local web
 * server (same Content Security Policy as the app) on a free port for as long as the session
 * lasts. Throws, in bokmål, when the page or the browser cannot be started.
 */
export async function openChromiumChartDrawer(
  options: ChromiumChartOptions,
): Promise<ChartDrawerSession> {
  if (!existsSync(join(options.rendererDir, CHART_PAGE))) {
    throw new Error(
      `Kartsiden ${CHART_PAGE} mangler i ${options.rendererDir}. Kjør npm run build.`,
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'planverksted-eksport-'));
  const server = await startWebServer({
    port: 0,
    dataDir,
    rendererDir: options.rendererDir,
    templatesDir: options.templatesDir,
    appVersion: '0.0.0',
    testHooks: false,
  });
  let browser: Browser | null = null;
  const close = async () => {
    await browser?.close().catch(() => {});
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    // Loaded only when a chart is drawn: the rest of the command does not need a browser.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: options.chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      timeout: TIMEOUT_MS,
      // The command handles Ctrl+C and kill itself (interrupt.ts), closing this browser too.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const page = await browser.newPage({ locale: 'nb-NO' });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/${CHART_PAGE}`, { timeout: TIMEOUT_MS });
    await page
      .waitForFunction(
        () => typeof (globalThis as ChartPageGlobal).planverkstedRenderChart === 'function',
        undefined,
        {
          timeout: TIMEOUT_MS,
        },
      )
      .catch(() => {
        throw new Error(
          `Kartsiden startet ikke${pageErrors.length ? `: ${pageErrors.join('; ')}` : '.'}`,
        );
      });
    const drawTimeout = options.drawTimeoutMs ?? DRAW_TIMEOUT_MS;
    const draw: ChartDrawer = async (source, hints) => {
      // page.evaluate has no timeout of its own; a page stuck drawing is closed with the browser.
      const chart = await withTimeout(
        page.evaluate(([s, h]) => (globalThis as ChartPageGlobal).planverkstedRenderChart!(s, h), [
          source,
          hints,
        ] as const),
        drawTimeout,
        `tegningen tok mer enn ${Math.round(drawTimeout / 1000)} sekunder og ble stoppet.`,
      ).catch((error: unknown) => {
        // Playwright's message carries the page's stack trace; the user gets the sentence.
        throw new Error(plainReason(error));
      });
      return {
        svg: chart.svg,
        png: new Uint8Array(Buffer.from(chart.pngBase64, 'base64')),
        width: chart.width,
        height: chart.height,
      };
    };
    return { draw, close };
  } catch (error) {
    await close();
    throw error;
  }
}
