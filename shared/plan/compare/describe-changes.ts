import type { Plan } from '../../model/plan';
import { comparePlans } from './compare-plans';
import type { ChangeDescription, ItemChange, PlanComparison } from './plan-comparison';

// The change log's sentences, made from comparePlans so the log, the compare screen and the
// Word document never tell a change two ways. One sentence per changed field and per added,
// removed or moved item; `entityId` + `field` name «the same field», so the log can merge
// repeated edits of it.

const refOf = (item: ItemChange) => item.ref ?? item.label;

/** The sentences for one item, in bokmål. */
export function itemSentences(item: ItemChange): ChangeDescription[] {
  const base = { part: item.part, kind: item.kind, entityId: item.entityId };
  switch (item.kind) {
    case 'added':
      return [
        {
          ...base,
          field: '',
          text: `${item.label} lagt til${item.summary ? ` (${item.summary})` : ''}`,
        },
      ];
    case 'removed':
      return [
        {
          ...base,
          field: '',
          text: `${item.label} fjernet${item.summary ? ` (var ${item.summary})` : ''}`,
        },
      ];
    case 'moved':
      return [
        { ...base, field: '', text: `${item.label} flyttet fra ${item.from} til ${item.to}` },
      ];
    case 'changed':
      return item.fields.map((f) => ({
        ...base,
        field: f.field,
        text:
          f.field === 'placement'
            ? `${refOf(item)} flyttet fra ${f.before} til ${f.after}`
            : f.long
              ? `${refOf(item)}: ${f.label} er endret, fra «${f.before}» til «${f.after}»`
              : `${refOf(item)}: ${f.label} endret fra ${f.before} til ${f.after}`,
      }));
  }
}

/** Every change of a comparison as sentences, part by part in the app's order. */
export function describeComparison(comparison: PlanComparison): ChangeDescription[] {
  return comparison.parts.flatMap((part) => part.items.flatMap(itemSentences));
}

export function describeChanges(before: Plan, after: Plan): ChangeDescription[] {
  return describeComparison(comparePlans(before, after));
}
