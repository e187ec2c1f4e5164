import type {
  PlanSection,
  QualityProblem,
  QualityProblemKind,
} from '#shared/checks/quality-checks';
import type { NavTarget } from '../../shell/navigation';
import type { PageId } from '../../shell/pages';

/** The page where each part of the plan is edited. */
const pageOfSection: Record<PlanSection, PageId> = {
  'om-planen': 'om-planen',
  'visjon-og-mal': 'visjon-og-mal',
  strategier: 'strategier',
  tiltak: 'satsningsomrader',
  malgrupper: 'malgrupper',
  organisering: 'organisering',
  budsjett: 'budsjett',
  regnskap: 'regnskap',
  statusrapporter: 'statusrapporter',
  personer: 'personer',
  tekstkapitler: 'tekstkapitler',
  risikoanalyse: 'risikoanalyse',
};

/** Where a problem is fixed: the part's page, opened at the entity and field to change. */
export function problemDestination(problem: QualityProblem): {
  page: PageId;
  target?: NavTarget;
} {
  const page = pageOfSection[problem.section];
  if (!problem.entityId) return { page };
  const target: NavTarget = { entityId: problem.entityId };
  if (problem.field) target.field = problem.field;
  return { page, target };
}

/** Group headings when the list is grouped by kind, in this order. */
export const problemKindLabels: Record<QualityProblemKind, string> = {
  'measure-without-owner': 'Tiltak uten ansvarlig',
  'measure-without-dates': 'Tiltak uten start- eller sluttdato',
  'measure-ends-before-start': 'Tiltak som slutter før de begynner',
  'measure-without-expected-result': 'Tiltak uten forventet resultat',
  'measure-without-cost': 'Tiltak uten kostnad',
  'budget-without-financing': 'Kostnader uten finansiering',
  'budget-unbalanced': 'Kostnad og finansiering som ikke går opp',
  'budget-split-not-100': 'Fordelinger som ikke blir 100 %',
  'budget-over-frame': 'År der kostnadene går over rammen',
  'budget-outside-period': 'Beløp utenfor programperioden',
  'duplicate-measure-code': 'Tiltakskoder som er brukt flere ganger',
  'goal-without-indicator': 'Mål uten målbar indikator',
  'strategy-unused': 'Strategier som ingen tiltak bruker',
  'focus-area-without-measures': 'Satsningsområder uten tiltak',
  'target-group-unserved': 'Målgrupper uten tiltak',
  'high-risk-without-mitigation': 'Høye risikoer uten tiltak mot risikoen',
  'high-risk-without-owner': 'Høye risikoer uten ansvarlig',
  'broken-reference': 'Henvisninger til noe som er slettet',
  'spending-over-budget': 'Regnskap over budsjett',
  'report-without-status': 'Tiltak uten status i en åpen rapport',
  'measure-without-status': 'Tiltak der status ikke er angitt',
  'completed-below-100': 'Gjennomført, men framdrift under 100 %',
  'measure-overdue': 'Tiltak som har passert sluttdato',
  'chapter-with-guidance': 'Kapitler med veiledning fra malen',
  'chapter-empty': 'Tomme kapitler',
  'example-person': 'Eksempelpersoner fra malen',
  'example-figure': 'Eksempeltall fra malen',
};
