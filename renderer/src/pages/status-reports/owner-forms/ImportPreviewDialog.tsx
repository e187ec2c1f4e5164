import { useId } from 'react';
import {
  describeValue,
  fieldKind,
  type ConflictDecisions,
  type FieldChange,
  type ImportSource,
  type OwnerFormPreview,
} from '#shared/follow-up/owner-form-import';
import { Modal } from '../../../components/Modal';

interface ImportPreviewDialogProps {
  preview: OwnerFormPreview;
  decisions: ConflictDecisions;
  onDecide: (conflictId: string, decision: 'app' | number) => void;
  onApply: () => void;
  onCancel: () => void;
}

const sources = (from: ImportSource[]) => from.map((f) => `«${f.fileName}»`).join(' og ');

function groupByMeasure(changes: FieldChange[]): [string, FieldChange[]][] {
  const groups = new Map<string, FieldChange[]>();
  for (const c of changes) groups.set(c.measureLabel, [...(groups.get(c.measureLabel) ?? []), c]);
  return [...groups];
}

/** Every change the forms would make, the conflicts to decide, and the files not read. */
export function ImportPreviewDialog({
  preview,
  decisions,
  onDecide,
  onApply,
  onCancel,
}: ImportPreviewDialogProps) {
  const name = useId();
  const { changes, conflicts, refused, accepted } = preview;
  const count = changes.length + conflicts.length;
  const summary = accepted.length
    ? count
      ? `${count === 1 ? 'Én endring' : `${count} endringer`} fra ${accepted.length === 1 ? 'ett skjema' : `${accepted.length} skjema`}. Ingenting er endret før du velger «Bruk endringene».`
      : 'Skjemaene gir ingen endringer: de sier det samme som appen.'
    : 'Ingen av skjemaene kunne leses inn.';
  return (
    <Modal title="Les inn utfylte skjema" description={summary} onDismiss={onCancel} wide>
      <div className="owner-import">
        {conflicts.length > 0 && (
          <section aria-labelledby={`${name}-conflicts`}>
            <h3 id={`${name}-conflicts`}>Må avgjøres ({conflicts.length})</h3>
            {conflicts.map((conflict) => {
              const kind = fieldKind(conflict.field);
              const chosen = decisions[conflict.id] ?? 'app';
              const radio = `${name}-${conflict.id}`;
              return (
                <fieldset key={conflict.id} className="owner-import__conflict">
                  <legend>
                    {conflict.measureLabel} – {conflict.fieldLabel}
                  </legend>
                  {conflict.appChanged && (
                    <p className="muted">Verdien er endret i appen etter at skjemaet ble laget.</p>
                  )}
                  <label className="owner-import__choice">
                    <input
                      type="radio"
                      name={radio}
                      checked={chosen === 'app'}
                      onChange={() => onDecide(conflict.id, 'app')}
                    />
                    <span>
                      Behold verdien i appen:{' '}
                      <strong>{describeValue(kind, conflict.appValue)}</strong>
                    </span>
                  </label>
                  {conflict.options.map((option, i) => (
                    <label key={i} className="owner-import__choice">
                      <input
                        type="radio"
                        name={radio}
                        checked={chosen === i}
                        onChange={() => onDecide(conflict.id, i)}
                      />
                      <span>
                        Ta verdien fra {sources(option.from)}:{' '}
                        <strong>{describeValue(kind, option.value)}</strong>
                      </span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </section>
        )}
        {changes.length > 0 && (
          <section aria-labelledby={`${name}-changes`}>
            <h3 id={`${name}-changes`}>Endringer ({changes.length})</h3>
            {groupByMeasure(changes).map(([measure, list]) => (
              <div key={measure} className="owner-import__measure">
                <h4>{measure}</h4>
                <table className="owner-import__table">
                  <thead>
                    <tr>
                      <th scope="col">Felt</th>
                      <th scope="col">Nå</th>
                      <th scope="col">Fra skjemaet</th>
                      <th scope="col">Skjema</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((c) => (
                      <tr key={c.field}>
                        <th scope="row">{c.fieldLabel}</th>
                        <td>{describeValue(fieldKind(c.field), c.before)}</td>
                        <td>{describeValue(fieldKind(c.field), c.after)}</td>
                        <td>{c.from.map((f) => f.ownerName).join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </section>
        )}
        {refused.length > 0 && (
          <section aria-labelledby={`${name}-refused`}>
            <h3 id={`${name}-refused`}>Ikke lest inn ({refused.length})</h3>
            {refused.map((file, i) => (
              <div key={`${file.fileName}-${i}`} className="notice notice--error">
                <p className="owner-import__refusal">{file.message}</p>
                {file.problems.length > 0 && (
                  <ul>
                    {file.problems.map((problem, j) => (
                      <li key={j}>{problem}</li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </section>
        )}
      </div>
      <div className="modal__footer">
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={onApply}
          disabled={count === 0}
        >
          Bruk endringene
        </button>
      </div>
    </Modal>
  );
}
