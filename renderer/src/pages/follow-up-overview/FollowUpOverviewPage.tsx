import { useMemo } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { useSessionSnapshot } from '../../state/plan-context';
import { localIsoDate } from '#shared/format/local-date';
import { DeadlineNotice } from './DeadlineNotice';
import { IndicatorSummary } from './IndicatorSummary';
import { MoneySummary } from './MoneySummary';
import { OverdueMeasures } from './OverdueMeasures';
import { StatusSummary } from './StatusSummary';
import '../../styles/overview.css';
import '../../styles/follow-up.css';

/**
 * Oppfølging: where the plan stands after adoption, figure by figure. Every chart has the same
 * numbers in a table beside it, so the page reads without the pictures.
 */
export function FollowUpOverviewPage() {
  const { plan } = useSessionSnapshot();
  // The day the page is opened; overdue dates are judged against it.
  const today = useMemo(() => localIsoDate(), []);
  return (
    <div className="page page--follow-up">
      <PageHeading>Oppfølging</PageHeading>
      <p className="lead">
        Hvor planen står: status og framdrift for tiltakene, budsjett mot regnskap, indikatorene mot
        målene og neste rapportfrist.
      </p>
      <DeadlineNotice plan={plan} today={today} />
      <StatusSummary plan={plan} />
      <MoneySummary plan={plan} />
      <IndicatorSummary plan={plan} />
      <OverdueMeasures plan={plan} today={today} />
    </div>
  );
}
