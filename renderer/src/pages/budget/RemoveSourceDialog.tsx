import type { SourceUse } from '#shared/plan/budget-operations';
import { formatKroner } from '#shared/format/numbers';
import { Modal } from '../../components/Modal';

interface RemoveSourceDialogProps {
  name: string;
  uses: SourceUse[];
  /** Kroner recorded as spent from the source (regnskap), all years; removed with it. */
  spent: number;
  onCancel: () => void;
  onRemove: () => void;
}

/** Asked before a source that is in use is removed: says where, and what goes with it. */
export function RemoveSourceDialog({
  name,
  uses,
  spent,
  onCancel,
  onRemove,
}: RemoveSourceDialogProps) {
  return (
    <Modal
      title={`Fjerne kilden «${name || 'uten navn'}»?`}
      onDismiss={onCancel}
      description={
        <>
          {uses.length > 0 && (
            <>
              <p>Kilden brukes her:</p>
              <ul className="plain-list">
                {uses.map((use) => (
                  <li key={use.where}>
                    {use.where}: {use.how}
                  </li>
                ))}
              </ul>
            </>
          )}
          {spent > 0 && (
            <p>
              I regnskapet er det ført {formatKroner(spent)} som brukt fra denne kilden. Fjerner du
              kilden, fjernes også disse beløpene fra regnskapet.
            </p>
          )}
          <p>
            {uses.length > 0 &&
              'Fjerner du kilden, fjernes også andelene og beløpene over. Det kilden skulle betale, står da uten finansiering, og siden viser hvor finansieringen ikke går opp. '}
            Du kan angre etterpå.
          </p>
        </>
      }
    >
      <div className="modal__footer">
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
        <button type="button" className="button button--danger" onClick={onRemove}>
          Fjern kilden
        </button>
      </div>
    </Modal>
  );
}
