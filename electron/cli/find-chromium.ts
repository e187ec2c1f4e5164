import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one CHROMIUM_PATH names (as the end-to-end tests find it); null if none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}
