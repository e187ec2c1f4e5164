import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

const pad = (n: number) => String(n).padStart(2, '0');

/** "Plan (overskrevet 2026-12-04 14.05).bsplan" beside the plan, in local time; unique. */
export async function overwrittenCopyPath(planPath: string, now: Date): Promise<string> {
  const extension = extname(planPath);
  const base = basename(planPath, extension);
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}.${pad(now.getMinutes())}`;
  for (let n = 1; ; n++) {
    const candidate = join(
      dirname(planPath),
      `${base} (overskrevet ${stamp}${n === 1 ? '' : ` nr. ${n}`})${extension}`,
    );
    const taken = await access(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
}
