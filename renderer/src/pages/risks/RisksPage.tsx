import { PageHeading } from '../../components/PageHeading';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { useRevealTarget } from '../../shell/navigation';
import { RiskList } from './RiskList';
import { RiskMatrix } from './RiskMatrix';
import '../../styles/strategies.css';
import '../../styles/risks.css';

export function RisksPage() {
  useRevealTarget();
  const { announce, noticeProps } = useDeletionNotice();
  return (
    <div className="page risks-page">
      <PageHeading>Risikoanalyse</PageHeading>
      <p className="lead">
        Hva kan hindre at planen når målene sine? Vurder hvor sannsynlig hver risiko er og hvor
        alvorlig konsekvensen blir, hvem som følger den opp og hva dere gjør for å møte den.
        Matrisen og tabellen kommer med i Word-dokumentet.
      </p>
      <div className="risks-layout">
        <RiskList onDeleted={announce} />
        <RiskMatrix />
      </div>
      <DeletionNotice {...noticeProps} />
    </div>
  );
}
