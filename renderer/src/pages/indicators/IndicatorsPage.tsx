import { useMemo } from 'react';
import { programmeYears } from '#shared/budget/budget-tables';
import { indicatorStandings } from '#shared/follow-up/indicator-figures';
import { listGoals } from '#shared/plan/traceability';
import { PageHeading } from '../../components/PageHeading';
import { PlanLink } from '../../components/links/PlanLink';
import { DeletionContext, type DeletionAnnouncer } from '../../components/notices/deletion-notice';
import { DeletionNotice } from '../../components/notices/DeletionNotice';
import { useDeletionNotice } from '../../components/notices/use-deletion-notice';
import { useSessionSnapshot } from '../../state/plan-context';
import { useRevealTarget } from '../../shell/navigation';
import { IndicatorCard } from './IndicatorCard';
import { NeedFigures } from './NeedFigures';
import '../../styles/overview.css';
import '../../styles/follow-up.css';

/**
 * Indikatorer og behovstall: measured values of each result goal's indicator toward its target,
 * and Husbanken's need figures A/B/C per year.
 */
export function IndicatorsPage() {
  const { plan } = useSessionSnapshot();
  const standings = useMemo(() => indicatorStandings(plan), [plan]);
  const withIndicator = new Set(standings.map((s) => s.resultGoalId));
  const without = listGoals(plan).filter((g) => g.level === 'result' && !withIndicator.has(g.id));
  const { periodStart, periodEnd } = plan.info;
  const years = useMemo(() => programmeYears(plan), [periodStart, periodEnd]); // eslint-disable-line react-hooks/exhaustive-deps
  const { announce, noticeProps } = useDeletionNotice();
  const announcer = useMemo<DeletionAnnouncer>(() => ({ deleted: announce }), [announce]);
  useRevealTarget();

  return (
    <DeletionContext.Provider value={announcer}>
      <div className="page page--indicators">
        <PageHeading>Indikatorer og behovstall</PageHeading>
        <p className="lead">
          Målte verdier for resultatmålenes indikatorer, fulgt mot målet, og Husbankens behovstall
          A, B og C per år, slik årsrapporten ber om dem.
        </p>

        <section className="follow-up-section" aria-labelledby="indicators-heading">
          <h2 id="indicators-heading">Indikatorer</h2>
          {standings.length === 0 && (
            <p>
              Ingen resultatmål har indikator ennå. Indikator med utgangspunkt og mål legger du inn
              under <PlanLink page="visjon-og-mal">Visjon og mål</PlanLink>.
            </p>
          )}
          {standings.map((s) => (
            <IndicatorCard key={s.resultGoalId} standing={s} />
          ))}
          {without.length > 0 && (
            <>
              <h3>Resultatmål uten indikator</h3>
              <ul className="plain-list">
                {without.map((g) => (
                  <li key={g.id}>
                    {g.label} {g.title.trim() || '(uten tittel)'} –{' '}
                    <PlanLink page="visjon-og-mal" target={{ entityId: g.id }}>
                      legg inn indikator under Visjon og mål
                    </PlanLink>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section className="follow-up-section" aria-labelledby="need-heading">
          <h2 id="need-heading">Behovstall</h2>
          <NeedFigures plan={plan} years={years} />
        </section>
        <DeletionNotice {...noticeProps} />
      </div>
    </DeletionContext.Provider>
  );
}
