import { bodyTypeLabels, type OrgBody } from '../../../../shared/model/organisation';
import type { Plan } from '../../../../shared/model/plan';
import { usePlan } from '../../state/plan-context';
import { OverviewIntro } from './OverviewIntro';

function BodyTree({ plan, parentId }: { plan: Plan; parentId: string | null }) {
  const bodies = plan.organisation.filter((b) => b.parentId === parentId);
  if (bodies.length === 0) return null;
  return (
    <ul className={parentId === null ? 'org-tree' : 'org-tree__children'}>
      {bodies.map((body) => (
        <li key={body.id}>
          <BodyCard plan={plan} body={body} />
          <BodyTree plan={plan} parentId={body.id} />
        </li>
      ))}
    </ul>
  );
}

function BodyCard({ plan, body }: { plan: Plan; body: OrgBody }) {
  const person = (id: string) => plan.people.find((p) => p.id === id);
  return (
    <div className="org-body">
      <p className="org-body__name">
        {body.name} <span className="tag">{bodyTypeLabels[body.type]}</span>
      </p>
      {body.description && <p>{body.description}</p>}
      {body.members.length > 0 && (
        <p className="muted">
          Medlemmer:{' '}
          {body.members
            .map((m) => {
              const p = person(m.personId);
              return `${p?.name ?? 'ukjent'}${p?.title ? `, ${p.title}` : ''}${m.role ? ` (${m.role})` : ''}`;
            })
            .join('; ')}
        </p>
      )}
      {body.responsibilities.length > 0 && (
        <ul className="org-body__duties">
          {body.responsibilities.map((duty, i) => (
            <li key={i}>{duty}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function OrganisationOverviewPage() {
  const { plan } = usePlan();
  // Bodies whose parent is missing would vanish from the tree; show them at the top instead.
  const known = new Set(plan.organisation.map((b) => b.id));
  const orphans = plan.organisation.filter((b) => b.parentId !== null && !known.has(b.parentId));
  return (
    <div className="page">
      <OverviewIntro title="Organisering">
        Her skal dere kunne bygge programorganisasjonen: organer, medlemmer og roller, ansvar og
        rapporteringslinjer, og se den som et organisasjonskart. Siden er ikke ferdig ennå, så
        ingenting kan endres her. Under ser du organisasjonen planen har nå, med rapporteringslinjer
        som innrykk.
      </OverviewIntro>
      {plan.organisation.length === 0 ? (
        <p>Planen har ingen organisasjon ennå.</p>
      ) : (
        <>
          <BodyTree plan={plan} parentId={null} />
          {orphans.map((body) => (
            <BodyCard key={body.id} plan={plan} body={body} />
          ))}
        </>
      )}
      {plan.partners.length > 0 && (
        <>
          <h2>Samarbeidspartnere</h2>
          <ul className="plain-list">
            {plan.partners.map((partner) => (
              <li key={partner.id}>{partner.name}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
