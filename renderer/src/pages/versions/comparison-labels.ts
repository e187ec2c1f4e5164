import type { ChangeKind } from '#shared/model/plan-history';
import type { ItemChange, PartComparison } from '#shared/plan/compare/plan-comparison';

export const changeKindLabels: Record<ChangeKind, string> = {
  added: 'Lagt til',
  changed: 'Endret',
  removed: 'Fjernet',
  moved: 'Flyttet',
};

/** The parts that differ, in the plan's order. */
export function changedParts(parts: readonly PartComparison[]): PartComparison[] {
  return parts.filter((p) => p.added + p.changed + p.removed + p.moved > 0);
}

/** «ansvarlig: fra NAV til Boligkontoret» for each field; «flyttet fra … til …» for a move. */
export function itemDetails(item: ItemChange): string[] {
  if (item.kind === 'changed') {
    // A long text is an excerpt around the first difference, quoted so it reads as one.
    return item.fields.map((f) =>
      f.long
        ? `${capitalise(f.label)}: fra «${f.before}» til «${f.after}»`
        : `${capitalise(f.label)}: fra ${f.before} til ${f.after}`,
    );
  }
  if (item.summary && (item.kind === 'added' || item.kind === 'removed')) {
    return [item.kind === 'removed' ? `Var ${item.summary}` : capitalise(item.summary)];
  }
  if (item.kind === 'moved' && (item.from || item.to)) {
    return [`Flyttet${item.from ? ` fra ${item.from}` : ''}${item.to ? ` til ${item.to}` : ''}`];
  }
  return [];
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

/** «3 endringer» / «1 endring» for a part's summary line. */
export function itemCountText(count: number): string {
  return `${count} ${count === 1 ? 'endring' : 'endringer'}`;
}
