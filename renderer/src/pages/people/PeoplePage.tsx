import { useState } from 'react';
import type { Plan } from '#shared/model/plan';
import {
  partnerUsages,
  personUsages,
  removePartner,
  removePerson,
} from '#shared/plan/people-operations';
import { PageHeading } from '../../components/PageHeading';
import { useRevealTarget } from '../../shell/navigation';
import { usePlan } from '../../state/plan-context';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { DeleteConfirmDialog } from './DeleteConfirmDialog';
import { partnerName } from './PartnerCard';
import { PartnerList } from './PartnerList';
import { personName } from './PersonCard';
import { PersonList } from './PersonList';
import '../../styles/people.css';

interface PendingDeletion {
  kind: 'person' | 'partner';
  id: string;
}

export function PeoplePage() {
  const { plan, edit } = usePlan();
  useRevealTarget();
  const { announce, noticeProps } = useDeletionNotice();
  const [pending, setPending] = useState<PendingDeletion | null>(null);

  const describe = (kind: PendingDeletion['kind'], id: string, of: Plan) =>
    kind === 'person'
      ? {
          name: personName(of.people.find((p) => p.id === id) ?? { name: '' }),
          what: 'personen',
          usages: personUsages(of, id),
        }
      : {
          name: partnerName(of.partners.find((p) => p.id === id) ?? { name: '' }),
          what: 'samarbeidspartneren',
          usages: partnerUsages(of, id),
        };

  const remove = (kind: PendingDeletion['kind'], id: string) => {
    const { name, usages } = describe(kind, id, plan);
    edit((p) => (kind === 'person' ? removePerson(p, id) : removePartner(p, id)));
    setPending(null);
    announce(
      usages.length > 0
        ? `${name} er slettet og tatt ut av planen der ${kind === 'person' ? 'personen' : 'partneren'} var brukt.`
        : `${name} er slettet.`,
      `${kind}-${id}-edit`,
    );
  };

  /** Deletes at once when nothing uses it; otherwise asks first and says what will happen. */
  const requestDelete = (kind: PendingDeletion['kind'], id: string) => {
    if (describe(kind, id, plan).usages.length === 0) remove(kind, id);
    else setPending({ kind, id });
  };

  const confirm = pending ? describe(pending.kind, pending.id, plan) : null;

  return (
    <div className="page people-page">
      <PageHeading>Personer og partnere</PageHeading>
      <p className="lead">
        En oversikt over personene og samarbeidspartnerne i planen. Herfra velger dere ansvarlige
        for tiltak, medlemmer i organisasjonen og kontaktpersoner.
      </p>
      <PersonList onDelete={(person) => requestDelete('person', person.id)} />
      <PartnerList onDelete={(partner) => requestDelete('partner', partner.id)} />
      {pending && confirm && (
        <DeleteConfirmDialog
          what={confirm.what}
          name={confirm.name}
          usages={confirm.usages}
          onCancel={() => setPending(null)}
          onConfirm={() => remove(pending.kind, pending.id)}
        />
      )}
      <DeletionNotice {...noticeProps} />
    </div>
  );
}
