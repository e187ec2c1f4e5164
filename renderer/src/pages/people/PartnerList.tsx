import { useState } from 'react';
import type { Partner } from '#shared/model/people';
import { newId } from '#shared/plan/new-id';
import { addPartner, sortedByName } from '#shared/plan/people-operations';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { PartnerCard } from './PartnerCard';
import { emptyPartner, PartnerForm } from './PartnerForm';

export function PartnerList({ onDelete }: { onDelete: (partner: Partner) => void }) {
  const { plan, edit } = usePlan();
  const [adding, setAdding] = useState(false);
  const partners = sortedByName(plan.partners);

  return (
    <section className="form-section" aria-labelledby="partners-heading">
      <h2 id="partners-heading">Samarbeidspartnere ({partners.length})</h2>
      <p className="muted">
        Etater, foretak og organisasjoner planen samarbeider med, og hvor tett de er involvert.
      </p>
      {adding ? (
        <PartnerForm
          idBase="new-partner"
          title="Ny samarbeidspartner"
          initial={emptyPartner}
          submitLabel="Legg til samarbeidspartner"
          onSubmit={(fields) => {
            const id = newId();
            changeThenFocus(() => {
              edit((p) => addPartner(p, fields, id).plan);
              setAdding(false);
            }, `partner-${id}`);
          }}
          onCancel={() => {
            changeThenFocus(() => setAdding(false), 'add-partner');
          }}
        />
      ) : (
        <button id="add-partner" type="button" className="button" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+ </span>Legg til samarbeidspartner
        </button>
      )}
      {partners.length === 0 ? (
        <p>Planen har ingen samarbeidspartnere ennå.</p>
      ) : (
        <ul className="directory" aria-label="Samarbeidspartnere">
          {partners.map((partner) => (
            <PartnerCard key={partner.id} partner={partner} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </section>
  );
}
