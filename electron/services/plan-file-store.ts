import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { Low, type Adapter } from 'lowdb';
import { planSchema, type Plan } from '../../shared/model/plan';
import { describeIssues, readPlanBytes, type PlanReadError } from '../../shared/plan/read-plan';
import type { SaveResult } from '../../shared/ipc/contract';
import { writeFileDurably } from './durable-write';

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

/**
 * lowdb adapter for one .bsplan file. Reading parses, migrates and validates; writing refuses to
 * replace a file that changed since it was read (someone else on a shared drive), keeps the
 * replaced version as `<file>.bak`, and writes durably and atomically.
 */
export class PlanFileAdapter implements Adapter<Plan> {
  /** sha256 of the bytes last read or written; null before the first read. */
  revision: string | null = null;
  /** The revision a write must find on disk. Set by the caller from what the window last saw. */
  expectedRevision: string | null = null;
  force = false;
  migratedFrom: number | null = null;

  constructor(readonly path: string) {}

  async read(): Promise<Plan | null> {
    const bytes = await readBytes(this.path);
    if (bytes === null) return null;
    const result = readPlanBytes(bytes);
    if (!result.ok) throw new PlanFileError(result.error);
    this.revision = revisionOf(bytes);
    this.migratedFrom = result.migratedFrom;
    return result.plan;
  }

  async write(plan: Plan): Promise<void> {
    const onDisk = await readBytes(this.path);
    if (onDisk !== null && !this.force && revisionOf(onDisk) !== this.expectedRevision) {
      throw new PlanConflictError();
    }
    // The version being replaced is the backup. It is also what is kept when the user chose to
    // overwrite someone else's change, so that change is never lost either.
    if (onDisk !== null) await writeFileDurably(backupPathOf(this.path), onDisk);
    const text = serializePlan(plan);
    await writeFileDurably(this.path, text);
    this.revision = revisionOf(text);
  }
}

async function readBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new PlanFileError({
      kind: 'io',
      message: `Filen kunne ikke leses (${(error as NodeJS.ErrnoException).code ?? 'ukjent feil'}).`,
      problems: [],
    });
  }
}

export type LoadedPlan = { plan: Plan; revision: string; migratedFrom: number | null };

export type LoadOutcome = { ok: true; loaded: LoadedPlan } | { ok: false; error: PlanReadError };

/** Opens, saves and creates plan files. Stateless between calls: the caller carries the revision. */
export class PlanFileStore {
  async load(path: string): Promise<LoadOutcome> {
    const adapter = new PlanFileAdapter(path);
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
    const adapter = new PlanFileAdapter(path);
    adapter.expectedRevision = baseRevision;
    adapter.force = force;
    const db = new Low<Plan>(adapter, parsed.data);
    try {
      await db.write();
    } catch (error) {
      if (error instanceof PlanConflictError) {
        return {
          ok: false,
          reason: 'conflict',
          message:
            'Planfilen er endret av noen andre siden du åpnet den. Endringene dine er ikke lagret i filen ennå.',
          problems: [],
        };
      }
      return {
        ok: false,
        reason: 'io',
        message: `Planen kunne ikke lagres: ${ioReason(error)}. Endringene dine er beholdt i vinduet.`,
        problems: [],
      };
    }
    return { ok: true, revision: adapter.revision!, savedAt: new Date().toISOString() };
  }

  /** Writes a brand-new plan file; fails if the file already exists. */
  async create(path: string, plan: Plan): Promise<string> {
    const text = serializePlan(planSchema.parse(plan));
    await writeFile(path, text, { flag: 'wx' });
    await writeFileDurably(path, text);
    return revisionOf(text);
  }
}

function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'du har ikke tilgang til å skrive filen';
    case 'ENOSPC':
      return 'disken er full';
    case 'EROFS':
      return 'disken er skrivebeskyttet';
    case 'ENOENT':
      return 'mappen finnes ikke lenger';
    default:
      return code ? `filsystemet svarte ${code}` : 'ukjent feil';
  }
}
