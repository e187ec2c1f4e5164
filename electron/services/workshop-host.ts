import type * as Y from 'yjs';
import type { WorkshopSharing } from '#shared/ipc/contract';
import type { Workshop } from '#shared/model/workshop';
import type { BoardFocusArea } from '#shared/workshop-sync/board-doc';
import { participantsOf, readParticipant, readSettings } from '#shared/workshop-sync/board-doc';
import { setBoardSettings } from '#shared/workshop-sync/board-facilitator';
import { checkBoardUpdate } from '#shared/workshop-sync/board-rules';
import { boardFromWorkshop } from '#shared/workshop-sync/board-to-plan';
import { continueBoard, keepBoard } from './kept-board';
import { DAMAGED_BOARD } from './open-plan-file';
import { readParticipantFiles } from './participant-files';
import type { PlanFileStore } from './plan-file-store';
import { createSecret } from './workshop-join';
import { startWorkshopServer, type WorkshopServer } from './workshop-server';

/*
 * The workshop boards shared from the main process (issue 18): per open plan at most one board
 * whose server runs, its Y.Doc owned here, kept beside the draft in the plan file within about a
 * second of every change (docs/workshop-sync.md, «Storing it»). The facilitator's window follows
 * the board over its own loopback socket (facilitatorUrl) and writes the cards into the draft.
 */

export interface WorkshopHostOptions {
  store: PlanFileStore;
  /** The built participant page (dist/participant/). */
  participantDir: string;
  /** The Origin the facilitator's window sends: app://planverksted, or the test web server's. */
  facilitatorOrigins: readonly string[];
  /** Where the server listens and which addresses it announces (tests: 127.0.0.1, none). */
  listenHost?: string;
  addresses?: string[];
  /** How long changes are gathered before one write (milliseconds). */
  saveDelayMs?: number;
  now?: () => Date;
}

export type StartResult = { ok: true; sharing: WorkshopSharing } | { ok: false; message: string };

interface RunningBoard {
  workshopId: string;
  doc: Y.Doc;
  server: WorkshopServer;
  /** Resolves when the last write asked for is done. */
  saved: Promise<void>;
  timer: ReturnType<typeof setTimeout> | null;
  /** A write is waiting behind the one under way; it will take the board as it is then. */
  queued: boolean;
  /** Why the last write failed, in bokmål; null after one that worked. */
  saveError: string | null;
  stopping: Promise<void> | null;
  detach: () => void;
}

const SAVE_DELAY_MS = 250;

