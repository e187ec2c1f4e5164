import { basename, dirname, join } from 'node:path';
import { isTempFileOf, realFileOps, type FileOps } from './durable-write';
import { DRAFT_MARK, lockPathOf, STALE_MARK, withPlanLock } from './plan-file-lock';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names our writes use beside a plan: its temp files, its backup's, and older versions' ones. */
export function isLeftoverOf(fileName: string, planName: string): boolean {
  if (isTempFileOf(fileName, planName) || isTempFileOf(fileName, `${planName}.bak`)) return true;
  // Earlier builds (write-file-atomic) named their temp files "<plan>.<number>".
  if (new RegExp(`^${escapeRegExp(planName)}(\\.bak)?\\.\\d{1,10}$`).test(fileName)) return true;
  const lockName = basename(lockPathOf(planName));
  return [DRAFT_MARK, STALE_MARK].some((mark) => fileName.startsWith(`${lockName}${mark}`));
}

/**
 * Removes temp files a crash left beside a plan. Only while holding the plan's lock, and only if
 * it is free right now: a temp file of a save in progress (another window, another machine) must
 * stay. Best effort: a folder we cannot write in simply keeps them.
 */
export async function removeLeftovers(
  planPath: string,
  fs: FileOps = realFileOps,
): Promise<number> {
  const folder = dirname(planPath);
  const planName = basename(planPath);
  try {
    return await withPlanLock(
      planPath,
      async () => {
        const names = (await fs.readdir(folder)).filter((name) => isLeftoverOf(name, planName));
        await Promise.all(
          names.map((name) => fs.unlink(join(folder, name)).catch(() => undefined)),
        );
        return names.length;
      },
      { wait: false },
    );
  } catch {
    return 0;
  }
}
