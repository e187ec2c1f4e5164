import { useState } from 'react';
import type { Person } from '../../../../shared/model/people';
import { personUsages, updatePerson } from '../../../../shared/plan/people-operations';
import { usePlan } from '../../state/plan-context';
import { focusSoon } from '../goals/focus';
import { PersonForm } from './PersonForm';
import { UsageLine } from './UsageLine';

interface PersonCardProps {
  person: Person;
  onDelete: (person: Person) => void;
}

export function personName(person: { name: string }): string {
  return person.name.trim() || 'Person uten navn';
}

export function PersonCard({ person, onDelete }: PersonCardProps) {
  const { plan, edit } = usePlan();
  const [editing, setEditing] = useState(false);
  const idBase = `person-${person.id}`;
  const name = personName(person);
  const role = [person.title, person.organisation]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');

  if (editing) {
    return (
      <li className="directory-card directory-card--editing" data-entity-id={person.id}>
        <PersonForm
          idBase={`${idBase}-form`}
          title={`Endre ${name}`}
          initial={person}
          submitLabel="Lagre"
          onSubmit={(fields) => {
            edit((p) => updatePerson(p, person.id, fields));
            setEditing(false);
            focusSoon(`${idBase}-edit`);
          }}
          onCancel={() => {
            setEditing(false);
            focusSoon(`${idBase}-edit`);
          }}
        />
      </li>
    );
  }

  return (
    <li className="directory-card" data-entity-id={person.id}>
      <article id={idBase} tabIndex={-1} aria-labelledby={`${idBase}-name`}>
        <div className="directory-card__head">
          <h3 id={`${idBase}-name`} className="directory-card__name">
            {name}
          </h3>
          <div className="directory-card__actions">
            <button
              id={`${idBase}-edit`}
              type="button"
              className="button button--quiet button--small"
              aria-label={`Endre ${name}`}
              onClick={() => setEditing(true)}
            >
              Endre
            </button>
            <button
              type="button"
              className="button button--quiet button--small button--danger-text"
              aria-label={`Slett ${name}`}
              onClick={() => onDelete(person)}
            >
              Slett
            </button>
          </div>
        </div>
        {role && <p className="directory-card__role">{role}</p>}
        {(person.email || person.phone) && (
          <dl className="contact-facts">
            {person.email && (
              <>
                <dt>E-post</dt>
                <dd>{person.email}</dd>
              </>
            )}
            {person.phone && (
              <>
                <dt>Telefon</dt>
                <dd>{person.phone}</dd>
              </>
            )}
          </dl>
        )}
        <UsageLine usages={personUsages(plan, person.id)} />
      </article>
    </li>
  );
}
