import { HeadingLevel, Paragraph, type FileChild } from 'docx';
import { formatDate } from '../../../format/dates';
import { formatNumber } from '../../../format/numbers';
import type { ChangeKind } from '../../../model/plan-history';
import type { Plan } from '../../../model/plan';
import type {
  ItemChange,
  PartComparison,
  PlanComparison,
} from '../../../plan/compare/plan-comparison';
import { finalPlace } from '../final-report/final-report-parts';
import { logoParagraph } from '../sections/cover';
import { joinFlowingParts, part, TEXT_WIDTH, type WordPart } from '../word-page';
import { textRun } from '../word-run';
import { columnTable, type ColumnSpec } from '../word-tables';
import { bullet, heading, labelled, lead, note, paragraph } from '../word-text';
import { STYLE } from '../word-theme';

// «Endringer siden vedtak»: what a revision case to the politicians needs. A summary table of
// every part, then each part that changed with its items by kind. A change is told in words in
// each row («fra … til …»), never by colour alone, so it reads the same printed in grey.

/** The kinds in the order the summary's columns and each part's sections take them. */
const KINDS: { kind: ChangeKind; title: string }[] = [
  { kind: 'added', title: 'Lagt til' },
  { kind: 'changed', title: 'Endret' },
  { kind: 'removed', title: 'Fjernet' },
  { kind: 'moved', title: 'Flyttet' },
];

export function changesIntro(
  plan: Plan,
  comparison: PlanComparison,
  labels: { fromLabel: string; toLabel: string; today: string },
): WordPart {
  const place = finalPlace(plan);
  const title = plan.info.title.trim() || 'Boligsosial handlingsplan';
  const children: FileChild[] = [
    ...(plan.info.logo ? [logoParagraph(plan.info.logo, place)] : []),
    new Paragraph({ style: STYLE.title, children: [textRun('Endringer siden vedtak')] }),
    new Paragraph({
      style: STYLE.subtitle,
      children: [title, place]
        .filter(Boolean)
        .map((text, i) => textRun({ text, break: i > 0 ? 1 : 0 })),
    }),
    labelled('Fra', labels.fromLabel.trim() || 'Ikke oppgitt'),
    labelled('Til', labels.toLabel.trim() || 'Ikke oppgitt'),
    labelled('Laget', formatDate(labels.today)),
  ];
  const { total } = comparison;
  const count = total.added + total.changed + total.removed + total.moved;
  if (count === 0) {
    children.push(
      heading(1, 'Ingen endringer'),
      paragraph(
        'Det er ingen endringer i planens innhold mellom de to versjonene. Mål, tiltak, budsjett, organisering og tekster er de samme.',
      ),
    );
    return part('portrait', children);
  }
  children.push(
    heading(1, 'Oversikt'),
    lead(
      `${count === 1 ? 'Én endring' : `${formatNumber(count)} endringer`} i alt. Tabellen viser hvor mange punkter som er lagt til, endret, fjernet og flyttet i hver del av planen; delene med endringer er beskrevet etter tabellen.`,
    ),
    summaryTable(comparison),
  );
  return part('portrait', children);
}

function summaryTable(comparison: PlanComparison) {
  const columns: ColumnSpec<PartComparison>[] = [
    { title: 'Del av planen', weight: 3, cell: (p) => p.label },
    ...KINDS.map(({ kind, title }): ColumnSpec<PartComparison> => ({
      title,
      weight: 1,
      numeric: true,
      cell: (p) => formatNumber(p[kind]),
      sum: () => formatNumber(comparison.total[kind]),
    })),
  ];
  return columnTable(TEXT_WIDTH.portrait, columns, comparison.parts, {
    sumLabel: 'Sum',
    keepTogether: true,
  });
}

/** «Tiltak 3C «Boveiledning» (kostnad 250 000 kr)». */
const itemLine = (item: ItemChange) =>
  `${item.label}${item.summary ? ` (${item.kind === 'removed' ? 'var ' : ''}${item.summary})` : ''}`;

interface FieldRow {
  item: ItemChange;
  label: string;
  before: string;
  after: string;
}

/** Each changed item as a row across the table, its fields below it: what, before, now. */
function changedTable(items: ItemChange[]) {
  const rows: FieldRow[] = [];
  const groups = new Map<number, string>();
  for (const item of items) {
    groups.set(rows.length, item.label);
    for (const f of item.fields)
      rows.push({ item, label: capitalised(f.label), before: f.before, after: f.after });
  }
  const columns: ColumnSpec<FieldRow>[] = [
    { title: 'Hva', weight: 1.6, cell: (r) => r.label },
    { title: 'Før', weight: 2.2, cell: (r) => r.before },
    { title: 'Nå', weight: 2.2, cell: (r) => r.after },
  ];
  return columnTable(TEXT_WIDTH.portrait, columns, rows, { groupRows: groups });
}

function movedTable(items: ItemChange[]) {
  const columns: ColumnSpec<ItemChange>[] = [
    { title: 'Hva', weight: 2.4, cell: (i) => i.label },
    { title: 'Fra', weight: 1.8, cell: (i) => i.from ?? '' },
    { title: 'Til', weight: 1.8, cell: (i) => i.to ?? '' },
  ];
  return columnTable(TEXT_WIDTH.portrait, columns, items);
}

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);

/** One part that changed: a heading, then its items by kind. */
function partChildren(comparison: PartComparison, first: boolean): FileChild[] {
  // Heading 1 has no space above (it starts a page in the plan); here parts follow one another.
  const title = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: first ? undefined : { before: 480 },
    children: [textRun(comparison.label)],
  });
  const children: FileChild[] = [title];
  for (const { kind, title } of KINDS) {
    const items = comparison.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    children.push(heading(2, `${title} (${formatNumber(items.length)})`));
    if (kind === 'changed') children.push(changedTable(items));
    else if (kind === 'moved') children.push(movedTable(items));
    else
      items.forEach((item, i) =>
        children.push(bullet(itemLine(item), 0, { keepNext: i === 0 && items.length > 1 })),
      );
  }
  const byPlace = (text: string | undefined) => text?.startsWith('plass ') ?? false;
  if (comparison.items.some((i) => byPlace(i.from) || byPlace(i.to)))
    children.push(
      note('«Plass» er nummeret i rekkefølgen: plass 1 er den første i listen den står i.'),
    );
  return children;
}

/**
 * The parts with changes as one run of pages after the overview page, each part following the
 * one before; a part without changes gets no heading (the summary says 0).
 */
export function changedPartParts(comparison: PlanComparison): WordPart[] {
  const changed = comparison.parts.filter((p) => p.added + p.changed + p.removed + p.moved > 0);
  return joinFlowingParts(
    changed.map((p, i) => part('portrait', partChildren(p, i === 0), { flow: i > 0 })),
  );
}
