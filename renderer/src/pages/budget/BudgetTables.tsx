import { StickyEndsScroll } from '../../components/StickyEndsScroll';
import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import {
  measureBudgetDetail,
  multiYearOverview,
  yearlyBudgetByFocusArea,
  type BudgetRow,
  type BudgetTable,
} from '#shared/budget/budget-tables';
import { formatKroner } from '#shared/format/numbers';
import { SelectField } from '../../components/SelectField';
import { usePlan } from '../../state/plan-context';

/** The three tables of the budget chapter, as Husbanken's forms have them. */
export function BudgetTables({ years }: { years: number[] }) {
  const { plan } = usePlan();
  const [chosenYear, setYear] = useState(years[0]!);
  const year = years.includes(chosenYear) ? chosenYear : years[0]!;
  const [chosenArea, setArea] = useState(plan.focusAreas[0]?.id ?? '');
  const area = plan.focusAreas.find((f) => f.id === chosenArea) ?? plan.focusAreas[0];
  const [detailYear, setDetailYear] = useState(years[0]!);
  const shownDetailYear = years.includes(detailYear) ? detailYear : years[0]!;

  const yearly = yearlyBudgetByFocusArea(plan, year);
  const overview = multiYearOverview(plan);
  const period = `${years[0]}–${years[years.length - 1]}`;

  return (
    <>
      <h3 className="subheading">1. Budsjett per satsningsområde</h3>
      <fieldset className="fieldset">
        <legend className="field__label">Vis år</legend>
        <div className="radio-row">
          {years.map((y) => (
            <label key={y} className="radio">
              <input
                type="radio"
                name="budget-table-year"
                value={y}
                checked={y === year}
                onChange={() => setYear(y)}
              />
              {y}
            </label>
          ))}
        </div>
      </fieldset>
      <BySourceTable
        caption={`Budsjett for ${year} per satsningsområde`}
        firstColumn="Satsningsområde"
        table={yearly}
      />
      <Mismatch row={yearly.sum} what={`i ${year}`} />

      <h3 className="subheading">2. Flerårig oversikt</h3>
      <YearsTable caption={`Flerårig oversikt ${period}`} table={overview} />
      <Mismatch row={overview.sum} what={`i perioden ${period}`} />

      <h3 className="subheading">3. Tiltakene i et satsningsområde</h3>
      {!area ? (
        <p>Planen har ingen satsningsområder ennå.</p>
      ) : (
        <>
          <div className="field-row field-row--tight budget-detail-controls">
            <SelectField
              label="Satsningsområde"
              id="budget-detail-area"
              value={area.id}
              onChange={setArea}
            >
              {plan.focusAreas.map((f) => (
                <option key={f.id} value={f.id}>
                  {`${f.code} ${f.title}`.trim()}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="År"
              id="budget-detail-year"
              value={String(shownDetailYear)}
              onChange={(value) => setDetailYear(Number(value))}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </SelectField>
          </div>
          <DetailTable
            table={measureBudgetDetail(plan, area.id, shownDetailYear)}
            caption={`Tiltak i satsningsområde ${`${area.code} ${area.title}`.trim()}, ${shownDetailYear}`}
          />
        </>
      )}
    </>
  );
}

function DetailTable({ table, caption }: { table: BudgetTable; caption: string }) {
  if (table.rows.length === 0)
    return <p className="muted">Satsningsområdet har ingen tiltak ennå.</p>;
  const notCounted = table.rows.some((row) => row.notCounted);
  return (
    <>
      <BySourceTable caption={caption} firstColumn="Tiltak" table={table} />
      {notCounted && (
        <p className="budget-table__note">
          Tiltak merket * er felles prosjekter som ledes og finansieres av en annen bydel; beløpene
          er ikke med i summen.
        </p>
      )}
    </>
  );
}

/** Rows (programme management, focus areas or measures) × cost, each source and the sum. */
function BySourceTable({
  caption,
  firstColumn,
  table,
}: {
  caption: string;
  firstColumn: string;
  table: BudgetTable;
}) {
  const cells = (row: BudgetRow) => (
    <>
      <td className="table__number">{formatKroner(row.cost)}</td>
      {row.bySource.map((amount, i) => (
        <td key={table.sources[i]!.id} className="table__number">
          {formatKroner(amount)}
        </td>
      ))}
      <td className="table__number">{formatKroner(row.financed)}</td>
    </>
  );
  return (
    <ScrollingTable caption={caption} valueColumns={table.sources.length + 2}>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          <th scope="col" className="table__number">
            Kostnad
          </th>
          {table.sources.map((s) => (
            <th key={s.id} scope="col" className="table__number">
              {s.name}
            </th>
          ))}
          <th scope="col" className="table__number">
            Sum finansiering
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key} className={row.notCounted ? 'budget-table__not-counted' : undefined}>
            <th scope="row">{row.notCounted ? `${row.label} *` : row.label}</th>
            {cells(row)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Sum</th>
          {cells(table.sum)}
        </tr>
      </tfoot>
    </ScrollingTable>
  );
}

/** Years as columns, as a multi-year budget is read: cost, each source, financing in total. */
function YearsTable({ caption, table }: { caption: string; table: BudgetTable }) {
  const columns = [...table.rows, table.sum];
  const line = (label: string, value: (row: BudgetRow) => number, total = false) => (
    <tr className={total ? 'budget-table__total' : undefined}>
      <th scope="row">{label}</th>
      {columns.map((row) => (
        <td key={row.key} className="table__number">
          {formatKroner(value(row))}
        </td>
      ))}
    </tr>
  );
  return (
    <ScrollingTable caption={caption} valueColumns={columns.length}>
      <thead>
        <tr>
          <td />
          {columns.map((row) => (
            <th key={row.key} scope="col" className="table__number">
              {row.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {line('Kostnad', (row) => row.cost)}
        {table.sources.map((s, i) => (
          <tr key={s.id}>
            <th scope="row">{s.name}</th>
            {columns.map((row) => (
              <td key={row.key} className="table__number">
                {formatKroner(row.bySource[i]!)}
              </td>
            ))}
          </tr>
        ))}
        {line('Sum finansiering', (row) => row.financed, true)}
      </tbody>
    </ScrollingTable>
  );
}

/**
 * A table that scrolls sideways in a narrow window. The scrolling box can take focus, so the
 * keyboard can scroll it too (the table itself has nothing focusable). Every budget table has
 * the same width and the same first column, the figures sharing the rest evenly, so tables read
 * under each other line up instead of each sizing itself to its own words.
 */
function ScrollingTable({
  caption,
  valueColumns,
  children,
}: {
  caption: string;
  valueColumns: number;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <StickyEndsScroll
      className="budget-grid-wrap"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table
        className="table budget-table sticky-ends"
        style={{ '--value-columns': valueColumns } as CSSProperties}
      >
        <caption id={captionId}>{caption}</caption>
        <colgroup>
          <col className="budget-table__label-column" />
          {Array.from({ length: valueColumns }, (_, i) => (
            <col key={i} />
          ))}
        </colgroup>
        {children}
      </table>
    </StickyEndsScroll>
  );
}

function Mismatch({ row, what }: { row: BudgetRow; what: string }) {
  if (row.cost === row.financed) return null;
  const difference = Math.abs(row.cost - row.financed);
  return (
    <p className="balance__off">
      {row.financed < row.cost
        ? `Finansieringen dekker ikke kostnaden ${what}: mangler ${formatKroner(difference)}.`
        : `Finansieringen ${what} er ${formatKroner(difference)} mer enn kostnaden.`}
    </p>
  );
}
