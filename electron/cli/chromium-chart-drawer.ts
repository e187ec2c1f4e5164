import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ChartDrawer } from '../../shared/export/word-export-assets';
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
}

const CHART_PAGE = 'chart-render.html';
const TIMEOUT_MS = 60_000;

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
    });
    const page = await browser.newPage({ locale: 'nb-NO' });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/${CHART_PAGE}`, { timeout: TIMEOUT_MS });
    await page
      .waitForFunction(() => typeof window.planverkstedRenderChart === 'function', undefined, {
        timeout: TIMEOUT_MS,
      })
      .catch(() => {
        throw new Error(
          `Kartsiden startet ikke${pageErrors.length ? `: ${pageErrors.join('; ')}` : '.'}`,
        );
      });
    const draw: ChartDrawer = async (source, hints) => {
      const chart = await page.evaluate(([s, h]) => window.planverkstedRenderChart!(s, h), [
        source,
        hints,
      ] as const);
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
