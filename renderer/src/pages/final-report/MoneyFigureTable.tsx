import type { MoneyFigure } from '#shared/budget/spending';
import { formatKroner, formatNumber } from '#shared/format/numbers';

/** «+12 000 kr (4,8 %)»: spent − budget, with the sign said out loud. */
export function deviationText(figure: MoneyFigure): string {
  const sign = figure.deviation > 0 ? '+' : '';
  const percent =
    figure.deviationPercent === null ? '' : ` (${sign}${formatNumber(figure.deviationPercent)} %)`;
  return `${sign}${formatKroner(figure.deviation)}${percent}`;
}

interface MoneyRow {
  key: string;
  label: string;
  figure: MoneyFigure;
}

/** Budget, spending and deviation as the final report shows them: rows and a closing sum. */
export function MoneyFigureTable({
  labelledBy,
  rowTitle,
  rows,
  total,
}: {
  labelledBy: string;
  rowTitle: string;
  rows: readonly MoneyRow[];
  total: Omit<MoneyRow, 'key'>;
}) {
  const row = ({ label, figure }: Omit<MoneyRow, 'key'>) => (
    <>
      <th scope="row">{label}</th>
      <td className="number">{formatKroner(figure.budget)}</td>
      <td className="number">{formatKroner(figure.spent)}</td>
      <td className="number">{deviationText(figure)}</td>
    </>
  );
  return (
    <table className="figure-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{rowTitle}</th>
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
        {rows.map((r) => (
          <tr key={r.key}>{row(r)}</tr>
        ))}
        <tr>{row(total)}</tr>
      </tbody>
    </table>
  );
}
