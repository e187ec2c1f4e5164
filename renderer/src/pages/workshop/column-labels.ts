import type { Workshop } from '#shared/model/workshop';
import type { Plan } from '#shared/model/plan';
import type { BoardColumn } from '#shared/plan/workshop-operations';
import { focusAreaHeading } from '#shared/workshop-sync/board-areas';

export const PARKING_LABEL = 'Parkeringsplass';
export const WHOLE_PLAN_LABEL = 'Hele planen';

/** «1 Egnede boliger for vanskeligstilte», «Hele planen» or the parking lot. */
export function columnLabel(plan: Plan, column: BoardColumn): string {
  if (column.kind === 'parking') return PARKING_LABEL;
  if (column.kind === 'whole') return WHOLE_PLAN_LABEL;
  const area = plan.focusAreas.find((f) => f.id === column.focusAreaId);
  return area ? focusAreaHeading(area) : 'Satsningsområde';
}

/** A column as one string (select values, React keys, data attributes). */
export const columnKey = (column: BoardColumn): string =>
  column.kind === 'area' ? column.focusAreaId : column.kind;

export const columnFromKey = (key: string): BoardColumn =>
  key === 'parking' || key === 'whole' ? { kind: key } : { kind: 'area', focusAreaId: key };

/** What the workshop covers, in words: «Hele planen» or the focus area. */
export function workshopScope(plan: Plan, workshop: Workshop): string {
  if (workshop.focusAreaId === null) return WHOLE_PLAN_LABEL;
  return `Satsningsområde ${columnLabel(plan, { kind: 'area', focusAreaId: workshop.focusAreaId })}`;
}
