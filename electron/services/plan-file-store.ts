import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { planSchema, type Plan } from '#shared/model/plan';
import { describeIssues, readPlanBytes, type PlanReadError } from '#shared/plan/read-plan';
import type { SaveResult } from '#shared/ipc/contract';
import { realFileOps, writeFileDurably, type FileOps } from './durable-write';
import { fileErrorReason } from './file-error-text';
import { overwrittenCopyPath } from './overwritten-copy';
import { removeLeftovers } from './plan-file-leftovers';
import { PlanLockedError, withPlanLock } from './plan-file-lock';

export const PLAN_EXTENSION = '.bsplan';

export function backupPathOf(planPath: string): string {
  return `${planPath}.bak`;
}

export function revisionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** Thrown by the adapter when a file cannot be used as a plan; carries the bokmål explanation. */
export class PlanFileError extends Error {
  constructor(readonly readError: PlanReadError) {
    super(readError.message);
  }
}

/** Thrown by the adapter when the file on disk is no longer the version this session knows. */
export class PlanConflictError extends Error {}

/** Thrown by the adapter when the plan file may not be written (read-only attribute). */
export class PlanReadOnlyError extends Error {}

/** True when the bytes open as a plan through the same path as opening a file. */
function opensAsPlan(bytes: Buffer): boolean {
  return readPlanBytes(bytes).ok;
}

async function isReadOnly(path: string): Promise<boolean> {
  // Root and Windows ignore permissions on rename, so the file's own write bits are checked too.
  const { mode } = await stat(path);
  if ((mode & 0o222) === 0) return true;
  return access(path, constants.W_OK).then(
    () => false,
    () => true,
  );
}

export interface PlanFileOptions {
  fs?: FileOps;
  now?: () => Date;
}

/**
 * lowdb adapter for one .bsplan file. Reading parses, migrates and validates. Writing holds the
 * plan's lock across read-check-backup-write, refuses to replace a file that changed since it
 * was read (someone else on a shared drive), keeps the replaced version as `<file>.bak` only if
 * it opens as a plan, and writes carefully: the revision is taken from the bytes read back.
 */
export class PlanFileAdapter implements Adapter<Plan> {
  /** sha256 of the bytes last read or written; null before the first read. */
  revision: string | null = null;
  /** The revision a write must find on disk. Set by the caller from what the window last saw. */
  expectedRevision: string | null = null;
  force = false;
  migratedFrom: number | null = null;
  /** Where a forced write kept the version it replaced. */
  keptAs: string | null = null;

  constructor(
    readonly path: string,
    private readonly options: PlanFileOptions = {},
  ) {}

  async read(): Promise<Plan | null> {
    const bytes = await readBytes(this.path);
    if (bytes === null) return null;
    const result = readPlanBytes(bytes);
    if (!result.ok) throw new PlanFileError(result.error);
    this.revision = revisionOf(bytes);
    this.migratedFrom = result.migratedFrom;
    return result.plan;
  }

  write(plan: Plan): Promise<void> {
    return withPlanLock(this.path, () => this.writeLocked(plan));
  }

  private async writeLocked(plan: Plan): Promise<void> {
    const fs = this.options.fs ?? realFileOps;
    const onDisk = await readBytes(this.path);
    if (onDisk !== null) {
      if (await isReadOnly(this.path)) throw new PlanReadOnlyError();
      if (revisionOf(onDisk) !== this.expectedRevision) {
        if (!this.force) throw new PlanConflictError();
        // The user chose to overwrite someone else's change: theirs gets a file of its own,
        // which later saves never touch (the backup is replaced at every save).
        const now = (this.options.now ?? (() => new Date()))();
        const copy = await overwrittenCopyPath(this.path, now);
        await writeFileDurably(copy, onDisk, fs);
        this.keptAs = copy;
      }
      // A backup that does not open is worse than the one already there.
      if (opensAsPlan(onDisk)) await writeFileDurably(backupPathOf(this.path), onDisk, fs);
    }
    const text = Buffer.from(serializePlan(plan), 'utf8');
    await writeFileDurably(this.path, text, fs);
    const written = await readBytes(this.path);
    if (written === null || !written.equals(text)) {
      throw Object.assign(new Error('Filen på disken er ikke den som ble skrevet.'), {
        code: 'EIO',
      });
    }
    this.revision = revisionOf(written);
  }
}

