import { useMemo, useState } from 'react';
import { multiYearOverview, yearsBetween } from '#shared/budget/budget-tables';
import { areaLineTarget, findBudgetProblems } from '#shared/checks/budget-checks';
import { PageHeading } from '../../components/PageHeading';
import { usePlanSession, useSessionSnapshot } from '../../state/plan-context';
import { useNavigation, useRevealTarget } from '../../shell/navigation';
import { DeletionContext, type DeletionAnnouncer } from '../../components/notices/deletion-notice';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { BudgetProblems } from './BudgetProblems';
import { BudgetTables } from './BudgetTables';
import { CostLineEditor } from '../../components/money/CostLineEditor';
import { FrameEditor } from './FrameEditor';
import { MeasureBudgets, NavLink } from './MeasureBudgets';
import { SourcesEditor } from './SourcesEditor';
import '../../styles/budget.css';

const sections = [
  { id: 'budget-programme', label: 'Programmet' },
  { id: 'budget-management', label: 'Programledelse' },
  { id: 'budget-measures', label: 'Satsningsområder og tiltak' },
  { id: 'budget-tables', label: 'Tabeller' },
] as const;

export function BudgetPage() {
  const session = usePlanSession();
  const { plan } = useSessionSnapshot();
  const { target, navigate } = useNavigation();
  const { periodStart, periodEnd } = plan.info;
  const years = useMemo(() => yearsBetween(periodStart, periodEnd), [periodStart, periodEnd]);
  const problems = useMemo(() => findBudgetProblems(plan), [plan]);
  const overview = useMemo(() => multiYearOverview(plan), [plan]);
  const costByYear = new Map(overview.rows.map((row) => [Number(row.key), row.cost]));

  // Focus areas start closed so a plan with many measures stays quick to read; a link to a
  // measure (from Kvalitetssjekk or the list at the top) opens its focus area first.
  const [openAreas, setOpenAreas] = useState<Set<string>>(() => new Set());
  const targetArea =
    target &&
    (plan.measures.find((m) => m.id === target.entityId)?.focusAreaId ??
      plan.focusAreas.find((a) => areaLineTarget(a.id) === target.entityId)?.id);
  if (targetArea && !openAreas.has(targetArea)) setOpenAreas(new Set([...openAreas, targetArea]));
  useRevealTarget();

  const { announce, noticeProps } = useDeletionNotice();
  const announcer = useMemo<DeletionAnnouncer>(() => ({ deleted: announce }), [announce]);

  return (
    <DeletionContext.Provider value={announcer}>
      <div className="page page--budget">
        <PageHeading>Budsjett</PageHeading>
        <p className="lead">
          Kostnad og finansiering per år for programledelsen, satsningsområdene og tiltakene, med
          tabellene Husbanken ber om. Beløp føres i hele kroner.
        </p>
        <nav className="page-toc" aria-label="På denne siden">
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <a
                  href={`#${s.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    const heading = document.getElementById(s.id);
                    heading?.scrollIntoView({ block: 'start' });
                    heading?.focus();
                  }}
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <BudgetProblems
          problems={problems}
          hasAmounts={overview.sum.cost > 0 || overview.sum.financed > 0}
        />

        <section className="form-section" aria-labelledby="budget-programme">
          <h2 id="budget-programme" tabIndex={-1}>
            Programmet
          </h2>
          <h3 className="subheading">Programperiode</h3>
          <p>
            {periodStart}–{periodEnd} ({years.length} år). Budsjettet har én kolonne per år i
            perioden. Perioden endrer du under{' '}
            <NavLink onClick={() => navigate('om-planen')}>Om planen</NavLink>.
          </p>
          <h3 className="subheading">Finansieringskilder og standardfordeling</h3>
          <SourcesEditor />
          <h3 className="subheading">Ramme per år</h3>
          <FrameEditor years={years} costByYear={costByYear} />
        </section>

        <section className="form-section" aria-labelledby="budget-management">
          <h2 id="budget-management" tabIndex={-1}>
            Programledelse
          </h2>
          <p className="muted">
            Programledelse er egen linje i budsjettet: programleder, møter og felles utgifter som
            ikke hører til ett tiltak.
          </p>
          <CostLineEditor
            entityId="programledelse"
            measureId={null}
            title="Programledelse"
            labelledBy="budget-management"
            line={plan.budget.programmeManagement}
            sources={plan.budget.sources}
            defaultSplit={plan.budget.defaultSplit}
            years={years}
            edit={session.edit}
          />
        </section>

        <section className="form-section" aria-labelledby="budget-measures">
          <h2 id="budget-measures" tabIndex={-1}>
            Satsningsområder og tiltak
          </h2>
          <p className="muted">
            Skriv kostnaden per år og velg hvordan den finansieres. Budsjetterer planen et
            satsningsområde som én linje, slik Husbankens skjema gjør, fører du beløpet på linjen
            «Felles for satsningsområdet» øverst i området; da trenger ikke tiltakene egen kostnad.
            Beløpet lagres når du trykker Enter eller går videre til neste felt.
          </p>
          <MeasureBudgets
            years={years}
            openAreas={openAreas}
            problems={problems}
            onToggle={(areaId, open) =>
              setOpenAreas((previous) => {
                const next = new Set(previous);
                if (open) next.add(areaId);
                else next.delete(areaId);
                return next;
              })
            }
            onToggleAll={(open) =>
              setOpenAreas(open ? new Set(plan.focusAreas.map((f) => f.id)) : new Set())
            }
          />
        </section>

        <section className="form-section" aria-labelledby="budget-tables">
          <h2 id="budget-tables" tabIndex={-1}>
            Tabeller
          </h2>
          <p className="muted">
            Tabellene regnes ut fra tallene over og summerer alltid opp. Når en prosentfordeling
            ikke går opp i hele kroner, får kilden med størst rest kronen som er til overs – ved
            likt, den som står først i listen over kilder.
          </p>
          <BudgetTables years={years} />
        </section>

        <DeletionNotice {...noticeProps} />
      </div>
    </DeletionContext.Provider>
  );
}
