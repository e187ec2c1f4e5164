import { PageHeading } from '../../components/PageHeading';
import { useRevealTarget } from '../../shell/navigation';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { TargetGroupList } from './TargetGroupList';
import { TargetGroupMatrixTable } from './TargetGroupMatrixTable';
import '../../styles/strategies.css';
import '../../styles/target-groups.css';

export function TargetGroupsPage() {
  useRevealTarget();
  const { announce, noticeProps } = useDeletionNotice();
  return (
    <div className="page target-groups-page">
      <PageHeading>Målgrupper</PageHeading>
      <p className="lead">
        Målgruppene er de som planen skal hjelpe. Tabellen nederst viser hvilke tiltak som når hver
        gruppe i hvert satsningsområde – og hvor det mangler tiltak.
      </p>
      <TargetGroupList onDeleted={announce} />
      <TargetGroupMatrixTable />
      <DeletionNotice {...noticeProps} />
    </div>
  );
}