async function readBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new PlanFileError({
      kind: 'io',
      message: `Filen kunne ikke leses: ${fileErrorReason(error, 'read')}.`,
      problems: [],
    });
  }
}

export type LoadedPlan = { plan: Plan; revision: string; migratedFrom: number | null };

export type LoadOutcome = { ok: true; loaded: LoadedPlan } | { ok: false; error: PlanReadError };

/** Opens, saves and creates plan files. Stateless between calls: the caller carries the revision. */
export class PlanFileStore {
  constructor(private readonly options: PlanFileOptions = {}) {}

  async load(path: string): Promise<LoadOutcome> {
    await removeLeftovers(path, this.options.fs);
    const adapter = new PlanFileAdapter(path, this.options);
    const db = new Low<Plan | null>(adapter as Adapter<Plan | null>, null);
    try {
      await db.read();
    } catch (error) {
      if (error instanceof PlanFileError) return { ok: false, error: error.readError };
      throw error;
    }
    if (db.data === null || adapter.revision === null) {
      return {
        ok: false,
        error: {
          kind: 'io',
          message: 'Filen finnes ikke lenger. Den kan være flyttet eller slettet.',
          problems: [],
        },
      };
    }
    return {
      ok: true,
      loaded: { plan: db.data, revision: adapter.revision, migratedFrom: adapter.migratedFrom },
    };
  }

  async save(path: string, plan: Plan, baseRevision: string, force = false): Promise<SaveResult> {
    // Never write a plan that would be refused when opened again.
    const parsed = planSchema.safeParse(plan);
    if (!parsed.success) {
      return {
        ok: false,
        reason: 'invalid',
        message: 'Planen ble ikke lagret fordi den har feil.',
        problems: describeIssues(plan, parsed.error.issues),
      };
    }
    const adapter = new PlanFileAdapter(path, this.options);
    adapter.expectedRevision = baseRevision;
    adapter.force = force;
    const db = new Low<Plan>(adapter, parsed.data);
    try {
      await db.write();
    } catch (error) {
      return {
        ok: false,
        reason: error instanceof PlanConflictError ? 'conflict' : 'io',
        message: saveFailure(error),
        problems: [],
      };
    }
    const savedAt = new Date().toISOString();
    return adapter.keptAs === null
      ? { ok: true, revision: adapter.revision!, savedAt }
      : { ok: true, revision: adapter.revision!, savedAt, keptAs: basename(adapter.keptAs) };
  }

  /** Writes a brand-new plan file; fails if the file already exists. */
  async create(path: string, plan: Plan): Promise<string> {
    const text = serializePlan(planSchema.parse(plan));
    return withPlanLock(path, async () => {
      if ((await readBytes(path)) !== null) {
        throw Object.assign(new Error('Filen finnes allerede.'), { code: 'EEXIST' });
      }
      await writeFileDurably(path, text, this.options.fs);
      return revisionOf((await readBytes(path)) ?? '');
    });
  }
}

/** Why a save failed, in bokmål, always saying that the changes are still in the window. */
function saveFailure(error: unknown): string {
  if (error instanceof PlanConflictError) {
    return 'Planfilen er endret av noen andre siden du åpnet den. Endringene dine er ikke lagret i filen ennå.';
  }
  if (error instanceof PlanReadOnlyError) {
    return 'Planfilen er skrivebeskyttet, så den kan ikke lagres. Endringene dine er beholdt i vinduet. Lagre som kopi, eller fjern skrivebeskyttelsen og prøv igjen.';
  }
  if (error instanceof PlanLockedError) {
    return 'Planen kunne ikke lagres fordi en annen lagring av den samme filen ikke ble ferdig. Endringene dine er beholdt i vinduet. Prøv igjen om litt.';
  }
  return `Planen kunne ikke lagres: ${fileErrorReason(error, 'write')}. Endringene dine er beholdt i vinduet.`;
}
