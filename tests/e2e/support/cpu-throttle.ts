import type { Page, TestInfo } from '@playwright/test';

/**
 * A slow machine on demand: PLANVERKSTED_CPU_THROTTLE=5 makes Chromium run the page five times
 * slower (CDP Emulation.setCPUThrottlingRate), so keys that arrive before the page has caught up
 * show whether anything a keystroke does depends on timing. Unset, 0 or 1: full speed.
 */
export function cpuThrottleRate(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PLANVERKSTED_CPU_THROTTLE?.trim();
  if (!raw) return 1;
  const rate = Number(raw);
  if (!Number.isFinite(rate) || rate < 1 || rate > 50)
    throw new Error(`PLANVERKSTED_CPU_THROTTLE må være et tall fra 1 til 50, ikke «${raw}».`);
  return rate;
}

/** Slows the page's CPU by `rate` (1 = full speed). */
export async function throttleCpu(page: Page, rate: number): Promise<void> {
  if (rate <= 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * The automatic fixture that applies the throttle to every test's page; the e2e `test`
 * (support/worker-server.ts) includes it, so any spec can be run slowed down.
 */
export async function applyCpuThrottle(
  { page }: { page: Page },
  use: (rate: number) => Promise<void>,
  testInfo: TestInfo,
): Promise<void> {
  const rate = cpuThrottleRate();
  if (rate > 1) {
    // A slower page needs more time for the same steps, also where a test asks for more
    // (test.setTimeout); the steps themselves do not change.
    const setTimeout = testInfo.setTimeout.bind(testInfo);
    testInfo.setTimeout = (timeout) => setTimeout(timeout * rate);
    testInfo.setTimeout(testInfo.timeout);
  }
  await throttleCpu(page, rate);
  await use(rate);
}
