import { memo } from 'react';
import { spentField } from '#shared/checks/check-fields';
import { deviationInWords } from '#shared/budget/deviation-words';
import { addFigures, lineMoneyInYear } from '#shared/budget/spending';
import { formatKroner, parseKronerInput } from '#shared/format/numbers';
import type { CostLine, FinancingSource, SourceAmount, SplitShare } from '#shared/model/budget';
import {
  setFocusAreaSpent,
  setMeasureSpent,
  setProgrammeManagementSpent,
} from '#shared/plan/spending-operations';
import type { PlanChange } from '../../state/plan-session';
import { FieldProblems, useFieldProblems } from '../../components/field-problems';
import { NumberInput } from '../../components/NumberInput';
import { DeviationCells, MoneyHeaderCells } from '../../components/money/MoneyCells';

interface SpendingLineProps {
  /** The measure's id or «programledelse»: where links from Kvalitetssjekk land. */
  entityId: string;
  title: string;
  /** The line sits under a heading of its own (programme management). */
  labelledBy?: string;
  budget: CostLine;
  spent: readonly SourceAmount[];
  sources: FinancingSource[];
  defaultSplit: SplitShare[];
  year: number;
  /** The measure, or null for programme management and a focus area's own line. */
  measureId: string | null;
  /** Set for a focus area's own line («Felles for satsningsområdet»). */
  focusAreaId?: string;
  edit: (change: PlanChange, coalesceKey?: string) => void;
  /** Why the line is not in the sums (a shared project another district finances). */
  notCounted?: string;
}

/**
 * Budget and spending of one line in one year, per financing source: the budget from the plan's
 * cost and financing, the spending typed in, and the deviation in kroner, percent and words.
 * Memoised: typing in one line re-renders only that line.
 */
export const SpendingLine = memo(function SpendingLine({
  entityId,
  title,
  labelledBy,
  budget,
  spent,
  sources,
  defaultSplit,
  year,
  measureId,
  focusAreaId,
  edit,
  notCounted,
}: SpendingLineProps) {
  const { problems, report } = useFieldProblems();
  const rows = lineMoneyInYear(budget, spent, { sources, defaultSplit }, year);
  const sum = addFigures(rows.map((r) => r.figure));
  const idBase = `spent-${entityId}-${year}`;
  const headingId = labelledBy ?? `${idBase}-heading`;
  const over = sum.deviation > 0;

  return (
    <div
      className={`spending-line${notCounted ? ' spending-line--not-counted' : ''}`}
      data-entity-id={entityId}
      role="group"
      aria-labelledby={headingId}
      aria-describedby={notCounted ? `${idBase}-not-counted` : undefined}
    >
      {!labelledBy && (
        <h4 id={headingId} className="spending-line__title">
          {title}
        </h4>
      )}
      {notCounted && (
        <p className="cost-line__not-counted" id={`${idBase}-not-counted`}>
          {notCounted}
        </p>
      )}
      {sources.length === 0 ? (
        <p className="muted">
          Planen har ingen finansieringskilder ennå. Dem legger du inn under Budsjett.
        </p>
      ) : (
        <div className="budget-grid-wrap">
          <table className="budget-grid follow-up-table">
            <caption className="visually-hidden">
              Budsjett og regnskap {year}: {title}
            </caption>
            <thead>
              <tr>
                <th scope="col">Kilde</th>
                <MoneyHeaderCells spentId={`${idBase}-spent`} />
              </tr>
            </thead>
            <tbody>
              {rows.map(({ sourceId, figure }, index) => {
                const source = sources.find((s) => s.id === sourceId)!;
                const rowId = `${idBase}-s-${sourceId}`;
                const inputId = `${idBase}-input-${sourceId}`;
                const name = source.name.trim() || 'Kilde uten navn';
                return (
                  <tr key={sourceId}>
                    <th scope="row" id={rowId} className="budget-grid__source">
                      {name}
                    </th>
                    <td className="table__number">{formatKroner(figure.budget)}</td>
                    <td>
                      <NumberInput
                        id={inputId}
                        aria-labelledby={`${idBase}-spent ${rowId}`}
                        dataField={index === 0 ? spentField(year) : undefined}
                        value={figure.spent || null}
                        parse={parseKronerInput}
                        onCommit={(amount) =>
                          edit(
                            (p) =>
                              measureId !== null
                                ? setMeasureSpent(p, measureId, year, sourceId, amount)
                                : focusAreaId !== undefined
                                  ? setFocusAreaSpent(p, focusAreaId, year, sourceId, amount)
                                  : setProgrammeManagementSpent(p, year, sourceId, amount),
                            `spent.${entityId}.${year}.${sourceId}`,
                          )
                        }
                        onProblem={(message) => report(inputId, `Brukt fra ${name}`, message)}
                      />
                    </td>
                    <DeviationCells figure={figure} />
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Sum</th>
                <td className="table__number">{formatKroner(sum.budget)}</td>
                <td className="table__number">{formatKroner(sum.spent)}</td>
                <DeviationCells figure={sum} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <FieldProblems problems={problems} />
      <p className={`spending-line__deviation${over ? ' over-budget' : ' muted'}`}>
        {over && <span aria-hidden="true">▲ </span>}
        {over && 'Over budsjett: '}
        {deviationInWords(sum)}
      </p>
    </div>
  );
});
