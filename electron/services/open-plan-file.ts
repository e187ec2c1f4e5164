import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Low, type Adapter } from 'lowdb';
import type { ReplacedDraftResult, SaveResult } from '#shared/ipc/contract';
import type { Plan } from '#shared/model/plan';
import type {
  AdoptionDecision,
  ChangeEntry,
  PlanHistory,
  PlanHistoryView,
  VersionSummary,
} from '#shared/model/plan-history';
import { describeChanges } from '#shared/plan/compare/describe-changes';
import { applyAdoption, restoredDraft } from '#shared/plan/history/adoption';
import { versionInSentence, versionLabel } from '#shared/plan/history/version-labels';
import { recordChanges, type LogTail } from '#shared/plan/history/change-log';
import { shareUnchanged } from '#shared/plan/history/share-unchanged';
import {
  addVersion,
  draftNumberAfter,
  summaryOf,
  versionContent,
} from '#shared/plan/history/version-chain';
import { newId } from '#shared/plan/new-id';
import { readPlanValue, type PlanReadError } from '#shared/plan/read-plan';
import { stampUpdatedAt } from '#shared/plan/info-operations';
import { fileErrorReason } from './file-error-text';
import { keptBoardSchema, type KeptBoard, type PlanBoards } from '#shared/model/plan-boards';
import {
  PlanConflictError,
  PlanFileAdapter,
  PlanFileError,
  emptyHistory,
  saveFailure,
  type PlanFileContent,
  type PlanFileOptions,
  type WriteCondition,
} from './plan-file-store';

export type LoadedPlan = {
  plan: Plan;
  history: PlanHistory;
  boards: PlanBoards;
  revision: string;
  migratedFrom: number | null;
};

export type LoadOutcome = { ok: true; loaded: LoadedPlan } | { ok: false; error: PlanReadError };

type Failure = Extract<SaveResult, { ok: false }>;

export type BoardWriteResult = { ok: true; revision: string } | { ok: false; message: string };

export const DAMAGED_BOARD =
  'Tavla som er lagret for dette verkstedet i planfilen, er skadet og kan ikke fortsettes. Den er ikke endret i filen, og kortene i verkstedet er ikke berørt.';

function boardWriteFailure(error: unknown): string {
  if (error instanceof PlanConflictError) {
    return 'Tavla kunne ikke lagres i planfilen fordi noen andre har endret filen. Den lagres igjen når planen er lagret eller åpnet på nytt; tavla med kortene er ikke borte.';
  }
  return `Tavla kunne ikke lagres i planfilen: ${fileErrorReason(error, 'write')}. Den prøves lagret igjen ved neste endring.`;
}

const missingFile: PlanReadError = {
  kind: 'io',
  message: 'Filen finnes ikke lenger. Den kan være flyttet eller slettet.',
  problems: [],
};

/** Two drafts are the same content when only the time they were last changed differs. */
function sameContent(a: Plan, b: Plan): boolean {
  return isDeepStrictEqual(
    { ...a, info: { ...a.info, updatedAt: '' } },
    { ...b, info: { ...b.info, updatedAt: '' } },
  );
}

/**
 * One open plan file: one lowdb instance over one adapter, kept while the plan is open, so the
 * adapter remembers which bytes on disk it read or wrote itself. It also keeps the plan's
 * history: the window sends only the draft, and each save adds to the change log what changed
 * since the draft it replaces (docs/versions-plan.md).
 */
