import { signedKroner, signedPercent } from '#shared/budget/deviation-words';
import type { MoneyFigure } from '#shared/budget/spending';
import { formatKroner } from '#shared/format/numbers';

/**
 * The deviation (avvik) of a figure in kroner and percent. Over budget gets a class, and with
 * `mark` a sign too, so it does not rest on colour alone where no words say it beside.
 */
export function DeviationCells({ figure, mark = false }: { figure: MoneyFigure; mark?: boolean }) {
  const over = figure.deviation > 0 ? ' over-budget' : '';
  return (
    <>
      <td className={`table__number${over}`}>
        {mark && figure.deviation > 0 && <span aria-hidden="true">▲ </span>}
        {signedKroner(figure.deviation)}
      </td>
      <td className={`table__number${over}`}>{signedPercent(figure.deviationPercent)}</td>
    </>
  );
}

/**
 * Budget, spent and deviation of one row. `recorded: false` is a year without accounts yet:
 * «ikke ført» and no deviation, rather than a −100 % that is no deviation at all.
 */
export function MoneyCells({
  figure,
  recorded = true,
}: {
  figure: MoneyFigure;
  recorded?: boolean;
}) {
  if (!recorded) {
    return (
      <>
        <td className="table__number">{formatKroner(figure.budget)}</td>
        <td className="table__number muted">ikke ført</td>
        <td className="table__number">–</td>
        <td className="table__number">–</td>
      </>
    );
  }
  return (
    <>
      <td className="table__number">{formatKroner(figure.budget)}</td>
      <td className="table__number">{formatKroner(figure.spent)}</td>
      <DeviationCells figure={figure} mark />
    </>
  );
}

/** The column headers that go with MoneyCells, after the row header's own. */
export function MoneyHeaderCells({ spentId }: { spentId?: string }) {
  return (
    <>
      <th scope="col" className="table__number">
        Budsjett
      </th>
      <th scope="col" id={spentId} className="table__number">
        Brukt
      </th>
      <th scope="col" className="table__number">
        Avvik
      </th>
      <th scope="col" className="table__number">
        Avvik %
      </th>
    </>
  );
}
