import type { CountedLine } from '../../budget/counted-lines';
import { financingGroupLabels } from '../../charts/budget-chart-source';
import { formatPercent } from '../../format/numbers';
import type { Financing, SplitShare } from '../../model/budget';
import type { CompareEntry, PartEntries } from './compare-engine';
import { field } from './compare-field';
import { kroner, quotedTitle, type PlanNames } from './compare-names';

// The budget in words, one item per cost line and year («Budsjett 2027: kostnad for 1A endret
// fra 200 000 kr til 250 000 kr»), entityId `<lineId>:<year>`, as the issue asks. The lines are
// the counted ones (programme management, each area's own line, each counted measure), so the
// comparison tells exactly the money the plan's sums count.

/** How a line is named inside a sentence: «1A», «programledelse», «Satsningsområde 1 (felles)». */
export function lineName(n: PlanNames, line: CountedLine): string {
  if (line.kind === 'programledelse') return 'programledelse';
  if (line.kind === 'satsningsomrade') return `felles for ${n.area(line.id) || 'satsningsområdet'}`;
  return n.measureCode(line.id) || n.measure(line.id) || 'tiltaket';
}

function lineLabel(n: PlanNames, line: CountedLine): string {
  if (line.kind === 'tiltak') return `${lineName(n, line)}${quotedTitle(n.measureTitle(line.id))}`;
  return lineName(n, line);
}

const splitWords = (n: PlanNames, split: readonly SplitShare[]) =>
  split.map((s) => `${n.source(s.sourceId)} ${formatPercent(s.percent)}`).join(', ');

function financingWords(n: PlanNames, financing: Financing): string {
  if (financing.mode === 'default') return 'standard fordeling';
  if (financing.mode === 'percent') return `egen fordeling: ${splitWords(n, financing.split)}`;
  return 'faste beløp per kilde';
}

const sum = (amounts: readonly { amount: number }[]) => amounts.reduce((a, b) => a + b.amount, 0);

function lineYearEntries(n: PlanNames, line: CountedLine): CompareEntry[] {
  const name = lineName(n, line);
  const amounts = line.budget.financing.mode === 'amount' ? line.budget.financing.amounts : [];
  const years = new Set<number>();
  for (const c of line.budget.costs) if (c.amount > 0) years.add(c.year);
  for (const a of amounts) if (a.amount > 0) years.add(a.year);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const cost = sum(line.budget.costs.filter((c) => c.year === year));
      return {
        id: `${line.id}:${year}`,
        ref: `Budsjett ${year}`,
        // Named only when told (a getter): a plan has a thousand line-years, a save changes one.
        get label() {
          return `Budsjett ${year}: ${lineLabel(n, line)}`;
        },
        source: line.budget,
        fields: () => [
          field(`cost.${year}`, kroner(cost), { label: `kostnad for ${name}` }),
          ...amounts
            .filter((a) => a.year === year && a.amount > 0)
            .map((a) =>
              field(`amount.${year}.${a.sourceId}`, kroner(a.amount), {
                label: `${n.source(a.sourceId)} for ${name}`,
              }),
            ),
        ],
        get summary() {
          return `kostnad ${kroner(cost)}`;
        },
      };
    });
}

/**
 * `other` is the plan compared with: a line whose money is the very same object in both plans
 * cannot differ, so it is left out of both sides (a 500-measure plan has a thousand line-years,
 * and a save changes one).
 */
export function budgetEntries(n: PlanNames, other: PlanNames): PartEntries {
  const { budget } = n.plan;
  const theirs = new Set(other.lines().map((l) => l.budget));
  const lines = n.lines().filter((l) => !theirs.has(l.budget));
  const entries: CompareEntry[] = lines.flatMap((line) => lineYearEntries(n, line));
  // Sorted by year, then the app's order of lines, as the yearly budget tables read.
  entries.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  for (const f of [...budget.frame].sort((a, b) => a.year - b.year))
    entries.push({
      id: `frame:${f.year}`,
      ref: `Budsjett ${f.year}`,
      label: `Budsjett ${f.year}: programramme`,
      parent: null,
      source: f,
      parentLabel: '',
      fields: () => [field(`frame.${f.year}`, kroner(f.amount), { label: 'programramme' })],
      summary: kroner(f.amount),
    });
  for (const line of lines)
    entries.push({
      id: `${line.id}:financing`,
      ref: 'Budsjett',
      get label() {
        return `Finansiering av ${lineLabel(n, line)}`;
      },
      parent: null,
      source: line.budget.financing,
      parentLabel: '',
      changesOnly: true,
      fields: () => [
        field('financing', financingWords(n, line.budget.financing), {
          label: `finansiering av ${lineName(n, line)}`,
        }),
      ],
    });
  entries.push({
    id: 'defaultSplit',
    ref: 'Budsjett',
    label: 'Standard fordeling',
    parent: null,
    source: budget.defaultSplit,
    parentLabel: '',
    changesOnly: true,
    fields: () => [field('defaultSplit', splitWords(n, budget.defaultSplit))],
  });
  for (const source of budget.sources)
    entries.push({
      id: source.id,
      ref: `Finansieringskilden «${source.name.trim() || 'uten navn'}»`,
      label: `Finansieringskilden «${source.name.trim() || 'uten navn'}»`,
      parent: null,
      source,
      parentLabel: '',
      fields: () => [
        field('name', source.name),
        field('kind', financingGroupLabels[source.kind], { label: 'gruppe' }),
      ],
    });
  return { ordered: false, entries };
}
