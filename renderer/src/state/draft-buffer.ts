/** How long typing must pause before what was typed goes into the plan. */
export const DRAFT_IDLE_MS = 400;

/** When a run of typing in one field began and when its last key was typed (ms). */
export interface DraftTiming {
  since: number;
  last: number;
}

interface Draft extends DraftTiming {
  commit: (timing: DraftTiming) => void;
  /** The text as typed, for a field that is drawn again (re-keyed) before it is committed. */
  text?: string;
}

/**
 * Text typed in fields that is not in the plan yet. Putting every keystroke into the plan makes
 * every subscriber draw again while the user types; a field instead holds its text here, and it
 * is committed when typing pauses (one timer for all fields), when the field is left, or at once
 * by flush() — which everything that reads or changes the whole plan calls first.
 */
export class DraftBuffer {
  private readonly drafts = new Map<string, Draft>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    private readonly now: () => number,
    private readonly idleMs = DRAFT_IDLE_MS,
  ) {}

  /** The field `id` holds typed text; `commit` puts the latest of it into the plan. */
  hold(id: string, commit: (timing: DraftTiming) => void, text?: string): void {
    if (this.disposed) return;
    const at = this.now();
    const isNew = !this.drafts.has(id);
    const since = this.drafts.get(id)?.since ?? at;
    // Deleted first, so that the order of commits is the order the fields were last typed in.
    this.drafts.delete(id);
    this.drafts.set(id, { commit, since, last: at, text });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.idleMs);
    if (isNew) this.emit();
  }

  has(id: string): boolean {
    return this.drafts.has(id);
  }

  /** The text held for field `id`, if it is holding any. */
  textOf(id: string): string | undefined {
    return this.drafts.get(id)?.text;
  }

  get pending(): boolean {
    return this.drafts.size > 0;
  }

  /** Commits the text held for one field (it was left). */
  commit(id: string): void {
    const draft = this.drafts.get(id);
    if (!draft) return;
    this.drafts.delete(id);
    if (this.drafts.size === 0) this.stopTimer();
    // The field shows the plan's text again (which may be what it showed before an undo).
    this.emit();
    draft.commit({ since: draft.since, last: draft.last });
  }

  /** Commits everything held, oldest first. */
  flush(): void {
    while (this.drafts.size > 0) {
      const [id] = this.drafts.keys();
      this.commit(id!);
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The plan is closed or replaced: what was held is dropped, like the rest of the window. */
  dispose(): void {
    this.disposed = true;
    this.drafts.clear();
    this.stopTimer();
    this.listeners.clear();
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
