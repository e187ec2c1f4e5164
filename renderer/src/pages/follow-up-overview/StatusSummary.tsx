import { useMemo } from 'react';
import { statusChartSource } from '#shared/charts/follow-up-chart-source';
import {
  statusByFocusArea,
  statusFigures,
  type StatusFigures,
} from '#shared/follow-up/status-figures';
import { formatPercent } from '#shared/format/numbers';
import { measureStatuses, measureStatusLabels } from '#shared/model/measures';
import type { Plan } from '#shared/model/plan';
import { FollowUpChart } from '../../charts/FollowUpChart';

const withoutStatus = (f: StatusFigures) =>
  f.measures - measureStatuses.reduce((sum, s) => sum + f.byStatus[s], 0);

/** Measures by status and average progress per focus area: a stacked bar chart and a table. */
export function StatusSummary({ plan }: { plan: Plan }) {
  const areas = useMemo(
    () =>
      statusByFocusArea(plan).map((a) => {
        const area = plan.focusAreas.find((f) => f.id === a.focusAreaId)!;
        return {
          ...a,
          code: area.code,
          name: `${area.code} ${area.title}`.trim() || 'Uten navn',
        };
      }),
    [plan],
  );
  const total = statusFigures(plan.measures);
  const source = useMemo(
    () => statusChartSource(areas.map((a) => ({ code: a.code, figures: a.figures }))),
    [areas],
  );
  const row = (f: StatusFigures) => (
    <>
      <td className="table__number">{f.measures}</td>
      {measureStatuses.map((s) => (
        <td key={s} className="table__number">
          {f.byStatus[s]}
        </td>
      ))}
      <td className="table__number">{withoutStatus(f)}</td>
      <td className="table__number">
        {f.averageProgress === null ? '–' : formatPercent(f.averageProgress)}
      </td>
    </>
  );
  return (
    <section className="follow-up-section" aria-labelledby="overview-status">
      <h2 id="overview-status">Status og framdrift per satsningsområde</h2>
      <FollowUpChart
        source={source}
        caption="Antall tiltak etter status i hvert satsningsområde med tiltak. Stolpene er delt etter status; tallene står i tabellen under."
        tableShown
        table={
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-labelledby="status-table-caption"
          >
            <table className="table follow-up-table" data-testid="status-table">
              <caption id="status-table-caption">
                Tiltak etter status og gjennomsnittlig framdrift
              </caption>
              <thead>
                <tr>
                  <th scope="col">Satsningsområde</th>
                  <th scope="col" className="table__number">
                    Tiltak
                  </th>
                  {measureStatuses.map((s) => (
                    <th key={s} scope="col" className="table__number">
                      {measureStatusLabels[s]} ({s})
                    </th>
                  ))}
                  <th scope="col" className="table__number">
                    Uten status
                  </th>
                  <th scope="col" className="table__number">
                    Snitt framdrift
                  </th>
                </tr>
              </thead>
              <tbody>
                {areas.map((a) => (
                  <tr key={a.focusAreaId}>
                    <th scope="row">{a.name}</th>
                    {row(a.figures)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Hele planen</th>
                  {row(total)}
                </tr>
              </tfoot>
            </table>
          </div>
        }
      />
    </section>
  );
}
