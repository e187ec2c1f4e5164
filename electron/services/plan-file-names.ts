import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PLAN_EXTENSION } from './plan-file-store';

/** A file name from a plan title: æøå kept, characters no file system accepts removed. */
export function fileNameFromTitle(title: string): string {
  const cleaned = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return cleaned || 'Ny plan';
}

/** "Plan.bsplan", or "Plan (2).bsplan" … when that name is taken. */
export async function uniquePlanPath(folder: string, baseName: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${baseName}${n === 1 ? '' : ` (${n})`}${PLAN_EXTENSION}`);
    const taken = await access(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}

export function displayFileName(path: string): string {
  return basename(path);
}

export function withPlanExtension(path: string): string {
  return path.toLowerCase().endsWith(PLAN_EXTENSION) ? path : `${path}${PLAN_EXTENSION}`;
}
