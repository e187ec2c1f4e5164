import { addFigures } from '#shared/budget/spending';
import { moneyByYear } from '#shared/follow-up/money-figures';
import { formatKroner } from '#shared/format/numbers';
import type { Plan } from '#shared/model/plan';
import { deviationText } from './AreaFigures';

/** Budget against spending for the whole programme (measures and programme management), per year. */
export function ProgrammeMoney({ plan }: { plan: Plan }) {
  const rows = moneyByYear(plan);
  if (!rows.length)
    return <p className="status-reports__empty">Planen har ingen programperiode ennå.</p>;
  const total = addFigures(rows.map((r) => r.figure));
  return (
    <table className="figure-table" aria-labelledby="final-money">
      <thead>
        <tr>
          <th scope="col">År</th>
          <th scope="col" className="number">
            Budsjett
          </th>
          <th scope="col" className="number">
            Regnskap
          </th>
          <th scope="col" className="number">
            Avvik
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ year, figure }) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            <td className="number">{formatKroner(figure.budget)}</td>
            <td className="number">{formatKroner(figure.spent)}</td>
            <td className="number">{deviationText(figure)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Hele perioden</th>
          <td className="number">{formatKroner(total.budget)}</td>
          <td className="number">{formatKroner(total.spent)}</td>
          <td className="number">{deviationText(total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
