import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { PlanApi, WorkshopSharing } from '#shared/ipc/contract';
import { boardAreas } from '#shared/workshop-sync/board-areas';
import { readSettings } from '#shared/workshop-sync/board-doc';
import {
  lockJoining,
  removeParticipant,
  setBoardSettings,
} from '#shared/workshop-sync/board-facilitator';
import type { BoardLink, BoardLinkStatus } from '#shared/workshop-sync/board-link';
import type { PlanSession } from '../../../state/plan-session';
import { BoardBridgeSession, type BridgedLink } from './board-bridge-session';
import { newCardsMessage, participantRows, type ParticipantRow } from './sharing-view';

export type SharingApi = Pick<
  PlanApi,
  'startWorkshopSharing' | 'getWorkshopSharing' | 'stopWorkshopSharing'
>;

export interface UseBoardSharingOptions {
  session: PlanSession;
  api: SharingApi;
  /** Opens the window's socket to the board (connectBoard; an in-memory link in tests). */
  connect: (url: string) => BridgedLink;
  /** null: no workshop on the stage (the presentation only), nothing to share. */
  workshopId: string | null;
}

/** off: not shared; kept: a board from before is kept with the plan and can be continued. */
export type SharingPhase = 'off' | 'kept' | 'starting' | 'shared';

export interface BoardSharing {
  phase: SharingPhase;
  sharing: WorkshopSharing | null;
  /** The window's own link to the board. */
  status: BoardLinkStatus | null;
  connected: number;
  participants: ParticipantRow[];
  totalsHidden: boolean;
  joiningLocked: boolean;
  error: string | null;
  /** «Nytt kort fra Kari», for an aria-live line; at most one every few seconds. */
  announcement: string;
  start: () => void;
  stop: () => void;
  setJoiningLocked: (locked: boolean) => void;
  setTotalsHidden: (hidden: boolean) => void;
  removeParticipant: (participantId: string) => void;
}

/** New cards are announced together, at most once in this many milliseconds. */
export const ANNOUNCE_EVERY_MS = 4000;

/**
 * «La deltakerne bli med»: starts, resumes and stops sharing one workshop's board, and while it
 * is shared holds the window's link and the bridge that keeps plan and board in step. Sharing
 * stops when the board is left (the workshop ends, the plan is closed); a reload of the window
 * finds it still shared and attaches again, and closing the window stops it in the main process.
 */
export function useBoardSharing({
  session,
  api,
  connect,
  workshopId,
}: UseBoardSharingOptions): BoardSharing {
  const [phase, setPhase] = useState<SharingPhase>('off');
  const [sharing, setSharing] = useState<WorkshopSharing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [link, setLink] = useState<BoardLink | null>(null);
  const live = useRef<{ link: BoardLink; bridge: BoardBridgeSession; stop: () => void } | null>(
    null,
  );
  const queued = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const path = session.filePath;

  const announce = useCallback((names: string[]) => {
    queued.current.push(...names);
    if (timer.current !== null) return;
    const flush = () => {
      const batch = queued.current;
      queued.current = [];
      if (batch.length === 0) {
        timer.current = null;
        return;
      }
      setAnnouncement(newCardsMessage(batch));
      timer.current = setTimeout(flush, ANNOUNCE_EVERY_MS);
    };
    flush();
  }, []);

  const detach = useCallback(() => {
    const current = live.current;
    live.current = null;
    setLink(null);
    if (!current) return;
    current.stop();
    current.bridge.dispose();
    current.link.close();
  }, []);

  const attach = useCallback(
    (shared: WorkshopSharing) => {
      detach();
      if (workshopId === null) return;
      try {
        const link = connect(shared.facilitatorUrl);
        const bridge = new BoardBridgeSession(session, link, {
          workshopId,
          areas: boardAreas(session.plan, workshopId),
          onCardsAdded: announce,
        });
        live.current = { link, bridge, stop: link.subscribe(redraw) };
        setLink(link);
        setSharing(shared);
        setPhase('shared');
        setError(null);
      } catch {
        setPhase('off');
        setError('Tavla ble delt, men vinduet fikk ikke kontakt med den. Prøv igjen.');
        void api.stopWorkshopSharing({ path, workshopId }).catch(() => {});
      }
    },
    [api, announce, connect, detach, path, session, workshopId],
  );

  // Opening the board: is it still shared (reconnect at once) or kept (offer to continue)?
  useEffect(() => {
    if (workshopId === null) return;
    let cancelled = false;
    api
      .getWorkshopSharing({ path })
      .then(({ sharing: running, keptBoards }) => {
        if (cancelled) return;
        if (running?.workshopId === workshopId) attach(running);
        else if (keptBoards.includes(workshopId)) setPhase('kept');
      })
      .catch(() => {});
    // A reload of the window leaves the board shared (the page finds it again at once, and the
    // phones are not cut off); closing the window or quitting stops it in the main process.
    const stopSharing = () => void api.stopWorkshopSharing({ path, workshopId }).catch(() => {});
    return () => {
      cancelled = true;
      if (live.current) {
        detach();
        stopSharing();
      }
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [api, attach, detach, path, workshopId]);

  const start = useCallback(() => {
    // What is typed on the board is in the plan before the board is made from it.
    session.flushDrafts();
    const workshop = session.plan.workshops.find((w) => w.id === workshopId);
    if (!workshop || workshopId === null) return;
    setPhase('starting');
    setError(null);
    api
      .startWorkshopSharing({
        path,
        workshop,
        focusAreas: boardAreas(session.plan, workshopId),
      })
      .then((result) => {
        if (result.ok) attach(result.sharing);
        else {
          setPhase('off');
          setError(result.message);
        }
      })
      .catch(() => {
        setPhase('off');
        setError('Kunne ikke starte delingen. Prøv igjen.');
      });
  }, [api, attach, path, session, workshopId]);

  const stop = useCallback(() => {
    detach();
    setSharing(null);
    setPhase('kept');
    if (workshopId === null) return;
    void api.stopWorkshopSharing({ path, workshopId }).catch(() => {});
  }, [api, detach, path, workshopId]);

  const doc = link?.doc ?? null;
  const settings = doc ? readSettings(doc) : null;
  // The board changes in place; the link's notifications redraw, and each drawing reads it anew.
  const participants = link ? participantRows(link.doc, link.presence) : [];

  return {
    phase,
    sharing,
    status: link?.status ?? null,
    connected: participants.filter((p) => p.connected).length,
    participants,
    totalsHidden: settings?.totalsHidden ?? false,
    joiningLocked: settings?.joiningLocked ?? false,
    error: link?.refusal ?? error,
    announcement,
    start,
    stop,
    setJoiningLocked: (locked) => doc && lockJoining(doc, locked),
    setTotalsHidden: (hidden) => doc && setBoardSettings(doc, { totalsHidden: hidden }),
    removeParticipant: (participantId) => doc && void removeParticipant(doc, participantId),
  };
}