export class OpenPlanFile {
  private readonly adapter: PlanFileAdapter;
  private readonly db: Low<PlanFileContent | null>;
  private tail: LogTail | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    path: string,
    private readonly options: PlanFileOptions,
  ) {
    this.adapter = new PlanFileAdapter(path, options);
    this.db = new Low<PlanFileContent | null>(
      this.adapter as Adapter<PlanFileContent | null>,
      null,
    );
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  async load(): Promise<LoadOutcome> {
    try {
      await this.db.read();
    } catch (error) {
      if (error instanceof PlanFileError) return { ok: false, error: error.readError };
      throw error;
    }
    if (this.db.data === null || this.adapter.revision === null) {
      return { ok: false, error: missingFile };
    }
    this.tail = null;
    return {
      ok: true,
      loaded: {
        ...this.db.data,
        revision: this.adapter.revision,
        migratedFrom: this.adapter.migratedFrom,
      },
    };
  }

  /**
   * The content as last read or written; read now if this file is saved before it was read. A
   * file that is gone or cannot be read has no history to keep: the write's own checks decide
   * whether it may be replaced (a damaged file is never replaced without the user's choice).
   */
  private async content(draft: Plan): Promise<PlanFileContent> {
    if (this.db.data !== null) return this.db.data;
    const loaded = await this.load();
    return loaded.ok ? this.db.data! : { plan: draft, history: emptyHistory(), boards: {} };
  }

  /** The whole history as stored, for a copy of the plan («Lagre som») to carry. */
  fullHistory(): PlanHistory | null {
    return this.db.data?.history ?? null;
  }

  history(): PlanHistoryView | null {
    const history = this.db.data?.history;
    if (!history) return null;
    return {
      versions: history.versions.map(summaryOf),
      changeLog: history.changeLog,
      draftNumber: draftNumberAfter(history.versions),
    };
  }

  /** A version's content as recorded, migrated and checked like a file being opened. */
  versionPlan(versionId: string): { ok: true; plan: Plan } | { ok: false; message: string } {
    const versions = this.db.data?.history.versions ?? [];
    if (!versions.some((version) => version.id === versionId)) {
      return { ok: false, message: 'Versjonen finnes ikke i denne planen.' };
    }
    const read = readPlanValue(versionContent(versions, versionId));
    if (!read.ok) {
      return {
        ok: false,
        message: `Versjonen kan ikke leses: ${read.error.message} Utkastet og de andre versjonene er ikke berørt.`,
      };
    }
    return { ok: true, plan: read.plan };
  }

  save(sent: Plan, condition: WriteCondition, who: string): Promise<SaveResult> {
    return this.inTurn(() => this.saveNow(sent, condition, who));
  }

  private async saveNow(sent: Plan, condition: WriteCondition, who: string): Promise<SaveResult> {
    const content = await this.content(sent);
    const plan = shareUnchanged(content.plan, sent);
    const { log: changeLog, tail } = this.logged(content, plan, who);
    const written = await this.write(
      { ...content, plan, history: { ...content.history, changeLog } },
      condition,
      tail,
    );
    if (!written.ok) return written;
    return written.keptAs === null
      ? { ok: true, revision: written.revision, savedAt: written.savedAt }
      : { ok: true, revision: written.revision, savedAt: written.savedAt, keptAs: written.keptAs };
  }

  /** «Vedta planen»: the draft with the decision, and that content as a version, in one write. */
  adopt(
    sent: Plan,
    condition: WriteCondition,
    decision: AdoptionDecision,
    who: string,
  ): Promise<ReplacedDraftResult> {
    return this.inTurn(() => this.adoptNow(sent, condition, decision, who));
  }

  private async adoptNow(
    sent: Plan,
    condition: WriteCondition,
    decision: AdoptionDecision,
    who: string,
  ): Promise<ReplacedDraftResult> {
    const content = await this.content(sent);
    const plan = shareUnchanged(content.plan, sent);
    if (content.history.versions.some((version) => version.number === decision.number)) {
      return {
        ok: false,
        reason: 'invalid',
        message: `Planen har allerede en versjon ${decision.number}. Velg et annet versjonsnummer.`,
        problems: [],
      };
    }
    const at = this.now();
    const adopted = stampUpdatedAt(applyAdoption(plan, decision), at);
    const version: VersionSummary = {
      id: newId(),
      kind: 'adopted',
      number: decision.number,
      adoptedDate: decision.adoptedDate,
      adoptedBy: decision.adoptedBy,
      caseNumber: decision.caseNumber,
      recordedAt: at.toISOString(),
      recordedBy: who,
      note: '',
    };
    const changeLog = [
      ...this.logged(content, adopted, who).log,
      this.entry(who, at, version.id, `${versionLabel(version)}.`),
    ];
    const history = { versions: addVersion(content.history.versions, version, adopted), changeLog };
    // Entries after a decision belong to the next version, never merged with those before it.
    const written = await this.write(
      { ...content, plan: adopted, history: { ...content.history, ...history } },
      condition,
      null,
    );
    if (!written.ok) return written;
    return {
      ok: true,
      revision: written.revision,
      savedAt: written.savedAt,
      plan: adopted,
      version,
    };
  }

  /**
   * An older version becomes the draft. The draft it replaces is kept as a set-aside version
   * unless it is exactly the newest recorded version, so no content is ever lost.
   */
  restore(
    sent: Plan,
    condition: WriteCondition,
    versionId: string,
    who: string,
  ): Promise<ReplacedDraftResult> {
    return this.inTurn(() => this.restoreNow(sent, condition, versionId, who));
  }

  private async restoreNow(
    sent: Plan,
    condition: WriteCondition,
    versionId: string,
    who: string,
  ): Promise<ReplacedDraftResult> {
    const content = await this.content(sent);
    const plan = shareUnchanged(content.plan, sent);
    const chosen = content.history.versions.find((version) => version.id === versionId);
    const old = this.versionPlan(versionId);
    if (!chosen || !old.ok) {
      return {
        ok: false,
        reason: 'invalid',
        message: old.ok ? 'Versjonen finnes ikke i denne planen.' : old.message,
        problems: [],
      };
    }
    const at = this.now();
    let versions = content.history.versions;
    const newest = versions.at(-1);
    const newestPlan = newest ? this.versionPlan(newest.id) : null;
    const keepDraft = !(newestPlan?.ok && sameContent(newestPlan.plan, plan));
    const setAside: VersionSummary = {
      id: newId(),
      kind: 'set-aside',
      number: draftNumberAfter(versions) ?? 'utkast',
      adoptedDate: null,
      adoptedBy: '',
      caseNumber: '',
      recordedAt: at.toISOString(),
      recordedBy: who,
      note: `Lagt til side da ${versionInSentence(chosen)} ble hentet fram igjen.`,
    };
    if (keepDraft) versions = addVersion(versions, setAside, plan);
    const restored = shareUnchanged(plan, stampUpdatedAt(restoredDraft(plan, old.plan), at));
    const before = this.logged(content, plan, who).log;
    const told = `${versionLabel(chosen)} er hentet fram som nytt utkast${
      keepDraft ? `; utkastet som var, er tatt vare på som utkast ${setAside.number}` : ''
    }.`;
    const details = recordChanges([], null, plan, restored, who, at, describeChanges, newId).log;
    const changeLog = [...before, this.entry(who, at, chosen.id, told), ...details];
    const written = await this.write(
      { ...content, plan: restored, history: { ...content.history, versions, changeLog } },
      condition,
      null,
    );
    if (!written.ok) return written;
    return {
      ok: true,
      revision: written.revision,
      savedAt: written.savedAt,
      plan: restored,
      version: summaryOf(chosen),
    };
  }

  /** The workshop boards kept beside the draft, each entry as found in the file. */
  keptBoards(): PlanBoards {
    return this.db.data?.boards ?? {};
  }

  /**
   * Keeps a workshop's board beside the draft: a side write that changes the file's revision but
   * not the draft or its history, so the window's next save (from the revision it saw) is still
   * taken. Someone else's write to the file is still a conflict, and an entry that is there but
   * cannot be read is never replaced.
   */
  writeBoard(workshopId: string, board: KeptBoard): Promise<BoardWriteResult> {
    return this.inTurn(async () => {
      if (this.db.data === null) {
        const loaded = await this.load();
        if (!loaded.ok) return { ok: false, message: loaded.error.message };
      }
      const content = this.db.data!;
      const found = content.boards[workshopId];
      if (found !== undefined && !keptBoardSchema.safeParse(found).success) {
        return { ok: false, message: DAMAGED_BOARD };
      }
      const boards = { ...content.boards, [workshopId]: board };
      const condition = { baseRevision: this.adapter.revision ?? '', force: false };
      try {
        await this.adapter.writeIf({ ...content, boards }, condition, true);
      } catch (error) {
        return { ok: false, message: boardWriteFailure(error) };
      }
      this.db.data = { ...content, boards };
      return { ok: true, revision: this.adapter.revision! };
    });
  }

  /** One write at a time from this app, so a board kept and a save never write over each other. */
  private inTurn<T>(write: () => Promise<T>): Promise<T> {
    const turn = this.turn.then(write, write);
    this.turn = turn.catch(() => undefined);
    return turn;
  }

  /** The log with what changed from the draft on disk to `next`, told by describeChanges. */
  private logged(content: PlanFileContent, next: Plan, who: string) {
    return recordChanges(
      content.history.changeLog,
      this.tail,
      content.plan,
      next,
      who,
      this.now(),
      describeChanges,
      newId,
    );
  }

  private entry(who: string, at: Date, entityId: string, text: string): ChangeEntry {
    return {
      id: newId(),
      at: at.toISOString(),
      who,
      part: 'info',
      kind: 'added',
      entityId,
      field: 'version',
      text,
    };
  }

  /** Writes the file; only a write that succeeded moves the log's open stretch on (`tail`). */
  private async write(
    content: PlanFileContent,
    condition: WriteCondition,
    tail: LogTail | null,
  ): Promise<{ ok: true; revision: string; savedAt: string; keptAs: string | null } | Failure> {
    let keptAs: string | null;
    try {
      keptAs = await this.adapter.writeIf(content, condition);
    } catch (error) {
      return {
        ok: false,
        reason: error instanceof PlanConflictError ? 'conflict' : 'io',
        message: saveFailure(error),
        problems: [],
      };
    }
    this.db.data = content;
    this.tail = tail;
    return {
      ok: true,
      revision: this.adapter.revision!,
      savedAt: new Date().toISOString(),
      keptAs: keptAs === null ? null : basename(keptAs),
    };
  }
}