export function createWorkshopHost(options: WorkshopHostOptions) {
  const running = new Map<string, RunningBoard>();
  const now = options.now ?? (() => new Date());
  const saveDelay = options.saveDelayMs ?? SAVE_DELAY_MS;

  function sharingOf(path: string): WorkshopSharing | null {
    const board = running.get(path);
    if (!board || board.stopping) return null;
    const { server } = board;
    const host = server.addresses[0] ?? '127.0.0.1';
    return {
      workshopId: board.workshopId,
      joinUrl: server.joinUrl(host),
      address: `http://${host}:${server.port}`,
      joinCode: server.joinCode,
      addresses: server.addresses,
      facilitatorUrl: server.facilitatorUrl()!,
    };
  }

  /** Writes the board beside the draft now (after any write already under way). */
  function save(path: string, board: RunningBoard): Promise<void> {
    if (board.timer) clearTimeout(board.timer);
    board.timer = null;
    // Under load a write can take seconds; one waiting write is enough, as it reads the board
    // when its turn comes (more would write the same board again and again).
    if (board.queued) return board.saved;
    board.queued = true;
    board.saved = board.saved.then(async () => {
      board.queued = false;
      const kept = keepBoard(board.doc, board.server, board.server.participants(), now());
      const written = await options.store.fileAt(path).writeBoard(board.workshopId, kept);
      board.saveError = written.ok ? null : written.message;
      if (!written.ok) console.error(`Verkstedet: ${written.message}`);
    });
    return board.saved;
  }

  // Changes are gathered for a moment, then written in one go: a burst of ideas is one write.
  function saveSoon(path: string, board: RunningBoard) {
    board.timer ??= setTimeout(() => void save(path, board), saveDelay);
  }

  /** The board's own state decides who is locked out or removed, whoever changed it. */
  function followDoc(path: string, board: RunningBoard) {
    const { doc, server } = board;
    const removed = new Set<string>();
    const follow = () => {
      if (readSettings(doc).joiningLocked) server.lock();
      else server.unlock();
      for (const [id, entry] of participantsOf(doc)) {
        if (!removed.has(id) && readParticipant(entry).removed) {
          removed.add(id);
          server.removeParticipant(id);
        }
      }
    };
    const onUpdate = () => {
      follow();
      saveSoon(path, board);
    };
    follow();
    doc.on('update', onUpdate);
    board.detach = () => doc.off('update', onUpdate);
  }

  // Starting and stopping one plan's board go one at a time: a double click must not start two
  // servers for one plan.
  const turns = new Map<string, Promise<unknown>>();
  function inTurn<T>(path: string, step: () => Promise<T>): Promise<T> {
    const turn = (turns.get(path) ?? Promise.resolve()).then(step, step);
    turns.set(
      path,
      turn.catch(() => undefined),
    );
    return turn;
  }

  async function start(
    path: string,
    workshop: Workshop,
    focusAreas: BoardFocusArea[],
  ): Promise<StartResult> {
    const current = running.get(path);
    if (current && !current.stopping && current.workshopId === workshop.id) {
      setBoardSettings(current.doc, settingsFrom(workshop, focusAreas));
      return { ok: true, sharing: sharingOf(path)! };
    }
    if (current) await stopNow(path);
    const files = await readParticipantFiles(options.participantDir);
    if (!files) {
      return {
        ok: false,
        message:
          'Deltakersiden er ikke med i denne utgaven av Planverksted, så deltakerne kan ikke bli med fra egne enheter. Verkstedet kan fortsatt holdes på denne maskinen.',
      };
    }
    const stored = options.store.fileAt(path).keptBoards()[workshop.id];
    const continued = stored === undefined ? null : continueBoard(stored);
    if (stored !== undefined && continued === null) return { ok: false, message: DAMAGED_BOARD };
    const doc = continued?.doc ?? boardFromWorkshop(workshop, focusAreas);
    setBoardSettings(doc, settingsFrom(workshop, focusAreas));
    let server: WorkshopServer;
    try {
      server = await startWorkshopServer({
        board: doc,
        check: checkBoardUpdate,
        files,
        host: options.listenHost,
        addresses: options.addresses,
        port: continued?.port,
        joinToken: continued?.joinToken,
        joinCode: continued?.joinCode,
        participants: continued?.participants,
        facilitatorToken: createSecret(),
        facilitatorOrigins: options.facilitatorOrigins,
      });
    } catch (error) {
      doc.destroy();
      return {
        ok: false,
        message: `Verkstedet kunne ikke deles på nettverket: ${(error as Error).message}`,
      };
    }
    const board: RunningBoard = {
      workshopId: workshop.id,
      doc,
      server,
      saved: Promise.resolve(),
      timer: null,
      queued: false,
      saveError: null,
      stopping: null,
      detach: () => {},
    };
    running.set(path, board);
    followDoc(path, board);
    // Kept at once, so a crash right away still leaves the same address and codes to come back to.
    await save(path, board);
    return { ok: true, sharing: sharingOf(path)! };
  }

  /** Stops the board shared from `path` (only if it is `workshopId`, when given); it stays kept. */
  function stopNow(path: string, workshopId?: string): Promise<void> {
    const board = running.get(path);
    if (!board || (workshopId !== undefined && board.workshopId !== workshopId)) {
      return Promise.resolve();
    }
    board.stopping ??= (async () => {
      await board.server.stop();
      board.detach();
      await save(path, board);
      board.doc.destroy();
      if (running.get(path) === board) running.delete(path);
    })();
    return board.stopping;
  }

  const stop = (path: string, workshopId?: string) => inTurn(path, () => stopNow(path, workshopId));

  return {
    start: (path: string, workshop: Workshop, focusAreas: BoardFocusArea[]) =>
      inTurn(path, () => start(path, workshop, focusAreas)),
    stop,
    /** Every board, when the app quits or the window closes. */
    stopAll: () => Promise.all([...running.keys()].map((path) => stop(path))).then(() => {}),
    sharingOf,
    /** Workshops of the plan at `path` with a board kept in its file. */
    keptBoardIds: (path: string) => Object.keys(options.store.fileAt(path).keptBoards()),
    /** Why the board shared from `path` could not be kept in the file last time, or null. */
    saveErrorOf: (path: string) => running.get(path)?.saveError ?? null,
    /** Resolves when every change so far is in the file (tests, and before a plan is closed). */
    flush: (path: string) => {
      const board = running.get(path);
      return board ? save(path, board) : Promise.resolve();
    },
  };
}

export type WorkshopHost = ReturnType<typeof createWorkshopHost>;

function settingsFrom(workshop: Workshop, focusAreas: BoardFocusArea[]) {
  return { title: workshop.title, votesPerPerson: workshop.votesPerPerson, focusAreas };
}
