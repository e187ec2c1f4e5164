import type { Workshop } from '#shared/model/workshop';
import type { Plan } from '#shared/model/plan';
import type { BoardColumn } from '#shared/plan/workshop-operations';

export const PARKING_LABEL = 'Parkeringsplass';

/** «1 Egnede boliger for vanskeligstilte», or the parking lot. */
export function columnLabel(plan: Plan, column: BoardColumn): string {
  if (column.kind === 'parking') return PARKING_LABEL;
  const area = plan.focusAreas.find((f) => f.id === column.focusAreaId);
  if (!area) return 'Satsningsområde';
  return `${area.code.trim()} ${area.title.trim() || 'Satsningsområde uten tittel'}`.trim();
}

/** A column as one string (select values, React keys, data attributes). */
export const columnKey = (column: BoardColumn): string =>
  column.kind === 'parking' ? 'parking' : column.focusAreaId;

export const columnFromKey = (key: string): BoardColumn =>
  key === 'parking' ? { kind: 'parking' } : { kind: 'area', focusAreaId: key };

/** What the workshop covers, in words: «Hele planen» or the focus area. */
export function workshopScope(plan: Plan, workshop: Workshop): string {
  if (workshop.focusAreaId === null) return 'Hele planen';
  return `Satsningsområde ${columnLabel(plan, { kind: 'area', focusAreaId: workshop.focusAreaId })}`;
}
