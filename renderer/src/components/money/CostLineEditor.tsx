import { balanceField, CHECK_FIELDS } from '#shared/checks/check-fields';
import { memo } from 'react';
import { splitTotal } from '#shared/budget/financing';
import { balanceInWords, lineFigures } from '#shared/budget/line-figures';
import {
  formatKroner,
  formatPercent,
  parseKronerInput,
  parsePercentInput,
} from '#shared/format/numbers';
import type { CostLine, FinancingSource, SplitShare } from '#shared/model/budget';
import {
  PROGRAMME_MANAGEMENT,
  removeLineAmountsOutsidePeriod,
  setCost,
  setFinancingMode,
  setOwnShare,
  setSourceAmount,
  type CostLineRef,
  type FinancingMode,
} from '#shared/plan/budget-operations';
import type { PlanChange } from '../../state/plan-session';
import { FieldProblems, useFieldProblems } from '../field-problems';
import { NumberInput } from '../NumberInput';
import { StickyEndsScroll } from '../StickyEndsScroll';
import { splitLabel } from './split-label';
import { OutsidePeriodNotice } from './OutsidePeriodNotice';
import { YearColumnHeaders } from './YearColumnHeaders';
import '../../styles/budget.css';

interface CostLineEditorProps {
  /**
   * 'programledelse', the measure's id or areaLineTarget(focus area id): the data-entity-id that
   * navigation looks for.
   */
  entityId: string;
  measureId: string | null;
  /** Set for a focus area's own line («Felles for satsningsområdet»); measureId is then null. */
  focusAreaId?: string;
  /** Shown as the heading, unless the line sits under a heading of its own (labelledBy). */
  title: string;
  labelledBy?: string;
  line: CostLine;
  sources: FinancingSource[];
  defaultSplit: SplitShare[];
  years: number[];
  edit: (change: PlanChange, coalesceKey?: string) => void;
  /**
   * Why the line's money is not in this plan's sums (a shared project another district leads and
   * finances); the line is shown greyed with this sentence.
   */
  notCounted?: string;
  /** A plain sentence under the title saying what the line is for. */
  note?: string;
}

const modeLabels = (defaultSplit: SplitShare[]): Record<FinancingMode, string> => ({
  default: `Standardfordeling (${splitLabel(defaultSplit)})`,
  percent: 'Egen fordeling i prosent',
  amount: 'Beløp per kilde',
});

/**
 * Cost per year and how it is financed, for programme management, a focus area's own line or one
 * measure: a small table
 * with years as columns, the balance in words under it. Memoised: with many measures, a change
 * re-renders only the line that changed.
 */
