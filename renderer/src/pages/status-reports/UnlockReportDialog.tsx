import { useState, type FormEvent } from 'react';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';

interface UnlockReportDialogProps {
  periodLabel: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** «Lås opp for retting»: a reason is required and kept with the report. */
export function UnlockReportDialog({ periodLabel, onConfirm, onCancel }: UnlockReportDialogProps) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const error = tried && !reason.trim() ? 'Skriv hvorfor rapporten låses opp.' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setTried(true);
      return;
    }
    onConfirm(reason.trim());
  };
  return (
    <Modal
      title={`Låse opp rapporten for ${periodLabel}?`}
      onDismiss={onCancel}
      description={
        <p>
          Rapporten er levert. Når du låser den opp, kan den endres igjen. Begrunnelsen og datoen
          blir stående i rapporten.
        </p>
      }
    >
      <form onSubmit={submit}>
        <Field label="Begrunnelse" error={error} id="unlock-reason">
          {(control) => (
            <textarea
              {...control}
              className="input input--multiline"
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <div className="modal__footer">
          <button type="button" className="button" onClick={onCancel}>
            Avbryt
          </button>
          <button type="submit" className="button button--primary">
            Lås opp for retting
          </button>
        </div>
      </form>
    </Modal>
  );
}
