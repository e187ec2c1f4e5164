import { AboutPage } from '../pages/about/AboutPage';
import { GoalsPage } from '../pages/goals/GoalsPage';
import { BudgetOverviewPage } from '../pages/overview/BudgetOverviewPage';
import { ExportOverviewPage } from '../pages/overview/ExportOverviewPage';
import { FocusAreasOverviewPage } from '../pages/overview/FocusAreasOverviewPage';
import { OrganisationOverviewPage } from '../pages/overview/OrganisationOverviewPage';
import { StrategiesOverviewPage } from '../pages/overview/StrategiesOverviewPage';
import { TargetGroupsOverviewPage } from '../pages/overview/TargetGroupsOverviewPage';
import { ChaptersPage } from '../pages/chapters/ChaptersPage';
import { PeoplePage } from '../pages/people/PeoplePage';
import { QualityPage } from '../pages/quality/QualityPage';
import type { PageId } from './pages';

export function PageView({ page }: { page: PageId }) {
  switch (page) {
    case 'om-planen':
      return <AboutPage />;
    case 'visjon-og-mal':
      return <GoalsPage />;
    case 'strategier':
      return <StrategiesOverviewPage />;
    case 'satsningsomrader':
      return <FocusAreasOverviewPage />;
    case 'malgrupper':
      return <TargetGroupsOverviewPage />;
    case 'personer':
      return <PeoplePage />;
    case 'tekstkapitler':
      return <ChaptersPage />;
    case 'kvalitetssjekk':
      return <QualityPage />;
    case 'organisering':
      return <OrganisationOverviewPage />;
    case 'budsjett':
      return <BudgetOverviewPage />;
    case 'eksport':
      return <ExportOverviewPage />;
  }
}
