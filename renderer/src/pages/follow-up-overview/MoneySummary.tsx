import { useMemo } from 'react';
import { addFigures } from '#shared/budget/spending';
import { moneyChartSource } from '#shared/charts/follow-up-chart-source';
import { moneyByYear } from '#shared/follow-up/money-figures';
import type { Plan } from '#shared/model/plan';
import { FollowUpChart } from '../../charts/FollowUpChart';
import { PlanLink } from '../../components/links/PlanLink';
import { MoneyCells, MoneyHeaderCells } from '../../components/money/MoneyCells';

/** Budget against spending per programme year: bars and a line, and the table. */
export function MoneySummary({ plan }: { plan: Plan }) {
  const rows = useMemo(() => moneyByYear(plan), [plan]);
  const source = useMemo(() => moneyChartSource(rows), [rows]);
  const total = addFigures(rows.map((r) => r.figure));
  const recorded = rows.filter((r) => r.recorded);
  return (
    <section className="follow-up-section" aria-labelledby="overview-money">
      <h2 id="overview-money">Budsjett og regnskap per år</h2>
      <p className="muted">
        Programledelse og alle tiltak. Regnskapet fører du under{' '}
        <PlanLink page="regnskap">Regnskap</PlanLink>.
      </p>
      <FollowUpChart
        source={source}
        caption="Budsjett (stolper) og brukt (linje) per år, i tusen kroner."
        tableShown
        table={
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-labelledby="money-table-caption"
          >
            <table className="table follow-up-table" data-testid="money-table">
              <caption id="money-table-caption">
                Budsjett og regnskap per år. Avvik er brukt minus budsjett, og regnes bare for år
                der regnskap er ført.
              </caption>
              <thead>
                <tr>
                  <th scope="col">År</th>
                  <MoneyHeaderCells />
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">{r.year}</th>
                    <MoneyCells figure={r.figure} recorded={r.recorded} />
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {recorded.length > 0 && recorded.length < rows.length && (
                  <tr>
                    <th scope="row">År med regnskap</th>
                    <MoneyCells figure={addFigures(recorded.map((r) => r.figure))} />
                  </tr>
                )}
                <tr>
                  <th scope="row">Hele perioden</th>
                  <MoneyCells figure={total} recorded={recorded.length === rows.length} />
                </tr>
              </tfoot>
            </table>
          </div>
        }
      />
    </section>
  );
}
