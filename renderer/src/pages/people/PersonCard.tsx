import type { Person } from '#shared/model/people';
import { personUsages, updatePerson } from '#shared/plan/people-operations';
import { confirmExamplePerson } from '#shared/plan/example-operations';
import { ExampleNote } from '../../components/ExampleNote';
import { usePlan } from '../../state/plan-context';
import { DirectoryCard } from './DirectoryCard';
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
  const idBase = `person-${person.id}`;
  const name = personName(person);
  const role = [person.title, person.organisation]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');

  return (
    <DirectoryCard
      entityId={person.id}
      idBase={idBase}
      name={name}
      onDelete={() => onDelete(person)}
      renderForm={(done) => (
        <PersonForm
          idBase={`${idBase}-form`}
          title={`Endre ${name}`}
          initial={{
            name: person.name,
            title: person.title,
            organisation: person.organisation,
            email: person.email,
            phone: person.phone,
          }}
          submitLabel="Lagre"
          onSubmit={(fields) => {
            edit((p) => updatePerson(p, person.id, fields));
            done();
          }}
          onCancel={done}
        />
      )}
    >
      {role && <p className="directory-card__role">{role}</p>}
      {person.example && (
        <ExampleNote
          what={name}
          onConfirm={() => edit((p) => confirmExamplePerson(p, person.id))}
        />
      )}
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
    </DirectoryCard>
  );
}
