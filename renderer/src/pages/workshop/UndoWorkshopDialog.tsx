import type { Workshop } from '#shared/model/workshop';
import { workshopOutcome } from '#shared/plan/workshop-operations';
import { Modal } from '../../components/Modal';
import { usePlan } from '../../state/plan-context';

interface UndoWorkshopDialogProps {
  workshop: Workshop;
  onCancel: () => void;
  onConfirm: () => void;
}

/** What «Angre hele verkstedet» removes, in words. */
export function UndoWorkshopText({ workshop }: { workshop: Workshop }) {
  const { plan } = usePlan();
  const { promoted } = workshopOutcome(plan, workshop);
  const codes = promoted.flatMap(({ measure }) => (measure ? [measure.code || measure.title] : []));
  const cards = workshop.cards.length;
  return (
    <>
      <p>
        Planen blir slik den var før verkstedet «{workshop.title || 'Verksted'}» startet.{' '}
        {cards === 1 ? 'Det ene kortet' : `Alle ${cards} kortene`} fra verkstedet blir borte
        {codes.length > 0 &&
          `, og ${codes.length === 1 ? 'tiltaket' : `de ${codes.length} tiltakene`} som ble laget av dem (${codes.join(', ')}) blir slettet`}
        .
      </p>
      <p>Du kan angre dette med Ctrl+Z eller «Angre» etterpå.</p>
    </>
  );
}

/** Asks before «Angre hele verkstedet» (on the Verksted page). */
export function UndoWorkshopDialog({ workshop, onCancel, onConfirm }: UndoWorkshopDialogProps) {
  return (
    <Modal
      title="Angre hele verkstedet?"
      role="alertdialog"
      onDismiss={onCancel}
      description={<UndoWorkshopText workshop={workshop} />}
    >
      <div className="button-row">
        <button type="button" className="button button--danger" onClick={onConfirm}>
          Angre hele verkstedet
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </Modal>
  );
}
