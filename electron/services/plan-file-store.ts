import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { planSchema, type Plan } from '#shared/model/plan';
import type { PlanHistory } from '#shared/model/plan-history';
import type { PlanBoards } from '#shared/model/plan-boards';
import { readPlanBytes, type PlanReadError } from '#shared/plan/read-plan';
import type { SaveResult } from '#shared/ipc/contract';
import { keepCopyOf, realFileOps, writeFileDurably, type FileOps } from './durable-write';
import { fileErrorReason } from './file-error-text';
import { overwrittenCopyPath } from './overwritten-copy';
import { removeLeftovers } from './plan-file-leftovers';
import { OpenPlanFile, type LoadOutcome } from './open-plan-file';
import { packHistory, unpackHistory } from './history-codec';
import { PlanLockedError, withPlanLock } from './plan-file-lock';

export const PLAN_EXTENSION = '.bsplan';

export function backupPathOf(planPath: string): string {
  return `${planPath}.bak`;
}

export function revisionOf(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A plan file's content: the draft, and its versions, change log and workshop boards beside it. */
export interface PlanFileContent {
  plan: Plan;
  history: PlanHistory;
  boards: PlanBoards;
}

export const emptyHistory = (): PlanHistory => ({ versions: [], changeLog: [] });

/**
 * The draft indented as before; the history after it one version or log entry per line, and the
 * workshop boards one per line, so a file stays readable and diffable and a snapshot costs no
 * indentation (docs/versions-plan.md). A file without history or boards is exactly what earlier
 * builds wrote.
 */
export function serializePlan(
  plan: Plan,
  history: PlanHistory = emptyHistory(),
  boards: PlanBoards = {},
): string {
  const draft = JSON.stringify(plan, null, 2);
  const parts: string[] = [];
  if (history.versions.length > 0 || history.changeLog.length > 0) {
    const packed = packHistory(history);
    const lines = (items: readonly object[]) =>
      items.length === 0 ? '[]' : `[\n${items.map(lineOf).join(',\n')}\n  ]`;
    parts.push(`"versions": ${lines(packed.versions)}`, `"changeLog": ${lines(packed.changeLog)}`);
  }
  const kept = Object.entries(boards);
  if (kept.length > 0) {
    const entries = kept.map(
      ([id, board]) => `    ${JSON.stringify(id)}: ${JSON.stringify(board)}`,
    );
    parts.push(`"boards": {\n${entries.join(',\n')}\n  }`);
  }
  if (parts.length === 0) return `${draft}\n`;
  // The draft always ends with "\n}": what is beside it goes in before that brace.
  return `${draft.slice(0, -2)},\n  ${parts.join(',\n  ')}\n}\n`;
}

/** Versions and log entries never change once made, so each is turned into text once. */
const lineCache = new WeakMap<object, string>();

function lineOf(item: object): string {
  let line = lineCache.get(item);
  if (line === undefined) {
    line = `    ${JSON.stringify(item)}`;
    lineCache.set(item, line);
  }
  return line;
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

/** What one write must find on disk: the revision the window last saw, unless it overrides. */
export interface WriteCondition {
  baseRevision: string;
  /** The user chose to overwrite someone else's change. */
  force: boolean;
}

/**
 * lowdb adapter for one .bsplan file, one per open plan. Reading parses, migrates and
 * validates. Writing holds the plan's lock across read-check-backup-write, refuses to replace a
 * file that changed since the window saw it (someone else on a shared drive), keeps the
 * replaced version as `<file>.bak` only if it opens as a plan, and writes carefully: the
 * revision is taken from the bytes read back.
 */
export class PlanFileAdapter implements Adapter<PlanFileContent> {
  /** sha256 of the bytes this adapter last read or wrote (both open as a plan); null before. */
  revision: string | null = null;
  migratedFrom: number | null = null;
  /**
   * Revisions this adapter made by a side write (a board kept beside the draft), each to the
   * revision it replaced: a save from the window that names a revision before them is no conflict.
   */
  private readonly sideWrites = new Map<string, string>();

  constructor(
    readonly path: string,
    private readonly options: PlanFileOptions = {},
  ) {}

  async read(): Promise<PlanFileContent | null> {
    const bytes = await readBytes(this.path);
    if (bytes === null) return null;
    const result = readPlanBytes(bytes);
    if (!result.ok) throw new PlanFileError(result.error);
    let history: PlanHistory;
    try {
      history = unpackHistory(result.history);
    } catch {
      throw new PlanFileError({
        kind: 'invalid',
        message:
          'Versjonene i filen er skadet, så planen kan ikke åpnes før det er rettet. Utkastet i filen er ikke endret.',
        problems: [],
      });
    }
    this.revision = revisionOf(bytes);
    this.migratedFrom = result.migratedFrom;
    this.sideWrites.clear();
    return { plan: result.plan, history, boards: result.boards };
  }

  /** lowdb's write: expects the file as this adapter last read or wrote it. */
  async write(content: PlanFileContent): Promise<void> {
    await this.writeIf(content, { baseRevision: this.revision ?? '', force: false });
  }

  /**
   * A save from the window, which passes the revision it saw (lowdb's write takes only the
   * data). Resolves to where a forced write kept the version it replaced, or null.
   */
  writeIf(
    content: PlanFileContent,
    condition: WriteCondition,
    side = false,
  ): Promise<string | null> {
    return withPlanLock(this.path, () => this.writeLocked(content, condition, side));
  }

  /**
   * The revision a write from `base` must find on disk: this adapter's own when only its side
   * writes came after `base` (the window does not see those), else `base` itself.
   */
  private expectedOnDisk(base: string): string {
    const seen = new Set<string>();
    for (
      let at = this.revision;
      at !== null && !seen.has(at);
      at = this.sideWrites.get(at) ?? null
    ) {
      if (at === base) return this.revision!;
      seen.add(at);
    }
    return base;
  }

  private async writeLocked(
    content: PlanFileContent,
    condition: WriteCondition,
    side: boolean,
  ): Promise<string | null> {
    const fs = this.options.fs ?? realFileOps;
    const onDisk = await readBytes(this.path);
    let keptAs: string | null = null;
    if (onDisk !== null) {
      if (await isReadOnly(this.path)) throw new PlanReadOnlyError();
      const found = revisionOf(onDisk);
      if (found !== this.expectedOnDisk(condition.baseRevision)) {
        if (!condition.force) throw new PlanConflictError();
        // The user chose to overwrite someone else's change: theirs gets a file of its own,
        // which later saves never touch (the backup is replaced at every save).
        const now = (this.options.now ?? (() => new Date()))();
        keptAs = await overwrittenCopyPath(this.path, now);
        await writeFileDurably(keptAs, onDisk, fs);
      }
      // A backup that does not open is worse than the one already there. Bytes this adapter
      // read or wrote itself are known to open, so only someone else's are read as a plan.
      if (found === this.revision || opensAsPlan(onDisk)) {
        await keepCopyOf(this.path, backupPathOf(this.path), onDisk, fs);
      }
    }
    const text = Buffer.from(serializePlan(content.plan, content.history, content.boards), 'utf8');
    await writeFileDurably(this.path, text, fs);
    const written = await readBytes(this.path);
    if (written === null || !written.equals(text)) {
      throw Object.assign(new Error('Filen på disken er ikke den som ble skrevet.'), {
        code: 'EIO',
      });
    }
    const before = this.revision;
    this.revision = revisionOf(written);
    // A save from the window starts a new chain: only side writes after it are its own.
    if (!side) this.sideWrites.clear();
    else if (before !== null && before !== this.revision)
      this.sideWrites.set(this.revision, before);
    return keptAs;
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

/**
 * Opens, saves and creates plan files. The caller carries the revision its window saw; the
 * store keeps one lowdb instance per open plan until the plan is closed.
 */
export class PlanFileStore {
  private readonly files = new Map<string, OpenPlanFile>();

  constructor(private readonly options: PlanFileOptions = {}) {}

  /** Reads a plan file without keeping it open (a backup being restored, a check). */
  async load(path: string): Promise<LoadOutcome> {
    await removeLeftovers(path, this.options.fs);
    return new OpenPlanFile(path, this.options).load();
  }

  /** Reads a plan file and keeps it open for saving. */
  async open(path: string): Promise<LoadOutcome> {
    await removeLeftovers(path, this.options.fs);
    const file = new OpenPlanFile(path, this.options);
    const outcome = await file.load();
    if (outcome.ok) this.files.set(path, file);
    else this.files.delete(path);
    return outcome;
  }

  /** The plan is no longer shown: forget its lowdb instance. */
  close(path: string): void {
    this.files.delete(path);
  }

  /**
   * Saves a plan that has passed the contract's parse (api-dispatch.ts): that parse is the one
   * validation of a save, so a plan that would be refused when opened again never gets here.
   */
  save(
    path: string,
    plan: Plan,
    baseRevision: string,
    force = false,
    who = '',
  ): Promise<SaveResult> {
    return this.fileAt(path).save(plan, { baseRevision, force }, who);
  }

  /** The open file at `path` (saving to a plan not read in this run reads it first). */
  fileAt(path: string): OpenPlanFile {
    let file = this.files.get(path);
    if (!file) {
      file = new OpenPlanFile(path, this.options);
      this.files.set(path, file);
    }
    return file;
  }

  /** The open plan's history, or null if the plan is not open. */
  historyOf(path: string): PlanHistory | null {
    return this.files.get(path)?.fullHistory() ?? null;
  }

  /** The open plan's workshop boards as kept in the file, or null if the plan is not open. */
  boardsOf(path: string): PlanBoards | null {
    return this.files.get(path)?.keptBoards() ?? null;
  }

  /** Writes a brand-new plan file; fails if the file already exists. */
  async create(
    path: string,
    plan: Plan,
    history: PlanHistory = emptyHistory(),
    boards: PlanBoards = {},
  ): Promise<string> {
    const text = serializePlan(planSchema.parse(plan), history, boards);
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
export function saveFailure(error: unknown): string {
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
