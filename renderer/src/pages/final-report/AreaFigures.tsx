import { programmeYears } from '#shared/budget/budget-tables';
import { addFigures } from '#shared/budget/spending';
import { areaMoneyOverYears } from '#shared/follow-up/money-figures';
import { measureStatusHistory } from '#shared/follow-up/status-history';
import { statusFigures } from '#shared/follow-up/status-figures';
import { formatPercent } from '#shared/format/numbers';
import { measureStatusLabels, measureStatuses, unsetStatusLabel } from '#shared/model/measures';
import type { Plan } from '#shared/model/plan';
import { reportPeriodLabel } from '#shared/model/status-report';
import { reportsInOrder } from '#shared/plan/report-operations';
import { areaMeasuresInOrder, measureDisplayCode } from '#shared/plan/measure-groups';
import { MoneyFigureTable } from './MoneyFigureTable';

/** The figures the app fills in beside a focus area's texts, all computed from the plan. */
export function AreaFigures({ plan, focusAreaId }: { plan: Plan; focusAreaId: string }) {
  const measures = areaMeasuresInOrder(plan, focusAreaId);
  const status = statusFigures(measures);
  const years = programmeYears(plan);
  // The area's own line and its counted measures, as in the final report's Word document.
  const money = areaMoneyOverYears(plan, focusAreaId, years);
  const bySource = plan.budget.sources.map((s, i) => ({ source: s, figure: money[i]!.figure }));
  const total = addFigures(bySource.map((r) => r.figure));
  const reports = reportsInOrder(plan);
  const idBase = `final-${focusAreaId}`;
  // Measures nobody has given a status are counted too, so the rows add up to the total.
  const unset = status.measures - measureStatuses.reduce((n, s) => n + status.byStatus[s], 0);

  return (
    <div className="final-area__figures">
      <h4 id={`${idBase}-status`}>Tiltak etter status</h4>
      {measures.length ? (
        <table className="figure-table" aria-labelledby={`${idBase}-status`}>
          <tbody>
            {measureStatuses.map((s) => (
              <tr key={s}>
                <th scope="row">{measureStatusLabels[s]}</th>
                <td className="number">{status.byStatus[s]}</td>
              </tr>
            ))}
            {unset > 0 && (
              <tr>
                <th scope="row">{unsetStatusLabel}</th>
                <td className="number">{unset}</td>
              </tr>
            )}
            <tr>
              <th scope="row">Gjennomsnittlig framdrift</th>
              <td className="number">
                {status.averageProgress === null ? '–' : formatPercent(status.averageProgress)}
              </td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="status-reports__empty">Ingen tiltak i satsningsområdet.</p>
      )}

      <h4 id={`${idBase}-money`}>
        Budsjett og regnskap {years.length ? `${years[0]}–${years.at(-1)}` : ''}
      </h4>
      <MoneyFigureTable
        labelledBy={`${idBase}-money`}
        rowTitle="Kilde"
        rows={bySource.map(({ source, figure }) => ({
          key: source.id,
          label: source.name.trim() || 'Kilde uten navn',
          figure,
        }))}
        total={{ label: 'Sum', figure: total }}
      />

      <h4 id={`${idBase}-history`}>Status i rapportene</h4>
      {reports.length && measures.length ? (
        <table className="history-table" aria-labelledby={`${idBase}-history`}>
          <thead>
            <tr>
              <th scope="col">Tiltak</th>
              {reports.map((r) => (
                <th key={r.id} scope="col">
                  {reportPeriodLabel(r.period)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => {
              const history = new Map(measureStatusHistory(plan, m.id).map((h) => [h.reportId, h]));
              return (
                <tr key={m.id}>
                  <th scope="row">{`${measureDisplayCode(plan, m)} ${m.title}`.trim()}</th>
                  {reports.map((r) => {
                    const point = history.get(r.id);
                    return (
                      <td key={r.id}>
                        {point
                          ? `${point.status ?? 'ikke angitt'}, ${formatPercent(point.progress)}`
                          : '–'}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="status-reports__empty">
          {reports.length ? 'Ingen tiltak.' : 'Ingen statusrapporter ennå.'}
        </p>
      )}
    </div>
  );
}
