import { useState } from 'react';
import { formatKroner } from '#shared/format/numbers';
import type { FocusArea } from '#shared/model/strategies';
import type { FocusAreaMeasuresChoice } from '#shared/plan/focus-area-operations';
import { Modal } from '../../components/Modal';
import { areaName } from './area-name';

interface DeleteFocusAreaDialogProps {
  area: FocusArea;
  measureCount: number;
  otherAreas: FocusArea[];
  onDelete: (choice: FocusAreaMeasuresChoice) => void;
  onCancel: () => void;
}

/** A focus area with measures: delete them too, or move them. Never leave them pointing nowhere. */
export function DeleteFocusAreaDialog({
  area,
  measureCount,
  otherAreas,
  onDelete,
  onCancel,
}: DeleteFocusAreaDialogProps) {
  const [kind, setKind] = useState<'delete' | 'move'>(otherAreas.length ? 'move' : 'delete');
  const [to, setTo] = useState(otherAreas[0]?.id ?? '');
  const tiltak = measureCount === 1 ? '1 tiltak' : `${measureCount} tiltak`;
  // The area's own cost line goes with it; say so, since it is entered on another page.
  const areaCost = area.budget.costs.reduce((sum, c) => sum + c.amount, 0);
  return (
    <Modal
      title={`Slette ${areaName(area)}?`}
      onDismiss={onCancel}
      role="alertdialog"
      description={
        <p>
          Satsningsområdet har {tiltak}. Hva skal skje med dem?
          {areaCost > 0 &&
            ` Den felles kostnaden for satsningsområdet (${formatKroner(areaCost)}) slettes med det.`}
        </p>
      }
    >
      <fieldset className="fieldset">
        <legend className="visually-hidden">Hva skal skje med tiltakene?</legend>
        <ul className="choice-list">
          {otherAreas.length > 0 && (
            <li>
              <label className="radio">
                <input
                  type="radio"
                  name="delete-area-choice"
                  checked={kind === 'move'}
                  onChange={() => setKind('move')}
                />
                Flytt tiltakene til et annet satsningsområde
              </label>
              <p className="choice-list__help">
                De får neste ledige koder der. Ingenting av innholdet går tapt.
              </p>
              {kind === 'move' && (
                <div className="field choice-list__field">
                  <label className="field__label" htmlFor="delete-area-target">
                    Satsningsområdet tiltakene flyttes til
                  </label>
                  <select
                    id="delete-area-target"
                    className="input input--select"
                    value={to}
                    onChange={(e) => setTo(e.target.value)}
                  >
                    {otherAreas.map((f) => (
                      <option key={f.id} value={f.id}>
                        {areaName(f)}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </li>
          )}
          <li>
            <label className="radio">
              <input
                type="radio"
                name="delete-area-choice"
                checked={kind === 'delete'}
                onChange={() => setKind('delete')}
              />
              Slett tiltakene også
            </label>
            <p className="choice-list__help">Du kan angre etterpå.</p>
          </li>
        </ul>
      </fieldset>
      <div className="modal__footer">
        <button type="button" className="button" onClick={onCancel}>
          Avbryt
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() =>
            onDelete(kind === 'move' ? { kind: 'move', toFocusAreaId: to } : { kind: 'delete' })
          }
        >
          Slett satsningsområdet
        </button>
      </div>
    </Modal>
  );
}
