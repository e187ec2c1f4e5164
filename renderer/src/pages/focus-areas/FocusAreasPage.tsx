import { yearsBetween } from '#shared/budget/budget-tables';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { useNavigation, useRevealTarget, type NavTarget } from '../../shell/navigation';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import {
  buildRows,
  emptyFilter,
  filterRows,
  planOrder,
  validFilter,
  type MeasureFilter,
  type MeasureSort,
} from './measures/measure-table-model';
import { MeasureTableView } from './measures/MeasureTableView';
import { partyChoices } from '../../components/owner/party-labels';
import { ChangeNoticeContext, type ChangeNotice } from './change-notice';
import { FocusAreaList } from './FocusAreaList';
import '../../styles/measures.css';

type View = 'areas' | 'table';

// The view, filters and sorting outlive a visit to another page (a link from Kvalitetssjekk
// and back), for the plan they were chosen in.
interface Remembered {
  session: string;
  view: View;
  filter: MeasureFilter;
  sort: MeasureSort;
}
const remembered: { current: Remembered | null } = { current: null };

const toggleIn = (set: ReadonlySet<string>, id: string, open?: boolean): Set<string> => {
  const next = new Set(set);
  if (open ?? !next.has(id)) next.add(id);
  else next.delete(id);
  return next;
};

export function FocusAreasPage() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const { target } = useNavigation();
  const initial = remembered.current?.session === session.key ? remembered.current : null;
  const [view, setView] = useState<View>(initial?.view ?? 'areas');
  const [expandedIds, setExpandedIds] = useState<ReadonlySet<string>>(new Set());
  const [openDetailIds, setOpenDetailIds] = useState<ReadonlySet<string>>(new Set());
  const [chosenFilter, setFilter] = useState<MeasureFilter>(initial?.filter ?? emptyFilter);
  const [sort, setSort] = useState<MeasureSort>(initial?.sort ?? planOrder);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [handledTarget, setHandledTarget] = useState<NavTarget | null>(null);

  useEffect(() => {
    remembered.current = { session: session.key, view, filter: chosenFilter, sort };
  }, [session.key, view, chosenFilter, sort]);
  const onToggleMeasure = useCallback(
    (id: string) => setExpandedIds((set) => toggleIn(set, id)),
    [],
  );
  const onToggleDetails = useCallback(
    (id: string, open?: boolean) => setOpenDetailIds((set) => toggleIn(set, id, open)),
    [],
  );
  const { announce, noticeProps } = useDeletionNotice();
  const announcer = useMemo<ChangeNotice>(() => ({ announce }), [announce]);

  const choices = useMemo(
    () => partyChoices(plan.people, plan.organisation, plan.partners),
    [plan.people, plan.organisation, plan.partners],
  );
  const { periodStart, periodEnd } = plan.info;
  const rows = useMemo(
    () =>
      buildRows(
        plan.focusAreas,
        plan.measures,
        choices.labels,
        yearsBetween(periodStart, periodEnd),
      ),
    [plan.focusAreas, plan.measures, choices, periodStart, periodEnd],
  );
  const known = useMemo(
    () => ({
      focusAreaIds: new Set(plan.focusAreas.map((f) => f.id)),
      partyKeys: new Set(choices.labels.keys()),
      targetGroupIds: new Set(plan.targetGroups.map((t) => t.id)),
      strategyIds: new Set(plan.strategies.map((s) => s.id)),
    }),
    [plan.focusAreas, choices, plan.targetGroups, plan.strategies],
  );
  const filter = useMemo(() => validFilter(chosenFilter, known), [chosenFilter, known]);

  // A link from Kvalitetssjekk or Sporbarhet: show the measure or focus area before it is
  // scrolled to and its field focused (useRevealTarget below).
  if (target && target !== handledTarget) {
    setHandledTarget(target);
    const measure = plan.measures.find((m) => m.id === target.entityId);
    if (measure && view === 'table') {
      setSelectedId(measure.id);
      const row = rows.find((r) => r.measure.id === measure.id);
      if (row && filterRows([row], filter).length === 0) setFilter(emptyFilter);
    } else if (measure) {
      setExpandedIds((set) => toggleIn(set, measure.id, true));
    } else if (plan.focusAreas.some((f) => f.id === target.entityId)) {
      setView('areas');
      if (target.field) setOpenDetailIds((set) => toggleIn(set, target.entityId, true));
    }
  }
  useRevealTarget();

  return (
    <ChangeNoticeContext.Provider value={announcer}>
      <div className={`page page--measures${view === 'table' ? ' page--wide' : ''}`}>
        <PageHeading>Satsningsområder og tiltak</PageHeading>
        <p className="lead">
          Hvert satsningsområde har sine mål, strategiene det bruker og tiltakene som skal gjøres.
          Tiltakene har alle kolonnene i Husbankens aktivitetsplan.
        </p>
        <div className="view-switch" role="group" aria-label="Visning">
          <button
            type="button"
            className="view-switch__button"
            aria-pressed={view === 'areas'}
            onClick={() => setView('areas')}
          >
            Per satsningsområde
          </button>
          <button
            type="button"
            className="view-switch__button"
            aria-pressed={view === 'table'}
            onClick={() => setView('table')}
          >
            Alle tiltak i tabell
          </button>
        </div>
        {view === 'areas' ? (
          <>
            <p className="muted page-help">
              Flytt et satsningsområde eller et tiltak med knappene, med Alt + pil opp / pil ned når
              du står i det, eller ved å dra det med musen. Et tiltak kan dras til et annet
              satsningsområde; da får det neste ledige kode der. Felles prosjekter står sist i
              satsningsområdet under egen overskrift og flyttes innenfor den. Rader kopiert fra en
              tabell i Word eller Excel kan limes inn i tiltakslisten med Ctrl+V, og blir tiltak
              etter en forhåndsvisning.
            </p>
            <FocusAreaList
              partyLabels={choices.labels}
              expandedIds={expandedIds}
              openDetailIds={openDetailIds}
              onToggleMeasure={onToggleMeasure}
              onToggleDetails={onToggleDetails}
            />
          </>
        ) : (
          <MeasureTableView
            plan={plan}
            rows={rows}
            partyLabels={choices.labels}
            filter={filter}
            onFilterChange={setFilter}
            sort={sort}
            onSortChange={setSort}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onShowAreas={() => setView('areas')}
          />
        )}
        <DeletionNotice {...noticeProps} />
      </div>
    </ChangeNoticeContext.Provider>
  );
}
