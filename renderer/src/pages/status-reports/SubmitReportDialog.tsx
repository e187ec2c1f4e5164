import { Modal } from '../../components/Modal';

interface SubmitReportDialogProps {
  periodLabel: string;
  /** Measures still without status: said plainly, but not a hindrance. */
  missingStatus: number;
  onConfirm: () => void;
  onCancel: () => void;
}

/** «Lever rapporten»: the report is locked once it is delivered. */
export function SubmitReportDialog({
  periodLabel,
  missingStatus,
  onConfirm,
  onCancel,
}: SubmitReportDialogProps) {
  return (
    <Modal
      role="alertdialog"
      title={`Levere rapporten for ${periodLabel}?`}
      onDismiss={onCancel}
      description={
        <>
          <p>
            Rapporten låses når den er levert, og viser det samme selv om planen endres senere.
            Tiltakene hentes fra planen en siste gang før den låses.
          </p>
          {missingStatus > 0 && (
            <p>
              {missingStatus === 1
                ? '1 tiltak har ikke fått status.'
                : `${missingStatus} tiltak har ikke fått status.`}
            </p>
          )}
          <p>Trenger du å rette noe etterpå, kan du låse opp rapporten og skrive hvorfor.</p>
        </>
      }
    >
      <div className="modal__footer">
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          Lever og lås rapporten
        </button>
      </div>
    </Modal>
  );
}
