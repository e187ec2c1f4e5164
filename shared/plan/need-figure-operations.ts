import type { NeedCategory, NeedFigure } from '../model/need-figures';
import type { Plan } from '../model/plan';
import { hasSameValues } from './list-operations';
import { newId } from './new-id';

// Husbanken's need figures A/B/C per year: one row per year and category, made on first entry.

export type NeedFigureFields = Partial<
  Pick<NeedFigure, 'atStart' | 'atEnd' | 'helped' | 'comment'>
>;

export function findNeedFigure(
  plan: Plan,
  year: number,
  category: NeedCategory,
): NeedFigure | undefined {
  return plan.needFigures.find((f) => f.year === year && f.category === category);
}

export function setNeedFigure(
  plan: Plan,
  year: number,
  category: NeedCategory,
  fields: NeedFigureFields,
  id: string = newId(),
): Plan {
  const current = findNeedFigure(plan, year, category);
  if (current) {
    if (hasSameValues(current, fields)) return plan;
    return {
      ...plan,
      needFigures: plan.needFigures.map((f) => (f === current ? { ...f, ...fields } : f)),
    };
  }
  const empty: NeedFigure = {
    id,
    year,
    category,
    atStart: null,
    atEnd: null,
    helped: null,
    comment: '',
  };
  if (hasSameValues(empty, fields)) return plan;
  const needFigures = [...plan.needFigures, { ...empty, ...fields }].sort(
    (a, b) => a.year - b.year || a.category.localeCompare(b.category),
  );
  return { ...plan, needFigures };
}
