import { AboutPage } from '../pages/about/AboutPage';
import { GoalsPage } from '../pages/goals/GoalsPage';
import { BudgetPage } from '../pages/budget/BudgetPage';
import { ExportPage } from '../pages/export/ExportPage';
import { FocusAreasPage } from '../pages/focus-areas/FocusAreasPage';
import { OrganisationPage } from '../pages/organisation/OrganisationPage';
import { StrategiesPage } from '../pages/strategies/StrategiesPage';
import { TargetGroupsPage } from '../pages/target-groups/TargetGroupsPage';
import { ChaptersPage } from '../pages/chapters/ChaptersPage';
import { PeoplePage } from '../pages/people/PeoplePage';
import { QualityPage } from '../pages/quality/QualityPage';
import { WorkshopPage } from '../pages/workshop/WorkshopPage';
import { FollowUpOverviewPage } from '../pages/follow-up-overview/FollowUpOverviewPage';
import { StatusReportsPage } from '../pages/status-reports/StatusReportsPage';
import { SpendingPage } from '../pages/spending/SpendingPage';
import { IndicatorsPage } from '../pages/indicators/IndicatorsPage';
import { FinalReportPage } from '../pages/final-report/FinalReportPage';
import { RisksPage } from '../pages/risks/RisksPage';
import { VersionsPage } from '../pages/versions/VersionsPage';
import type { PageId } from './pages';

export function PageView({ page }: { page: PageId }) {
  switch (page) {
    case 'om-planen':
      return <AboutPage />;
    case 'visjon-og-mal':
      return <GoalsPage />;
    case 'strategier':
      return <StrategiesPage />;
    case 'satsningsomrader':
      return <FocusAreasPage />;
    case 'malgrupper':
      return <TargetGroupsPage />;
    case 'personer':
      return <PeoplePage />;
    case 'tekstkapitler':
      return <ChaptersPage />;
    case 'risikoanalyse':
      return <RisksPage />;
    case 'kvalitetssjekk':
      return <QualityPage />;
    case 'organisering':
      return <OrganisationPage />;
    case 'budsjett':
      return <BudgetPage />;
    case 'oppfolging':
      return <FollowUpOverviewPage />;
    case 'statusrapporter':
      return <StatusReportsPage />;
    case 'regnskap':
      return <SpendingPage />;
    case 'indikatorer':
      return <IndicatorsPage />;
    case 'sluttrapport':
      return <FinalReportPage />;
    case 'verksted':
      return <WorkshopPage />;
    case 'versjoner':
      return <VersionsPage />;
    case 'eksport':
      return <ExportPage />;
  }
}
