import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { usePlan, usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { getPlanApi } from '../../api/get-plan-api';
import { PresentationView } from './PresentationView';
import { connectFacilitator } from './sharing/connect-facilitator';
import { SharingControls } from './sharing/SharingControls';
import { SharingSlot } from './sharing/sharing-slot';
import { useBoardSharing } from './sharing/use-board-sharing';
import { useFullscreen } from './use-fullscreen';
import { useRoundTimer } from './use-round-timer';
import { WorkshopBoard } from './WorkshopBoard';
import { WorkshopSummary } from './WorkshopSummary';

export type StageView = 'board' | 'presentation' | 'summary';

interface WorkshopStageProps {
  /** null: only the presentation, for the whole plan. */
  workshopId: string | null;
  initialView: StageView;
  /** Something inside the app shell, which is made inert while the stage covers it. */
  behind: RefObject<HTMLElement | null>;
  onLeave: (outcome?: 'undone') => void;
}

/**
 * The full-screen stage for the projector: the board, the summary and the presentation. It asks
 * for full screen and fills the window when that is refused. Esc goes one step back (from the
 * presentation or the summary to the board, from the board out), unless something on the stage
 * used the key first (an edit, a numbered list, the help).
 */
export function WorkshopStage({ workshopId, initialView, behind, onLeave }: WorkshopStageProps) {
  const { plan } = usePlan();
  const workshop = workshopId ? plan.workshops.find((w) => w.id === workshopId) : undefined;
  const [view, setView] = useState<StageView>(initialView);
  const root = useRef<HTMLDivElement>(null);
  const timer = useRoundTimer(5);
  const leaveRef = useRef<() => void>(() => {});
  const session = usePlanSession();
  const api = useMemo(() => getPlanApi(), []);
  // Shared for as long as the stage is open: leaving the workshop stops it.
  const sharing = useBoardSharing({ session, api, connect: connectFacilitator, workshopId });

  const back = () => {
    if (view !== 'board' && workshop) setView('board');
    else leaveRef.current();
  };
  const fullscreen = useFullscreen(root, back);
  const leave = (outcome?: 'undone') => {
    fullscreen.exit();
    onLeave(outcome);
  };
  useEffect(() => {
    leaveRef.current = leave;
  });

  // The app behind the stage is out of reach for Tab and screen readers while the stage is open.
  useEffect(() => {
    const shell = behind.current?.closest<HTMLElement>('.shell') ?? null;
    shell?.setAttribute('inert', '');
    return () => shell?.removeAttribute('inert');
  }, [behind]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    back();
  };

  let content;
  if (workshopId && !workshop) {
    content = <WorkshopGone onBack={() => leave()} />;
  } else if (view === 'presentation' || !workshop) {
    content = (
      <PresentationView
        focusAreaIds={workshop?.focusAreaId ? [workshop.focusAreaId] : null}
        closeLabel={workshop ? 'Tilbake til tavla' : 'Lukk presentasjonen'}
        onClose={back}
      />
    );
  } else if (view === 'summary') {
    content = (
      <WorkshopSummary
        workshop={workshop}
        onBack={() => setView('board')}
        onPresent={() => setView('presentation')}
        onLeave={() => leave()}
        onUndone={() => leave('undone')}
      />
    );
  } else {
    content = (
      <WorkshopBoard
        workshop={workshop}
        timer={timer}
        fullscreen={fullscreen.active}
        onEnterFullscreen={fullscreen.enter}
        onPresent={() => setView('presentation')}
        onPromoted={() => setView('summary')}
        onLeave={() => leave()}
      />
    );
  }

  return createPortal(
    <div
      ref={root}
      className="ws-stage"
      role="region"
      aria-label={workshop ? `Verksted: ${workshop.title || 'uten tittel'}` : 'Presentasjon'}
      onKeyDownCapture={(event) => {
        if (event.key === 'Escape') fullscreen.noteEscape();
      }}
      onKeyDown={onKeyDown}
    >
      <SharingSlot.Provider value={<SharingControls sharing={sharing} />}>
        {content}
      </SharingSlot.Provider>
    </div>,
    document.body,
  );
}

/** The workshop was undone (Ctrl+Z past its start, or «Angre hele verkstedet») while open. */
function WorkshopGone({ onBack }: { onBack: () => void }) {
  const session = usePlanSession();
  const { canRedo } = useSessionSnapshot();
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <div className="ws-summary">
      <h1 ref={heading} className="ws-title" tabIndex={-1}>
        Verkstedet er angret
      </h1>
      <p className="ws-summary__text">Planen er slik den var før verkstedet startet.</p>
      <div className="ws-summary__actions">
        {canRedo && (
          <button type="button" className="ws-button" onClick={() => session.redo()}>
            Gjør om
          </button>
        )}
        <button type="button" className="ws-button ws-button--primary" onClick={onBack}>
          Tilbake
        </button>
      </div>
    </div>
  );
}
