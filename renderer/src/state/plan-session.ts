import type { OpenedPlan, PlanApi, ReplacedDraftResult } from '#shared/ipc/contract';
import type { AdoptionDecision } from '#shared/model/plan-history';
import { cleanTextDeep } from '#shared/model/clean-text';
import type { Plan } from '#shared/model/plan';
import { stampUpdatedAt } from '#shared/plan/info-operations';
import { Autosaver, type AutosaveState } from './autosaver';
import { DraftBuffer, type DraftTiming } from './draft-buffer';
import {
  canRedo,
  canUndo,
  createHistory,
  record,
  redo,
  replacePresent,
  undo,
  type UndoHistory,
} from './undo-history';
import { RefusedInputs } from './refused-inputs';

export type PlanChange = (plan: Plan) => Plan;

/** The calls a session makes: saving, and the two that replace the draft in the file. */
export type SessionApi = Pick<PlanApi, 'savePlan' | 'adoptPlan' | 'restoreVersion'>;

export interface SessionSnapshot {
  path: string;
  fileName: string;
  plan: Plan;
  canUndo: boolean;
  canRedo: boolean;
  save: AutosaveState;
  /** Grows with every write of the file (a save, adopting, restoring): the history may have grown. */
  historyRevision: number;
}

/**
 * One open plan: its undo history, its file and its autosave. Lives outside React so that the
 * save logic does not depend on rendering; components read it through useSyncExternalStore.
 */
let sessionCount = 0;

export class PlanSession {
  /** Distinguishes sessions, e.g. as a React key, so a reopened plan starts with fresh UI state. */
  readonly key = `session-${++sessionCount}`;
  private history: UndoHistory<Plan>;
  private readonly autosaver: Autosaver<Plan>;
  private readonly drafts: DraftBuffer;
  /** Fields showing text that was refused and so is not in the plan. */
  readonly refused = new RefusedInputs();
  /** Set while a held draft is being committed: its typing run's timing. */
  private committing: DraftTiming | null = null;
  private readonly listeners = new Set<() => void>();
  private path: string;
  private fileName: string;
  private snapshot: SessionSnapshot;
  /** File name the other person's version was kept as, after the user chose to overwrite it. */
  keptAs: string | null = null;

