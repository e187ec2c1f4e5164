import { Modal } from '../components/Modal';

interface LeaveUnsavedDialogProps {
  onAnswer: (leave: boolean) => void;
}

export function LeaveUnsavedDialog({ onAnswer }: LeaveUnsavedDialogProps) {
  return (
    <Modal
      title="Endringene er ikke lagret"
      role="alertdialog"
      onDismiss={() => onAnswer(false)}
      description={
        <p>
          De siste endringene dine kunne ikke lagres i planfilen. Forlater du planen nå, blir de
          borte.
        </p>
      }
    >
      <div className="modal__footer">
        <button type="button" className="button button--primary" onClick={() => onAnswer(false)}>
          Bli i planen
        </button>
        <button type="button" className="button button--danger" onClick={() => onAnswer(true)}>
          Forlat uten å lagre
        </button>
      </div>
    </Modal>
  );
}
