import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A lock older than this belongs to a writer that hung or died on another machine. */
export const STALE_LOCK_MS = 30_000;
const WAIT_FOR_LOCK_MS = 10_000;
/** Marks the drafts and moved-aside locks a crash can leave beside the lock. */
export const DRAFT_MARK = '.new-';
export const STALE_MARK = '.stale-';

export function lockPathOf(planPath: string): string {
  return join(dirname(planPath), `.${basename(planPath)}.lock`);
}

/** Thrown when another save holds the plan's lock for longer than we wait. */
export class PlanLockedError extends Error {}

export interface LockOptions {
  /** Give up at once instead of waiting (cleaning up on open is only worth doing when idle). */
  wait?: boolean;
  staleMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

/**
 * Runs `work` while holding `.<plan>.lock`, created with 'wx' so that only one process (here
 * or on another machine sharing the folder) can hold it: read-check-backup-write-rename happens
 * as one step. A lock whose process is dead, or that is older than STALE_LOCK_MS, is taken over.
 */
export async function withPlanLock<T>(
  planPath: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lockPath = lockPathOf(planPath);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + (options.wait === false ? 0 : WAIT_FOR_LOCK_MS);
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(lockPath, owner)) break;
    if (await takeOverIfStale(lockPath, options.staleMs ?? STALE_LOCK_MS)) continue;
    if (Date.now() >= deadline) throw new PlanLockedError();
    await sleep(5 + Math.random() * Math.min(100, 10 * attempt));
  }
  try {
    return await work();
  } finally {
    await releaseOwn(lockPath, owner.token);
  }
}

/**
 * The lock appears complete or not at all: the owner is written to a draft that is then linked
 * into place (link fails if the lock exists), so a process killed half-way leaves no empty lock
 * that nobody could judge. File systems without hard links get an exclusive create instead.
 */
async function tryCreate(lockPath: string, owner: LockOwner): Promise<boolean> {
  const draft = `${lockPath}${DRAFT_MARK}${owner.token}`;
  try {
    await writeFile(draft, JSON.stringify(owner));
    await link(draft, lockPath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOENT: a cleanup removed the draft; simply try again.
    if (code === 'EEXIST' || code === 'ENOENT') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
      return createExclusively(lockPath, owner);
    }
    throw error;
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

async function createExclusively(lockPath: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
  } finally {
    await handle.close();
  }
  return true;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner;
  } catch {
    return null;
  }
}

function processIsDead(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function isStale(lockPath: string, staleMs: number): Promise<string | null> {
  let modified: number;
  try {
    modified = (await stat(lockPath)).mtimeMs;
  } catch {
    return null;
  }
  const owner = await readOwner(lockPath);
  // A lock file still being written (no owner yet) is fresh unless it is old.
  const dead = owner !== null && owner.host === hostname() && processIsDead(owner.pid);
  if (!dead && Date.now() - modified < staleMs) return null;
  return owner?.token ?? '';
}

/**
 * Moves a stale lock aside and checks it was the one judged stale: if another process took over
 * first, the moved lock is theirs and is put back (link never replaces an existing file).
 */
async function takeOverIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  const staleToken = await isStale(lockPath, staleMs);
  if (staleToken === null) return false;
  const aside = `${lockPath}${STALE_MARK}${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return true; // Gone already: simply try again.
  }
  const moved = await readOwner(aside);
  if ((moved?.token ?? '') !== staleToken) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
  return true;
}

async function releaseOwn(lockPath: string, token: string): Promise<void> {
  const owner = await readOwner(lockPath);
  if (owner?.token === token) await unlink(lockPath).catch(() => undefined);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
