import { useState } from 'react';
import { findLooseEnds } from '#shared/plan/traceability';
import { PageHeading } from '../../components/PageHeading';
import { useNavigation, useRevealTarget } from '../../shell/navigation';
import { usePlan } from '../../state/plan-context';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { TraceOverview } from './TraceOverview';
import { StrategyList } from './StrategyList';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { ViewTabs } from './ViewTabs';
import '../../styles/strategies.css';

type View = 'strategier' | 'sporbarhet';

export function StrategiesPage() {
  const { plan } = usePlan();
  const { target } = useNavigation();
  const [view, setView] = useState<View>('strategier');
  // A link to a strategy (from Kvalitetssjekk or Sporbarhet) shows the list it is in.
  if (target && view !== 'strategier' && plan.strategies.some((s) => s.id === target.entityId)) {
    setView('strategier');
  }
  useRevealTarget();
  const { announce, noticeProps } = useDeletionNotice();
  const loose = findLooseEnds(plan);
  const looseCount = loose.goals.length + loose.strategies.length + loose.measures.length;

  return (
    <div className="page strategies-page">
      <PageHeading>Strategier</PageHeading>
      <p className="lead">
        Strategiene sier hvordan dere vil arbeide for å nå målene. Knytt hver strategi til målene
        den skal bidra til; satsningsområdene og tiltakene viser hvilke strategier de bruker.
      </p>
      <ViewTabs
        idBase="strategies-view"
        label="Visning"
        selected={view}
        onSelect={setView}
        tabs={[
          { key: 'strategier', label: `Strategier (${plan.strategies.length})` },
          {
            key: 'sporbarhet',
            label: (
              <>
                Sporbarhet
                {looseCount > 0 && (
                  <span className="view-tabs__count">{looseCount} ikke knyttet</span>
                )}
              </>
            ),
          },
        ]}
      >
        {view === 'strategier' ? <StrategyList onDeleted={announce} /> : <TraceOverview />}
      </ViewTabs>
      <DeletionNotice {...noticeProps} />
    </div>
  );
}
