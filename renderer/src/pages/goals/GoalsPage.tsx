import { useMemo, useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { useRevealTarget } from '../../shell/navigation';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import type { Plan } from '../../../../shared/model/plan';
import { DeletionContext, type DeletionAnnouncer } from './deletion-notice';
import { DeletionNotice } from './DeletionNotice';
import { focusSoon } from './focus';
import { MainGoalList } from './MainGoalList';
import { VisionFields } from './VisionFields';

interface Deletion {
  message: string;
  /** The plan right after the deletion: the notice shows only while nothing else has changed. */
  plan: Plan;
  restoreFocusId: string;
  /** Changes with every deletion, so focus moves to "Angre" each time. */
  serial: number;
}

export function GoalsPage() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const [deletion, setDeletion] = useState<Deletion | null>(null);
  const announcer = useMemo<DeletionAnnouncer>(
    () => ({
      deleted: (message, restoreFocusId) =>
        setDeletion((previous) => ({
          message,
          plan: session.plan,
          restoreFocusId,
          serial: (previous?.serial ?? 0) + 1,
        })),
    }),
    [session],
  );
  // Links from Kvalitetssjekk and elsewhere land on a goal; every goal is always shown.
  useRevealTarget();
  const visible = deletion !== null && deletion.plan === plan;

  return (
    <DeletionContext.Provider value={announcer}>
      <div className="page page--form">
        <PageHeading>Visjon og mål</PageHeading>
        <p className="lead">
          Visjonen sier hvor dere vil. Hovedmålene sier hva planen skal oppnå, delmålene hva som må
          til, og resultatmålene hvordan dere ser at det virker.
        </p>
        <VisionFields />
        <MainGoalList />
        <DeletionNotice
          message={visible ? deletion.message : null}
          serial={deletion?.serial ?? 0}
          onUndo={() => {
            session.undo();
            focusSoon(deletion!.restoreFocusId);
            setDeletion(null);
          }}
          onHide={() => setDeletion(null)}
        />
      </div>
    </DeletionContext.Provider>
  );
}
