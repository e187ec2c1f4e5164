import { useState } from 'react';
import { involvementLabels, type Partner } from '../../../../shared/model/people';
import { partnerUsages, updatePartner } from '../../../../shared/plan/people-operations';
import { usePlan } from '../../state/plan-context';
import { focusSoon } from '../goals/focus';
import { PlanLink } from '../traceability/PlanLink';
import { PartnerForm } from './PartnerForm';
import { personName } from './PersonCard';
import { UsageLine } from './UsageLine';

interface PartnerCardProps {
  partner: Partner;
  onDelete: (partner: Partner) => void;
}

export function partnerName(partner: { name: string }): string {
  return partner.name.trim() || 'Partner uten navn';
}

export function PartnerCard({ partner, onDelete }: PartnerCardProps) {
  const { plan, edit } = usePlan();
  const [editing, setEditing] = useState(false);
  const idBase = `partner-${partner.id}`;
  const name = partnerName(partner);
  const contact = plan.people.find((p) => p.id === partner.contactPersonId);

  if (editing) {
    return (
      <li className="directory-card directory-card--editing" data-entity-id={partner.id}>
        <PartnerForm
          idBase={`${idBase}-form`}
          title={`Endre ${name}`}
          initial={partner}
          submitLabel="Lagre"
          onSubmit={(fields) => {
            edit((p) => updatePartner(p, partner.id, fields));
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
    <li className="directory-card" data-entity-id={partner.id}>
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
              onClick={() => onDelete(partner)}
            >
              Slett
            </button>
          </div>
        </div>
        <p className={`involvement involvement--${partner.involvement}`}>
          {involvementLabels[partner.involvement]}
        </p>
        {partner.description.trim() && (
          <p className="directory-card__text">{partner.description}</p>
        )}
        <p className="directory-card__contact">
          <span className="usage-line__label">Kontaktperson: </span>
          {contact ? (
            <PlanLink page="personer" target={{ entityId: contact.id }}>
              {personName(contact)}
            </PlanLink>
          ) : (
            <span className="muted">ikke valgt</span>
          )}
        </p>
        <UsageLine usages={partnerUsages(plan, partner.id)} />
      </article>
    </li>
  );
}