  constructor(
    opened: OpenedPlan,
    private readonly api: SessionApi,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = opened.path;
    this.fileName = opened.fileName;
    this.history = createHistory(opened.plan);
    this.autosaver = new Autosaver<Plan>({
      saved: opened.plan,
      revision: opened.revision,
      save: async (plan, baseRevision, force) => {
        const result = await this.api.savePlan({ path: this.path, plan, baseRevision, force });
        if (result.ok && result.keptAs) this.keptAs = result.keptAs;
        return result;
      },
      // Only the save status: a change to the plan is published by edit/undo/redo themselves.
      onChange: () => this.publish(),
    });
    this.drafts = new DraftBuffer(() => this.now().getTime());
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  get plan(): Plan {
    return this.history.present;
  }

  get filePath(): string {
    return this.path;
  }

  /**
   * Applies a change as one undo step (or merged into the last one, for typing in one field).
   * Text still held in a field goes in first, so changes reach the plan in the order made.
   */
  edit = (change: PlanChange, coalesceKey?: string, { untimed = false } = {}): void => {
    const typing = this.committing;
    if (!typing) this.drafts.flush();
    // Every change from the window passes here: typed text is cleaned before the plan holds it.
    const next = cleanTextDeep(change(this.history.present), this.history.present);
    if (next === this.history.present) return;
    const at = this.now();
    this.history = record(this.history, stampUpdatedAt(next, at), {
      key: coalesceKey ?? null,
      // A typing run counts from its keystrokes, not from when it was committed.
      at: typing?.last ?? at.getTime(),
      since: typing?.since,
      untimed,
    });
    this.changed();
  };

  /**
   * A field holds typed text that is not in the plan yet; `commit` puts it there (through
   * edit) when typing pauses, when the field is left, or before anything else reads or changes
   * the whole plan (flushDrafts).
   */
  holdDraft = (fieldId: string, commit: () => void, text?: string): void =>
    this.drafts.hold(
      fieldId,
      (timing) => {
        this.committing = timing;
        try {
          commit();
        } finally {
          this.committing = null;
        }
      },
      text,
    );

  /** The text a field holds, for the same field drawn anew (its element replaced) meanwhile. */
  heldText(fieldId: string): string | undefined {
    return this.drafts.textOf(fieldId);
  }

  /** The field was left: what it holds goes into the plan now. */
  commitDraft = (fieldId: string): void => this.drafts.commit(fieldId);

  /** Everything typed goes into the plan now (before save, undo, leaving the page …). */
  flushDrafts = (): void => this.drafts.flush();

  hasDraft(fieldId: string): boolean {
    return this.drafts.has(fieldId);
  }

  /** Whether some field holds typing that is not in the plan (and so not saved) yet. */
  hasDrafts = (): boolean => this.drafts.pending;

  subscribeDrafts = (listener: () => void): (() => void) => this.drafts.subscribe(listener);

  /**
   * A change made by someone else (a participant on the shared workshop board) goes into every
   * snapshot of the history, past, present and future, instead of becoming an undo step: undo
   * and redo then move only through this window's own changes and keep theirs. Saved like any
   * change. Text still held in a field stays held.
   */
  rebase = (change: PlanChange): void => {
    const apply = (plan: Plan) => cleanTextDeep(change(plan), plan);
    const present = apply(this.history.present);
    const past = this.history.past.map(apply);
    const future = this.history.future.map(apply);
    const same = (a: Plan[], b: Plan[]) => a.every((p, i) => p === b[i]);
    const presentChanged = present !== this.history.present;
    if (!presentChanged && same(past, this.history.past) && same(future, this.history.future)) {
      return;
    }
    this.history = { ...this.history, past, future, present };
    // The file holds the present only; a change to other snapshots has nothing to save.
    if (presentChanged) this.changed();
  };

  undo = (): void => this.step(undo);

  redo = (): void => this.step(redo);

  saveNow = (): Promise<boolean> => {
    this.drafts.flush();
    return this.autosaver.saveNow();
  };

  flush = (): Promise<boolean> => {
    this.drafts.flush();
    return this.autosaver.flush();
  };

  forceSave = (): Promise<boolean> => {
    this.drafts.flush();
    return this.autosaver.forceSave();
  };

  /** «Vedta planen»: the draft is saved with the decision and recorded as a version. */
  adopt = (decision: AdoptionDecision): Promise<ReplacedDraftResult> =>
    this.replaceDraft((plan, baseRevision) =>
      this.api.adoptPlan({ path: this.path, plan, baseRevision, decision }),
    );

  /** An older version becomes the draft; the main process keeps the one it replaces. */
  restore = (versionId: string): Promise<ReplacedDraftResult> =>
    this.replaceDraft((plan, baseRevision) =>
      this.api.restoreVersion({ path: this.path, plan, baseRevision, versionId }),
    );

  /**
   * Everything typed is saved first, so the main process records exactly what the window shows;
   * the plan it answers with becomes one undo step that is already saved.
   */
  private async replaceDraft(
    call: (plan: Plan, baseRevision: string) => Promise<ReplacedDraftResult>,
  ): Promise<ReplacedDraftResult> {
    if (!(await this.saveNow())) {
      return {
        ok: false,
        reason: 'io',
        message:
          'Planen må være lagret før dette kan gjøres, og den ble ikke lagret. Se meldingen øverst, og prøv igjen.',
        problems: [],
      };
    }
    const result = await call(this.history.present, this.autosaver.currentRevision);
    if (!result.ok) return result;
    this.history = record(this.history, result.plan, {
      key: null,
      at: this.now().getTime(),
      untimed: true,
    });
    this.autosaver.markSaved(result.plan, result.revision);
    this.publish();
    return result;
  }

  isClean(): boolean {
    return !this.drafts.pending && this.autosaver.isClean();
  }

  /** After "save as": the same plan now lives in a new file, and autosave continues there. */
  moveTo(opened: OpenedPlan): void {
    this.path = opened.path;
    this.fileName = opened.fileName;
    this.autosaver.moveTo(this.history.present, opened.revision);
    this.publish();
  }

  dispose(): void {
    this.drafts.dispose();
    this.autosaver.dispose();
    this.listeners.clear();
  }

  private step(move: (h: UndoHistory<Plan>) => UndoHistory<Plan>): void {
    // Typing not yet in the plan is part of what the user undoes (or loses redo to).
    this.drafts.flush();
    const moved = move(this.history);
    if (moved === this.history) return;
    // Undoing is a change to the file too, so it gets a fresh "last changed" time.
    this.history = replacePresent(moved, stampUpdatedAt(moved.present, this.now()));
    this.changed();
  }

  /** The plan changed: the screen draws it now, and the autosaver saves it a little later. */
  private changed(): void {
    this.autosaver.update(this.history.present);
    this.publish();
  }

  private seenRevision: string | null = null;
  private writes = 0;

  private makeSnapshot(): SessionSnapshot {
    if (this.autosaver.currentRevision !== this.seenRevision) {
      this.seenRevision = this.autosaver.currentRevision;
      this.writes++;
    }
    return {
      historyRevision: this.writes,
      path: this.path,
      fileName: this.fileName,
      plan: this.history.present,
      canUndo: canUndo(this.history),
      canRedo: canRedo(this.history),
      save: this.autosaver.state,
    };
  }

  private publish(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }
}
