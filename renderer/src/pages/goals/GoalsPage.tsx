import { useMemo } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { useRevealTarget } from '../../shell/navigation';
import { DeletionContext, type DeletionAnnouncer } from '../../components/notices/deletion-notice';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { MainGoalList } from './MainGoalList';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { VisionFields } from './VisionFields';

export function GoalsPage() {
  const { announce, noticeProps } = useDeletionNotice();
  const announcer = useMemo<DeletionAnnouncer>(() => ({ deleted: announce }), [announce]);
  // Links from Kvalitetssjekk and elsewhere land on a goal; every goal is always shown.
  useRevealTarget();

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
        <DeletionNotice {...noticeProps} />
      </div>
    </DeletionContext.Provider>
  );
}
