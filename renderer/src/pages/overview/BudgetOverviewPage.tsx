import { formatKroner, formatPercent } from '../../../../shared/format/numbers';
import type { YearAmount } from '../../../../shared/model/primitives';
import { usePlan } from '../../state/plan-context';
import { OverviewIntro } from './OverviewIntro';

function YearTable({ caption, rows }: { caption: string; rows: YearAmount[] }) {
  if (rows.length === 0) return <p>{caption}: ikke lagt inn ennå.</p>;
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  return (
    <table className="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">År</th>
          <th scope="col" className="table__number">
            Beløp
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            <td className="table__number">{formatKroner(row.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Sum</th>
          <td className="table__number">{formatKroner(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function BudgetOverviewPage() {
  const { plan } = usePlan();
  const { budget } = plan;
  const sourceName = (id: string) =>
    budget.sources.find((s) => s.id === id)?.name ?? 'Ukjent kilde';
  return (
    <div className="page">
      <OverviewIntro title="Budsjett">
        Her skal dere kunne sette opp kostnad og finansiering per tiltak og år, med summer per
        satsningsområde, år og kilde – og se hvor kostnad og finansiering ikke går opp. Siden er
        ikke ferdig ennå, så ingenting kan endres her. Under ser du det planen har nå.
      </OverviewIntro>
      <h3>Finansieringskilder</h3>
      <ul className="plain-list">
        {budget.sources.map((source) => (
          <li key={source.id}>{source.name}</li>
        ))}
      </ul>
      <h3>Standard fordeling</h3>
      {budget.defaultSplit.length === 0 ? (
        <p>Ingen standard fordeling.</p>
      ) : (
        <ul className="plain-list">
          {budget.defaultSplit.map((share) => (
            <li key={share.sourceId}>
              {sourceName(share.sourceId)}: {formatPercent(share.percent)}
            </li>
          ))}
        </ul>
      )}
      <h3>Ramme og programledelse</h3>
      <div className="table-row">
        <YearTable caption="Programmets ramme" rows={budget.frame} />
        <YearTable caption="Programledelse" rows={budget.programmeManagement.costs} />
      </div>
    </div>
  );
}
