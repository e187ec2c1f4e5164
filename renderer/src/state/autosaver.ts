import type { SaveResult } from '#shared/ipc/contract';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface SaveProblem {
  where: string;
  message: string;
}

export interface AutosaveState {
  status: SaveStatus;
  /** The last failure, kept until a save succeeds (shown as a banner). */
  error: { message: string; problems: SaveProblem[] } | null;
}

export interface AutosaverOptions<T> {
  /** The document as it is on disk, and that file's revision. */
  saved: T;
  revision: string;
  save: (doc: T, baseRevision: string, force: boolean) => Promise<SaveResult>;
  /**
   * The save status changed on the autosaver's own account (a save started, ended or failed).
   * Not called from update(): whoever changed the document publishes that change itself.
   */
  onChange: (state: AutosaveState) => void;
  delayMs?: number;
}

export const AUTOSAVE_DELAY_MS = 500;

/**
 * Saves the latest document a short while after each change. At most one save is in flight; a
 * change made meanwhile is saved right after it, with the revision the previous save returned.
 * After a conflict (the file changed on disk) it stops until the user decides what to do.
 */
export class Autosaver<T> {
  private latest: T;
  private saved: T;
  private revision: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private conflict = false;
  private error: AutosaveState['error'] = null;
  private disposed = false;
  private readonly delayMs: number;

  constructor(private readonly options: AutosaverOptions<T>) {
    this.latest = options.saved;
    this.saved = options.saved;
    this.revision = options.revision;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  }

  get state(): AutosaveState {
    let status: SaveStatus;
    if (this.conflict) status = 'conflict';
    else if (this.inFlight) status = 'saving';
    else if (this.isClean()) status = 'saved';
    else if (this.error && !this.timer) status = 'error';
    else status = 'pending';
    return { status, error: this.error };
  }

  get currentRevision(): string {
    return this.revision;
  }

  isClean(): boolean {
    return Object.is(this.latest, this.saved);
  }

  /** The document changed: save it after the debounce delay. The caller reads `state` anew. */
  update(doc: T): void {
    if (this.disposed) return;
    this.latest = doc;
    this.clearTimer();
    if (!this.conflict && !this.isClean()) {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.drain(false);
      }, this.delayMs);
    }
  }

  /** Saves now (Ctrl+S, "Prøv igjen"); resolves true when everything is saved. */
  async saveNow(): Promise<boolean> {
    this.clearTimer();
    await this.drain(false);
    return this.isClean() && !this.conflict;
  }

  /** Waits for the save in flight and saves what is left; for closing the plan or the window. */
  flush(): Promise<boolean> {
    return this.saveNow();
  }

  /** The user chose to overwrite the other person's change. */
  async forceSave(): Promise<boolean> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    await this.drain(true);
    return this.isClean() && !this.conflict;
  }

  /** The document now lives in another file (saved as a copy): continue saving there. */
  moveTo(saved: T, revision: string): void {
    this.saved = saved;
    this.revision = revision;
    this.conflict = false;
    this.error = null;
    this.update(this.latest);
  }

  /** The document was written by another call (adopting, restoring): it is saved as it is. */
  markSaved(doc: T, revision: string): void {
    this.clearTimer();
    this.latest = doc;
    this.saved = doc;
    this.revision = revision;
    this.conflict = false;
    this.error = null;
    this.emit();
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private drain(force: boolean): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if ((this.conflict && !force) || this.isClean()) {
      this.emit();
      return Promise.resolve();
    }
    this.inFlight = this.run(force).finally(() => {
      this.inFlight = null;
      this.emit();
    });
    this.emit();
    return this.inFlight;
  }

  private async run(force: boolean): Promise<void> {
    while (!this.isClean() && !this.disposed && (force || !this.conflict)) {
      const doc = this.latest;
      const result = await this.attempt(doc, force);
      force = false;
      if (result.ok) {
        this.revision = result.revision;
        this.saved = doc;
        this.conflict = false;
        this.error = null;
        // A change made during the save is saved next, unless its own timer will do it.
        if (this.timer) return;
        continue;
      }
      if (result.reason === 'conflict') this.conflict = true;
      else this.error = { message: result.message, problems: result.problems };
      return;
    }
  }

  private async attempt(doc: T, force: boolean): Promise<SaveResult> {
    try {
      return await this.options.save(doc, this.revision, force);
    } catch (error) {
      return {
        ok: false,
        reason: 'io',
        message: `Planen kunne ikke lagres (${error instanceof Error ? error.message : 'ukjent feil'}). Endringene dine er beholdt i vinduet.`,
        problems: [],
      };
    }
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private emit(): void {
    if (!this.disposed) this.options.onChange(this.state);
  }
}
