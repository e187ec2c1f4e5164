import type { OpenedPlan, PlanApi } from '../../../shared/ipc/contract';
import type { Plan } from '../../../shared/model/plan';
import { stampUpdatedAt } from '../../../shared/plan/info-operations';
import { Autosaver, type AutosaveState } from './autosaver';
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

export type PlanChange = (plan: Plan) => Plan;

export interface SessionSnapshot {
  path: string;
  fileName: string;
  plan: Plan;
  canUndo: boolean;
  canRedo: boolean;
  save: AutosaveState;
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
  private readonly listeners = new Set<() => void>();
  private path: string;
  private fileName: string;
  private snapshot: SessionSnapshot;

  constructor(
    opened: OpenedPlan,
    private readonly api: Pick<PlanApi, 'savePlan'>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = opened.path;
    this.fileName = opened.fileName;
    this.history = createHistory(opened.plan);
    this.autosaver = new Autosaver<Plan>({
      saved: opened.plan,
      revision: opened.revision,
      save: (plan, baseRevision, force) =>
        this.api.savePlan({ path: this.path, plan, baseRevision, force }),
      onChange: () => this.publish(),
    });
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

  /** Applies a change as one undo step (or merged into the last one, for typing in one field). */
  edit = (change: PlanChange, coalesceKey?: string): void => {
    const next = change(this.history.present);
    if (next === this.history.present) return;
    const at = this.now();
    this.history = record(this.history, stampUpdatedAt(next, at), {
      key: coalesceKey ?? null,
      at: at.getTime(),
    });
    this.autosaver.update(this.history.present);
  };

  undo = (): void => this.step(undo);

  redo = (): void => this.step(redo);

  saveNow = (): Promise<boolean> => this.autosaver.saveNow();

  flush = (): Promise<boolean> => this.autosaver.flush();

  forceSave = (): Promise<boolean> => this.autosaver.forceSave();

  isClean(): boolean {
    return this.autosaver.isClean();
  }

  /** After "save as": the same plan now lives in a new file, and autosave continues there. */
  moveTo(opened: OpenedPlan): void {
    this.path = opened.path;
    this.fileName = opened.fileName;
    this.autosaver.moveTo(this.history.present, opened.revision);
    this.publish();
  }

  dispose(): void {
    this.autosaver.dispose();
    this.listeners.clear();
  }

  private step(move: (h: UndoHistory<Plan>) => UndoHistory<Plan>): void {
    const moved = move(this.history);
    if (moved === this.history) return;
    // Undoing is a change to the file too, so it gets a fresh "last changed" time.
    this.history = replacePresent(moved, stampUpdatedAt(moved.present, this.now()));
    this.autosaver.update(this.history.present);
  }

  private makeSnapshot(): SessionSnapshot {
    return {
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
