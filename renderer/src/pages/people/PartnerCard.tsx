import { involvementLabels, type Partner } from '#shared/model/people';
import { partnerUsages, updatePartner } from '#shared/plan/people-operations';
import { usePlan } from '../../state/plan-context';
import { PlanLink } from '../../components/links/PlanLink';
import { DirectoryCard } from './DirectoryCard';
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
  const idBase = `partner-${partner.id}`;
  const name = partnerName(partner);
  const contact = plan.people.find((p) => p.id === partner.contactPersonId);

  return (
    <DirectoryCard
      entityId={partner.id}
      idBase={idBase}
      name={name}
      onDelete={() => onDelete(partner)}
      renderForm={(done) => (
        <PartnerForm
          idBase={`${idBase}-form`}
          title={`Endre ${name}`}
          initial={partner}
          submitLabel="Lagre"
          onSubmit={(fields) => {
            edit((p) => updatePartner(p, partner.id, fields));
            done();
          }}
          onCancel={done}
        />
      )}
    >
      {partner.involvement && (
        <p className={`involvement involvement--${partner.involvement}`}>
          {involvementLabels[partner.involvement]}
        </p>
      )}
      {partner.description.trim() && <p className="directory-card__text">{partner.description}</p>}
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
    </DirectoryCard>
  );
}
