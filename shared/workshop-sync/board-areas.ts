import type { Plan } from '../model/plan';
import type { FocusArea } from '../model/strategies';
import { boardAreaIds } from '../plan/workshop-operations';
import type { BoardFocusArea } from './board-doc';

/** «1 Egnede boliger for vanskeligstilte»: a focus area as the board's column and the phones name it. */
export function focusAreaHeading(area: Pick<FocusArea, 'code' | 'title'>): string {
  return `${area.code.trim()} ${area.title.trim() || 'Satsningsområde uten tittel'}`.trim();
}

/** The focus areas participants may file an idea under: the board's columns. */
export function boardAreas(plan: Plan, workshopId: string): BoardFocusArea[] {
  const workshop = plan.workshops.find((w) => w.id === workshopId);
  if (!workshop) return [];
  return boardAreaIds(plan, workshop).flatMap((id) => {
    const area = plan.focusAreas.find((f) => f.id === id);
    return [{ id, name: area ? focusAreaHeading(area) : 'Satsningsområde' }];
  });
}
