import { useState } from 'react';
import { localIsoDate } from '#shared/format/local-date';
import { formatDate } from '#shared/format/dates';
import { startWorkshop } from '#shared/plan/workshop-operations';
import { newId } from '#shared/plan/new-id';
import { Field } from '../../components/Field';
import { usePlan } from '../../state/plan-context';
import { columnLabel } from './column-labels';

/** Starts a workshop for the whole plan or one focus area, and opens its board. */
export function StartWorkshopForm({ onStarted }: { onStarted: (workshopId: string) => void }) {
  const { plan, edit } = usePlan();
  const today = localIsoDate();
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState('');
  const [participants, setParticipants] = useState('8');
  const [votes, setVotes] = useState('3');
  const noAreas = plan.focusAreas.length === 0;
  const whole = (n: string) => Math.max(0, Math.trunc(Number(n) || 0));

  return (
    <form
      className="ws-start"
      onSubmit={(event) => {
        event.preventDefault();
        if (noAreas) return;
        const id = newId();
        edit((p) =>
          startWorkshop(
            p,
            {
              title: title.trim() || `Verksted ${formatDate(today)}`,
              date: today,
              focusAreaId: scope || null,
              votesPerPerson: whole(votes),
              participants: whole(participants),
            },
            id,
          ),
        );
        setTitle('');
        onStarted(id);
      }}
    >
      <div className="ws-start__fields">
        <Field label="Navn på verkstedet" hint={`Tomt gir «Verksted ${formatDate(today)}».`}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <Field label="Hva skal dere arbeide med?">
          {(control) => (
            <select
              {...control}
              className="input input--select"
              value={scope}
              onChange={(event) => setScope(event.target.value)}
            >
              <option value="">Hele planen (alle satsningsområder)</option>
              {plan.focusAreas.map((f) => (
                <option key={f.id} value={f.id}>
                  {columnLabel(plan, { kind: 'area', focusAreaId: f.id })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row field-row--tight">
        <CountField
          label="Deltakere"
          hint="Hvor mange som stemmer."
          value={participants}
          onChange={setParticipants}
        />
        <CountField
          label="Stemmer per person"
          hint="Prikker hver deltaker kan fordele."
          value={votes}
          onChange={setVotes}
        />
      </div>
      {noAreas && (
        <p className="notice notice--warning">
          Planen har ingen satsningsområder ennå. Legg dem til under Satsningsområder og tiltak, så
          får hvert av dem en kolonne på tavla.
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={noAreas}>
          Start verkstedet
        </button>
      </div>
    </form>
  );
}

interface CountFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
}

/** A small whole number (people, votes) typed as text until the form is sent. */
function CountField({ label, hint, value, onChange }: CountFieldProps) {
  return (
    <Field label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          className="input input--number"
          type="number"
          min={0}
          max={99}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
