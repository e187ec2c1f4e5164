import { indicatorStandings } from '#shared/follow-up/indicator-figures';
import { formatDate } from '#shared/format/dates';
import { formatNumber, formatPercent } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';
import { PlanLink } from '../../components/links/PlanLink';

const withUnit = (value: number, unit: string) =>
  `${formatNumber(value)}${unit.trim() ? ` ${unit.trim()}` : ''}`;

/** Each indicator's latest value against its target, and how far along the way it has come. */
export function IndicatorSummary({ plan }: { plan: Plan }) {
  const standings = indicatorStandings(plan);
  return (
    <section className="follow-up-section" aria-labelledby="overview-indicators">
      <h2 id="overview-indicators">Indikatorer mot mål</h2>
      {standings.length === 0 ? (
        <p>
          Ingen resultatmål har indikator ennå. Indikatorer legger du inn under{' '}
          <PlanLink page="visjon-og-mal">Visjon og mål</PlanLink>.
        </p>
      ) : (
        <>
          <p className="muted">
            «Mot målet» er hvor langt den siste målingen har kommet fra utgangspunktet mot målet.
            Målinger fører du under{' '}
            <PlanLink page="indikatorer">Indikatorer og behovstall</PlanLink>.
          </p>
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-labelledby="indicator-table-caption"
          >
            <table className="table follow-up-table" data-testid="indicator-table">
              <caption id="indicator-table-caption">Indikatorer: siste måling mot målet</caption>
              <thead>
                <tr>
                  <th scope="col">Indikator</th>
                  <th scope="col" className="table__number">
                    Utgangspunkt
                  </th>
                  <th scope="col" className="table__number">
                    Siste måling
                  </th>
                  <th scope="col" className="table__number">
                    Mål
                  </th>
                  <th scope="col" className="table__number">
                    Mot målet
                  </th>
                </tr>
              </thead>
              <tbody>
                {standings.map((s) => {
                  const { baseline, target, unit } = s.indicator;
                  return (
                    <tr key={s.resultGoalId}>
                      <th scope="row" className="indicator-name">
                        {s.indicator.name.trim() || 'Indikator uten navn'}
                        <span className="indicator-name__goal">
                          <PlanLink page="indikatorer" target={{ entityId: s.resultGoalId }}>
                            {s.label}
                          </PlanLink>
                        </span>
                      </th>
                      <td className="table__number">
                        {baseline ? `${withUnit(baseline.value, unit)} (${baseline.year})` : '–'}
                      </td>
                      <td className="table__number">
                        {s.latest ? (
                          <>
                            {withUnit(s.latest.value, unit)}
                            <span className="indicator-name__goal">
                              {formatDate(s.latest.date)}
                            </span>
                          </>
                        ) : (
                          'Ikke målt'
                        )}
                      </td>
                      <td className="table__number">
                        {target ? `${withUnit(target.value, unit)} (${target.year})` : '–'}
                      </td>
                      <td className="table__number">
                        {s.towardTarget === null
                          ? '–'
                          : `${formatPercent(s.towardTarget)} av veien`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
