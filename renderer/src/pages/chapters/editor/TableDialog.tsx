import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/TextField';

interface TableDialogProps {
  onInsert: (rows: number, columns: number, caption: string) => void;
  onCancel: () => void;
}

const MAX = 30;

/** Reads a whole number 1–MAX as typed; null (with the field's message) otherwise. */
function count(text: string): number | null {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= 1 && value <= MAX ? value : null;
}

/** «Sett inn tabell»: how many columns and rows, and an optional caption. */
export function TableDialog({ onInsert, onCancel }: TableDialogProps) {
  const [columns, setColumns] = useState('3');
  const [rows, setRows] = useState('3');
  const [caption, setCaption] = useState('');
  const [errors, setErrors] = useState<{ columns?: string; rows?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const c = count(columns);
    const r = count(rows);
    const message = `Skriv et tall fra 1 til ${MAX}.`;
    if (c === null || r === null) {
      setErrors({
        columns: c === null ? message : undefined,
        rows: r === null ? message : undefined,
      });
      document.getElementById(c === null ? 'table-columns' : 'table-rows')?.focus();
      return;
    }
    onInsert(r, c, caption);
  };

  const numberField = (
    id: string,
    label: string,
    hint: string,
    value: string,
    set: (v: string) => void,
    error: string | undefined,
  ) => (
    <Field id={id} label={label} hint={hint} error={error ?? null}>
      {(control) => (
        <input
          {...control}
          className="input input--narrow"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => {
            set(e.target.value);
            setErrors({});
          }}
        />
      )}
    </Field>
  );

  return (
    <Modal
      title="Sett inn tabell"
      onDismiss={onCancel}
      description={
        <p>
          Den første raden blir overskriftsrad. Du kan legge til og fjerne rader og kolonner
          etterpå, og Tab flytter til neste celle.
        </p>
      }
    >
      <form onSubmit={submit} noValidate>
        {numberField(
          'table-columns',
          'Kolonner',
          'Antall kolonner.',
          columns,
          setColumns,
          errors.columns,
        )}
        {numberField(
          'table-rows',
          'Rader under overskriftsraden',
          'Antall rader med tall eller tekst.',
          rows,
          setRows,
          errors.rows,
        )}
        <TextField
          id="table-caption"
          label="Tabelltekst (valgfri)"
          hint="Står over tabellen i dokumentet, for eksempel «Husstander i kommunale boliger 2024»."
          value={caption}
          onChange={setCaption}
        />
        <div className="modal__footer">
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Avbryt
          </button>
          <button type="submit" className="button button--primary">
            Sett inn tabellen
          </button>
        </div>
      </form>
    </Modal>
  );
}
