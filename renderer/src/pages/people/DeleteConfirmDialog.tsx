import type { Usage } from '#shared/plan/people-operations';
import { Modal } from '../../components/Modal';
import { capitalise } from './UsageLine';

interface DeleteConfirmDialogProps {
  /** "personen" or "samarbeidspartneren". */
  what: string;
  name: string;
  usages: Usage[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** Before deleting someone the plan uses: where, and what will happen there. */
export function DeleteConfirmDialog({
  what,
  name,
  usages,
  onConfirm,
  onCancel,
}: DeleteConfirmDialogProps) {
  return (
    <Modal
      role="alertdialog"
      title={`Slette ${name}?`}
      onDismiss={onCancel}
      description={
        <>
          <p>
            {name} er brukt i planen. Hvis du sletter {what}, skjer dette:
          </p>
          <ul className="consequence-list">
            {usages.map((usage) => (
              <li key={usage.role}>
                <strong>
                  {capitalise(usage.prefix)} {usage.places.map((p) => p.name).join(', ')}:
                </strong>{' '}
                {usage.consequence}
              </li>
            ))}
          </ul>
          <p>Du kan angre slettingen etterpå.</p>
        </>
      }
    >
      <div className="modal__footer">
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          Slett {what}
        </button>
      </div>
    </Modal>
  );
}
