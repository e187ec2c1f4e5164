import { useLayoutEffect, useRef, useState } from 'react';
import type { Workshop } from '#shared/model/workshop';
import { undoWorkshop } from '#shared/plan/workshop-operations';
import { usePlan } from '../../state/plan-context';
import { UndoWorkshopText } from './UndoWorkshopDialog';
import { WorkshopOutcomeLists } from './WorkshopOutcomeLists';

interface WorkshopSummaryProps {
  workshop: Workshop;
  onBack: () => void;
  onPresent: () => void;
  onLeave: () => void;
  /** After the whole workshop has been undone. */
  onUndone: () => void;
}

/**
 * After «Gjør til tiltak»: what became measures and what stays as notes. The confirmation for
 * undoing the whole workshop is shown in place, since a dialog outside the full-screen stage
 * would not be seen.
 */
export function WorkshopSummary({
  workshop,
  onBack,
  onPresent,
  onLeave,
  onUndone,
}: WorkshopSummaryProps) {
  const { plan, edit } = usePlan();
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  useLayoutEffect(() => {
    (confirming ? confirmHeading : heading).current?.focus();
  }, [confirming]);

  return (
    <div className="ws-summary">
      <header className="ws-summary__head">
        <h1 ref={heading} className="ws-title" tabIndex={-1}>
          Dette kom ut av verkstedet
        </h1>
        <div className="ws-summary__actions">
          <button type="button" className="ws-button" onClick={onBack}>
            Tilbake til tavla
          </button>
          <button type="button" className="ws-button" onClick={onPresent}>
            Vis presentasjon
          </button>
          <button
            type="button"
            className="ws-button ws-button--danger-text"
            onClick={() => setConfirming(true)}
          >
            Angre hele verkstedet …
          </button>
          <button type="button" className="ws-button ws-button--primary" onClick={onLeave}>
            Avslutt
          </button>
        </div>
      </header>
      {confirming && (
        <section className="ws-confirm" role="alertdialog" aria-labelledby="ws-confirm-title">
          <h2 id="ws-confirm-title" ref={confirmHeading} tabIndex={-1}>
            Angre hele verkstedet?
          </h2>
          <UndoWorkshopText workshop={workshop} />
          <div className="ws-confirm__actions">
            <button
              type="button"
              className="ws-button ws-button--danger"
              onClick={() => {
                edit((p) => undoWorkshop(p, workshop.id));
                onUndone();
              }}
            >
              Angre hele verkstedet
            </button>
            <button type="button" className="ws-button" onClick={() => setConfirming(false)}>
              Avbryt
            </button>
          </div>
        </section>
      )}
      <WorkshopOutcomeLists plan={plan} workshop={workshop} level={2} idPrefix="ws-summary" />
    </div>
  );
}