export const CostLineEditor = memo(function CostLineEditor({
  entityId,
  measureId,
  focusAreaId,
  title,
  labelledBy,
  line,
  sources,
  defaultSplit,
  years,
  edit,
  notCounted,
  note,
}: CostLineEditorProps) {
  const { problems, report } = useFieldProblems();
  const ref: CostLineRef =
    measureId !== null
      ? { kind: 'tiltak', measureId }
      : focusAreaId !== undefined
        ? { kind: 'satsningsomrade', focusAreaId }
        : PROGRAMME_MANAGEMENT;
  const idBase = `line-${entityId}`;
  const headingId = labelledBy ?? `${idBase}-heading`;
  const mode = line.financing.mode;
  const settings = { sources, defaultSplit };
  const figures = lineFigures(line, settings, years);
  const totalCost = figures.reduce((sum, f) => sum + f.cost, 0);
  const totalFinanced = figures.reduce((sum, f) => sum + f.financed, 0);
  const split = mode === 'default' ? defaultSplit : mode === 'percent' ? line.financing.split : [];
  const shareOf = (sourceId: string) => split.find((s) => s.sourceId === sourceId)?.percent ?? 0;
  const shownSources = mode === 'default' ? sources.filter((s) => shareOf(s.id) > 0) : sources;
  const amountOf = (year: number, sourceId: string) =>
    line.financing.mode === 'amount'
      ? line.financing.amounts
          .filter((a) => a.year === year && a.sourceId === sourceId)
          .reduce((sum, a) => sum + a.amount, 0)
      : 0;
  const outside = [
    ...new Set([
      ...line.costs.map((c) => c.year),
      ...(line.financing.mode === 'amount' ? line.financing.amounts.map((a) => a.year) : []),
    ]),
  ]
    .filter((year) => !years.includes(year))
    .sort((a, b) => a - b);
  const key = (what: string) => `budget.${entityId}.${what}`;
  const yearHeader = (year: number) => `${idBase}-y${year}`;
  const labels = modeLabels(defaultSplit);
  const shareTotal = splitTotal(split);

  return (
    <div
      className={`cost-line${notCounted ? ' cost-line--not-counted' : ''}${focusAreaId !== undefined ? ' cost-line--area' : ''}`}
      data-entity-id={entityId}
      role="group"
      aria-labelledby={headingId}
      aria-describedby={notCounted ? `${idBase}-not-counted` : note ? `${idBase}-note` : undefined}
    >
      <div className="cost-line__head">
        {!labelledBy && (
          <h4 id={headingId} className="cost-line__title">
            {title}
          </h4>
        )}
        <div className="cost-line__mode">
          <label className="field__label field__label--small" htmlFor={`${idBase}-mode`}>
            Finansiering
          </label>
          <select
            id={`${idBase}-mode`}
            className="input input--select"
            data-field={CHECK_FIELDS.financing}
            value={mode}
            onChange={(e) => edit((p) => setFinancingMode(p, ref, e.target.value as FinancingMode))}
          >
            {(Object.keys(labels) as FinancingMode[]).map((m) => (
              <option key={m} value={m}>
                {labels[m]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {note && (
        <p className="cost-line__note muted" id={`${idBase}-note`}>
          {note}
        </p>
      )}
      {notCounted && (
        <p className="cost-line__not-counted" id={`${idBase}-not-counted`}>
          {notCounted}
        </p>
      )}

      <StickyEndsScroll className="budget-grid-wrap">
        <table className="budget-grid sticky-ends">
          <caption className="visually-hidden">Kostnad og finansiering per år: {title}</caption>
          <thead>
            <tr>
              <td />
              {mode !== 'amount' && (
                <th scope="col" id={`${idBase}-share`} className="table__number">
                  Andel
                </th>
              )}
              <YearColumnHeaders years={years} headerId={yearHeader} />
            </tr>
          </thead>
          <tbody>
            <tr className="budget-grid__cost">
              <th scope="row" id={`${idBase}-cost`}>
                Kostnad
              </th>
              {mode !== 'amount' && <td />}
              {figures.map((f, i) => {
                const inputId = `${idBase}-cost-${f.year}`;
                return (
                  <td key={f.year}>
                    <NumberInput
                      id={inputId}
                      aria-labelledby={`${idBase}-cost ${yearHeader(f.year)}`}
                      dataField={i === 0 ? CHECK_FIELDS.costs : `cost-${f.year}`}
                      value={f.cost || null}
                      parse={parseKronerInput}
                      onCommit={(amount) =>
                        edit((p) => setCost(p, ref, f.year, amount), key(`cost.${f.year}`))
                      }
                      onProblem={(message) => report(inputId, `Kostnad ${f.year}`, message)}
                    />
                  </td>
                );
              })}
              <td className="table__number">{formatKroner(totalCost)}</td>
            </tr>
            {shownSources.length === 0 && (
              <tr>
                <th scope="row">Finansiering</th>
                <td colSpan={years.length + 2} className="muted">
                  Standardfordelingen har ingen kilder ennå. Sett den opp under
                  «Finansieringskilder» øverst på siden, eller velg en annen finansiering.
                </td>
              </tr>
            )}
            {shownSources.map((source, sourceIndex) => {
              const rowId = `${idBase}-s-${source.id}`;
              const shareId = `${idBase}-share-${source.id}`;
              return (
                <tr key={source.id}>
                  <th scope="row" id={rowId} className="budget-grid__source">
                    {source.name || 'Kilde uten navn'}
                  </th>
                  {mode === 'default' && (
                    <td className="table__number">{formatPercent(shareOf(source.id))}</td>
                  )}
                  {mode === 'percent' && (
                    <td>
                      <span className="percent-input">
                        <NumberInput
                          id={shareId}
                          aria-labelledby={`${idBase}-share ${rowId}`}
                          dataField={sourceIndex === 0 ? CHECK_FIELDS.split : undefined}
                          className="budget-input--percent"
                          value={shareOf(source.id) || null}
                          parse={parsePercentInput}
                          commitWhileTyping
                          onCommit={(percent) =>
                            edit(
                              (p) => setOwnShare(p, ref, source.id, percent),
                              key(`share.${source.id}`),
                            )
                          }
                          onProblem={(message) =>
                            report(shareId, `Andel for ${source.name}`, message)
                          }
                        />
                        <span aria-hidden="true">%</span>
                      </span>
                    </td>
                  )}
                  {figures.map((f) => {
                    const amount = f.bySource.get(source.id) ?? 0;
                    if (mode !== 'amount')
                      return (
                        <td key={f.year} className={`table__number${amount ? '' : ' muted'}`}>
                          {formatKroner(amount)}
                        </td>
                      );
                    const inputId = `${idBase}-amount-${f.year}-${source.id}`;
                    return (
                      <td key={f.year}>
                        <NumberInput
                          id={inputId}
                          aria-labelledby={`${rowId} ${yearHeader(f.year)}`}
                          dataField={sourceIndex === 0 ? balanceField(f.year) : undefined}
                          value={amountOf(f.year, source.id) || null}
                          parse={parseKronerInput}
                          onCommit={(value) =>
                            edit(
                              (p) => setSourceAmount(p, ref, f.year, source.id, value),
                              key(`amount.${f.year}.${source.id}`),
                            )
                          }
                          onProblem={(message) =>
                            report(inputId, `${source.name} ${f.year}`, message)
                          }
                        />
                      </td>
                    );
                  })}
                  <td className="table__number">
                    {formatKroner(
                      figures.reduce((sum, f) => sum + (f.bySource.get(source.id) ?? 0), 0),
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Finansiert i alt</th>
              {mode !== 'amount' && (
                <td className={`table__number${shareTotal === 100 ? '' : ' budget-grid__off'}`}>
                  {formatPercent(shareTotal)}
                </td>
              )}
              {figures.map((f) => (
                <td
                  key={f.year}
                  className={`table__number${f.balance.state === 'balansert' ? '' : ' budget-grid__off'}`}
                >
                  {formatKroner(f.financed)}
                </td>
              ))}
              <td
                className={`table__number${totalFinanced === totalCost ? '' : ' budget-grid__off'}`}
              >
                {formatKroner(totalFinanced)}
              </td>
            </tr>
          </tfoot>
        </table>
      </StickyEndsScroll>
      <FieldProblems problems={problems} />
      <div className="balance" aria-live="polite">
        {mode === 'percent' && shareTotal !== 100 && (
          <p className="balance__off">
            Egen fordeling er {formatPercent(shareTotal)} til sammen. Den må være 100 %.
          </p>
        )}
        <BalanceWords figures={figures} />
      </div>
      <OutsidePeriodNotice
        outside={outside}
        what="Det er også ført beløp"
        removeLabel="Fjern beløpene utenfor perioden"
        onRemove={() => edit((p) => removeLineAmountsOutsidePeriod(p, ref))}
        focusId={`${idBase}-cost-${years[0]}`}
      />
    </div>
  );
});

function BalanceWords({ figures }: { figures: ReturnType<typeof lineFigures> }) {
  const off = figures.filter((f) => f.balance.state !== 'balansert');
  if (!figures.some((f) => f.cost > 0 || f.financed > 0))
    return <p className="muted balance__none">Ingen kostnad ført ennå.</p>;
  if (off.length === 0)
    return (
      <p className="balance__ok">
        <span aria-hidden="true">✓ </span>I balanse.
      </p>
    );
  return (
    <ul className="balance__list">
      {off.map((f) => (
        <li key={f.year} className="balance__off">
          {balanceInWords(f.balance, f.year)}
        </li>
      ))}
    </ul>
  );
}
