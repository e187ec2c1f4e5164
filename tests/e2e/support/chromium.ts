import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install chromium); Playwright's own browser download is not used. */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'Fant ikke Chromium. Installer den med «apt-get install chromium» eller sett CHROMIUM_PATH.',
    );
  }
  return found;
}
