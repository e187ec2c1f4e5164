import { useState } from 'react';
import type { Person } from '#shared/model/people';
import { addPerson } from '#shared/plan/info-operations';
import { newId } from '#shared/plan/new-id';
import { sortedByName } from '#shared/plan/people-operations';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { PersonCard } from './PersonCard';
import { emptyPerson, PersonForm } from './PersonForm';

export function PersonList({ onDelete }: { onDelete: (person: Person) => void }) {
  const { plan, edit } = usePlan();
  const [adding, setAdding] = useState(false);
  const people = sortedByName(plan.people);

  return (
    <section className="form-section" aria-labelledby="people-heading">
      <h2 id="people-heading">Personer ({people.length})</h2>
      <p className="muted">
        Personene kan være ansvarlige for tiltak, medlemmer i organisasjonen og kontaktpersoner for
        samarbeidspartnere. Listen er sortert etter navn.
      </p>
      {adding ? (
        <PersonForm
          idBase="new-person"
          title="Ny person"
          initial={emptyPerson}
          submitLabel="Legg til person"
          onSubmit={(fields) => {
            const id = newId();
            changeThenFocus(() => {
              edit((p) => addPerson(p, fields, id).plan);
              setAdding(false);
            }, `person-${id}`);
          }}
          onCancel={() => {
            changeThenFocus(() => setAdding(false), 'add-person');
          }}
        />
      ) : (
        <button id="add-person" type="button" className="button" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+ </span>Legg til person
        </button>
      )}
      {people.length === 0 ? (
        <p>Planen har ingen personer ennå.</p>
      ) : (
        <ul className="directory" aria-label="Personer">
          {people.map((person) => (
            <PersonCard key={person.id} person={person} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </section>
  );
}
