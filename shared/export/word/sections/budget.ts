import type { FileChild } from 'docx';
import {
  multiYearOverview,
  yearlyBudgetByFocusArea,
  type BudgetRow,
  type BudgetTable,
} from '../../../budget/budget-tables';
import { balanceOf } from '../../../budget/financing';
import { balanceInWords } from '../../../budget/line-figures';
import { formatKroner } from '../../../format/numbers';
import { listInWords } from '../../../plan/budget-operations';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type Orientation, type WordPart } from '../word-page';
import { planTable, widths, type RowSpec } from '../word-tables';
import { STYLE } from '../word-theme';
import { heading, note, paragraph } from '../word-text';
import { planPeriod } from './cover';
import { budgetFigures } from './figures';

// The figures come straight from shared/budget (the same tables the budget page shows), so the
// document's sums are the app's sums.

function budgetTable(
  table: BudgetTable,
  sourceIndexes: number[],
  firstTitle: string,
  orientation: Orientation,
) {
  const [label, ...amounts] = widths(TEXT_WIDTH[orientation], [
    3,
    ...Array.from({ length: sourceIndexes.length + 2 }, () => 1.6),
  ]);
  const columns = [
    { title: firstTitle, width: label! },
    { title: 'Kostnad', width: amounts[0]!, numeric: true },
    ...sourceIndexes.map((i, n) => ({
      title: table.sources[i]!.name,
      width: amounts[n + 1]!,
      numeric: true,
    })),
    { title: 'Sum finansiering', width: amounts[amounts.length - 1]!, numeric: true },
  ];
  const cells = (row: BudgetRow) => [
    row.label,
    formatKroner(row.cost),
    ...sourceIndexes.map((i) => formatKroner(row.bySource[i] ?? 0)),
    formatKroner(row.financed),
  ];
  const rows: RowSpec[] = table.rows.map((row) => ({ cells: cells(row) }));
  rows.push({ kind: 'sum', cells: cells(table.sum) });
  return planTable(columns, rows, { keepTogether: rows.length <= 12 });
}

/** The yearly budget by focus area for each programme year, and the multi-year overview. */
export function budgetPart(ctx: WordContext): WordPart {
  const { plan } = ctx;
  const children: FileChild[] = [heading(1, 'Budsjett')];
  const overview = multiYearOverview(plan);
  if (ctx.years.length === 0) {
    children.push(note('Programperioden er ikke satt, så budsjettet kan ikke vises.'));
    return part('portrait', children);
  }
  if (overview.sum.cost === 0 && overview.sum.financed === 0) {
    children.push(note('Det er ikke lagt inn kostnader eller finansiering i budsjettet.'));
    return part('portrait', children);
  }
  // Every financing source the plan has, also one with no amount this year: the columns of
  // Husbanken's form stay where the reader expects them.
  const used = overview.sources.map((_, i) => i);
  // Four sources or more do not fit beside the amounts on a portrait page.
  const orientation: Orientation = used.length >= 4 ? 'landscape' : 'portrait';
  const frame = new Map<number, number>();
  for (const f of plan.budget.frame) frame.set(f.year, (frame.get(f.year) ?? 0) + f.amount);
  const yearsWithMoney = ctx.years.filter((year) => {
    const sum = yearlyBudgetByFocusArea(plan, year).sum;
    return sum.cost !== 0 || sum.financed !== 0;
  });
  const emptyYears = ctx.years.filter((year) => !yearsWithMoney.includes(year));
  children.push(
    paragraph(
      `Tabellene viser kostnad og finansiering per satsningsområde for hvert år i programperioden ${planPeriod(ctx)}, ` +
        'og til slutt en samlet oversikt for hele perioden. Alle beløp er i hele kroner.' +
        (emptyYears.length > 0
          ? ` For ${listInWords(emptyYears.map(String))} er det ikke lagt inn kostnader eller finansiering, så ${emptyYears.length === 1 ? 'året har' : 'årene har'} ingen egen tabell.`
          : ''),
    ),
  );
  children.push(...budgetFigures(ctx));

  for (const year of yearsWithMoney) {
    const table = yearlyBudgetByFocusArea(plan, year);
    children.push(
      heading(2, `Budsjett ${year}`),
      budgetTable(table, used, 'Satsningsområde', orientation),
    );
    const notes: string[] = [];
    const balance = balanceOf(table.sum.cost, table.sum.financed);
    if (balance.state !== 'balansert') notes.push(balanceInWords(balance, year));
    const yearFrame = frame.get(year);
    if (yearFrame) notes.push(frameInWords(year, table.sum.cost, yearFrame));
    if (notes.length > 0) children.push(paragraph(notes.join(' '), STYLE.tableNote));
  }

  children.push(
    heading(2, `Flerårig oversikt ${planPeriod(ctx)}`),
    budgetTable(overview, used, 'År', orientation),
  );
  const balance = balanceOf(overview.sum.cost, overview.sum.financed);
  if (balance.state !== 'balansert') {
    const difference = formatKroner(Math.abs(balance.difference));
    children.push(
      paragraph(
        balance.state === 'underfinansiert'
          ? `For hele perioden mangler finansiering for ${difference}.`
          : `For hele perioden er finansieringen ${difference} mer enn kostnaden.`,
        STYLE.tableNote,
      ),
    );
  }
  return part(orientation, children);
}

/** The year's cost against the programme frame, said in words when it is over. */
export function frameInWords(year: number, cost: number, yearFrame: number): string {
  if (cost > yearFrame)
    return (
      `Kostnaden i ${year} er ${formatKroner(cost - yearFrame)} over programrammen ` +
      `på ${formatKroner(yearFrame)}.`
    );
  return `Programrammen for ${year} er ${formatKroner(yearFrame)}.`;
}
