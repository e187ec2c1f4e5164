import type * as Y from 'yjs';
import type { Plan } from '#shared/model/plan';
import { BRIDGE_ORIGIN, planFromBoard, writePlanToBoard } from '#shared/workshop-sync/board-bridge';
import { digestBoard, EMPTY_SEEN, type SeenBoard } from '#shared/workshop-sync/board-digest';
import type { BoardFocusArea } from '#shared/workshop-sync/board-doc';
import type { BoardLink } from '#shared/workshop-sync/board-link';
import {
  hasParticipantChanges,
  participantChanges,
  rebasePlan,
} from '#shared/workshop-sync/board-rebase';
import type { PlanSession } from '../../../state/plan-session';

export type BridgedSession = Pick<PlanSession, 'plan' | 'rebase' | 'subscribe'>;

/** connectBoard's link says `synced` once its document has had the server's board. */
export type BridgedLink = BoardLink & { readonly synced?: boolean };

export interface BridgeOptions {
  workshopId: string;
  areas: BoardFocusArea[];
  /** New participants' cards arrived: their authors' first names ('' when none was given). */
  onCardsAdded?: (names: string[]) => void;
}

/**
 * Keeps one open plan and one live board in step while the board is shared: participants'
 * changes go into every snapshot of the undo history (PlanSession.rebase), the facilitator's
 * changes (edits, undo, redo) are written into the board. Plain class, so it is tested without
 * React; use-board-sharing.ts holds one per shared board.
 */
export class BoardBridgeSession {
  private seen: SeenBoard = EMPTY_SEEN;
  private doc: Y.Doc | null = null;
  private writing = false;
  private lastWorkshop: unknown = null;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly session: BridgedSession,
    private readonly link: BridgedLink,
    private readonly options: BridgeOptions,
  ) {
    // Not before the board has come from the server: an empty document would read as a board
    // without cards or settings, and the plan's cards written into it would fight the server's.
    this.stops.push(
      session.subscribe(() => this.followPlan()),
      link.subscribe(() => this.followLink()),
    );
    this.followLink();
  }

  private followLink(): void {
    if (this.doc !== null && this.link.doc !== this.doc) {
      // After a refusal the link starts again with a fresh document: wait for the server's board.
      this.doc.off('update', this.onUpdate);
      this.doc = null;
    }
    const ready = this.link.synced ?? this.link.status === 'online';
    if (this.doc === null && ready) this.attach();
  }

  /** On connecting: the board into every snapshot once, then the plan into the board. */
  private attach(): void {
    const doc = this.link.doc;
    this.doc = doc;
    this.seen = EMPTY_SEEN;
    doc.on('update', this.onUpdate);
    this.session.rebase(planFromBoard(this.options.workshopId, doc, this.session.plan));
    this.seen = digestBoard(doc);
    this.lastWorkshop = null;
    this.followPlan();
  }

  private onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (this.writing || origin === BRIDGE_ORIGIN || !this.doc) return;
    const next = digestBoard(this.doc, this.seen);
    const changes = participantChanges(this.seen, next);
    this.seen = next;
    // Without the workshop in the present (undone past its start) other snapshots may have it.
    const workshop = this.workshop();
    if (workshop && !hasParticipantChanges(changes, workshop)) return;
    this.session.rebase(rebasePlan(this.options.workshopId, changes));
    if (changes.addedBy.length > 0) this.options.onCardsAdded?.(changes.addedBy);
  };

  private workshop(plan: Plan = this.session.plan) {
    return plan.workshops.find((w) => w.id === this.options.workshopId);
  }

  /** After every change of the plan's workshop, whatever differs goes into the board. */
  private followPlan(): void {
    const workshop = this.workshop();
    if (!workshop || !this.doc || workshop === this.lastWorkshop) return;
    this.lastWorkshop = workshop;
    this.writing = true;
    try {
      writePlanToBoard(this.doc, workshop, this.options.areas);
    } finally {
      this.writing = false;
    }
    this.seen = digestBoard(this.doc, this.seen);
  }

  /** What the panel lists: participants on the board with their live cards. */
  get participants(): SeenBoard {
    return this.seen;
  }

  dispose(): void {
    this.doc?.off('update', this.onUpdate);
    this.stops.forEach((stop) => stop());
    this.stops.length = 0;
  }
}
