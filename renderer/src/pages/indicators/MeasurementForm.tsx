import { useState, type FormEvent } from 'react';
import { formatDate, parseNorwegianDate } from '#shared/format/dates';
import { parseValueInput } from '#shared/format/count-input';
import { formatNumber } from '#shared/format/numbers';
import type { Measurement } from '#shared/model/need-figures';
import { Field } from '../../components/Field';

interface MeasurementFormProps {
  /** Prefix for the field ids, so the page can move focus to them. */
  idBase: string;
  /** The measurement being changed; empty fields for a new one. */
  initial?: Measurement;
  submitLabel: string;
  onSubmit: (fields: Omit<Measurement, 'id'>) => void;
  onCancel?: () => void;
}

/**
 * Date, value and note of one measurement. Nothing is stored until the form is sent, and only a
 * real date and a number are taken; the messages say what to write.
 */
export function MeasurementForm({
  idBase,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: MeasurementFormProps) {
  const [date, setDate] = useState(initial ? formatDate(initial.date) : '');
  const [value, setValue] = useState(initial ? formatNumber(initial.value) : '');
  const [note, setNote] = useState(initial?.note ?? '');
  const [tried, setTried] = useState(false);
  const parsedDate = parseNorwegianDate(date.trim());
  const parsedValue = parseValueInput(value);
  const dateError =
    tried && !parsedDate
      ? date.trim()
        ? `«${date.trim()}» er ikke en gyldig dato. Skriv datoen som dd.mm.åååå.`
        : 'Skriv datoen verdien ble målt.'
      : null;
  const valueError = tried && !parsedValue.ok ? parsedValue.message : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!parsedDate || !parsedValue.ok || parsedValue.value === null) {
      const first = !parsedDate ? `${idBase}-date` : `${idBase}-value`;
      document.getElementById(first)?.focus();
      return;
    }
    onSubmit({ date: parsedDate, value: parsedValue.value, note: note.trim() });
    if (!initial) {
      setDate('');
      setValue('');
      setNote('');
      setTried(false);
      document.getElementById(`${idBase}-date`)?.focus();
    }
  };

  return (
    <form className="measurement-form" onSubmit={submit} noValidate>
      <Field label="Dato" hint="dd.mm.åååå" error={dateError} id={`${idBase}-date`}>
        {(control) => (
          <input
            {...control}
            className="input input--date"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Verdi"
        hint="Et tall, for eksempel 12,5"
        error={valueError}
        id={`${idBase}-value`}
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            size={10}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        )}
      </Field>
      <Field label="Merknad (valgfri)" hint="Kilde eller forklaring" id={`${idBase}-note`}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="off"
            size={28}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}
