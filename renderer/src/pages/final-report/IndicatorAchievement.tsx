import { indicatorStandings } from '#shared/follow-up/indicator-figures';
import { formatDate } from '#shared/format/dates';
import { formatNumber, formatPercent } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';

const withUnit = (value: number, unit: string) =>
  unit.trim() ? `${formatNumber(value)} ${unit.trim()}` : formatNumber(value);

/** Goal achievement: each result goal's indicator from baseline toward its target. */
export function IndicatorAchievement({ plan }: { plan: Plan }) {
  const standings = indicatorStandings(plan);
  if (!standings.length)
    return <p className="status-reports__empty">Ingen resultatmål har indikator.</p>;
  return (
    <table className="figure-table" aria-labelledby="final-indicators">
      <thead>
        <tr>
          <th scope="col">Resultatmål</th>
          <th scope="col">Indikator</th>
          <th scope="col">Utgangspunkt</th>
          <th scope="col">Mål</th>
          <th scope="col">Siste måling</th>
          <th scope="col" className="number">
            Vei mot målet
          </th>
        </tr>
      </thead>
      <tbody>
        {standings.map((s) => {
          const { baseline, target, unit, name } = s.indicator;
          return (
            <tr key={s.resultGoalId}>
              <th scope="row">
                {s.label} {s.title}
              </th>
              <td>{name.trim() || '–'}</td>
              <td>{baseline ? `${withUnit(baseline.value, unit)} (${baseline.year})` : '–'}</td>
              <td>{target ? `${withUnit(target.value, unit)} (${target.year})` : '–'}</td>
              <td>
                {s.latest
                  ? `${withUnit(s.latest.value, unit)} (${formatDate(s.latest.date)})`
                  : 'Ikke målt'}
              </td>
              <td className="number">
                {s.towardTarget === null ? '–' : formatPercent(s.towardTarget)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
