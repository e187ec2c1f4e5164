import { addFigures } from '#shared/budget/spending';
import { moneyByYear } from '#shared/follow-up/money-figures';
import type { Plan } from '#shared/model/plan';
import { MoneyFigureTable } from './MoneyFigureTable';

/** Budget against spending for the whole programme (measures and programme management), per year. */
export function ProgrammeMoney({ plan }: { plan: Plan }) {
  const rows = moneyByYear(plan);
  if (!rows.length)
    return <p className="status-reports__empty">Planen har ingen programperiode ennå.</p>;
  const total = addFigures(rows.map((r) => r.figure));
  return (
    <MoneyFigureTable
      labelledBy="final-money"
      rowTitle="År"
      rows={rows.map(({ year, figure }) => ({ key: String(year), label: String(year), figure }))}
      total={{ label: 'Hele perioden', figure: total }}
    />
  );
}
