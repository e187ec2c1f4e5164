import { measureStatuses, type MeasureStatus } from '../model/measures';
import type { Plan } from '../model/plan';
import { isPastBy } from '../format/partial-date';

/** Measures by status and their average progress, for a focus area or the whole plan. */
export interface StatusFigures {
  measures: number;
  byStatus: Record<MeasureStatus, number>;
  /** Average progress in whole percent; null when there are no measures. */
  averageProgress: number | null;
}

type StatusLike = { status: MeasureStatus | null; progress: number };

export function statusFigures(items: readonly StatusLike[]): StatusFigures {
  const byStatus = Object.fromEntries(measureStatuses.map((s) => [s, 0])) as Record<
    MeasureStatus,
    number
  >;
  let progress = 0;
  for (const item of items) {
    if (item.status) byStatus[item.status] += 1;
    progress += item.progress;
  }
  return {
    measures: items.length,
    byStatus,
    averageProgress: items.length ? Math.round(progress / items.length) : null,
  };
}

/** Per focus area, in the plan's order, from the measures' current status (the latest report). */
export function statusByFocusArea(
  plan: Plan,
): { focusAreaId: string; name: string; figures: StatusFigures }[] {
  return plan.focusAreas.map((f) => ({
    focusAreaId: f.id,
    name: f.title,
    figures: statusFigures(plan.measures.filter((m) => m.focusAreaId === f.id)),
  }));
}

/** Measures whose end (its last day: «2014» ends 31.12.2014) has passed while they are neither completed nor ended. */
export function overdueMeasures(plan: Plan, today: string) {
  return plan.measures.filter(
    (m) => m.endDate !== null && isPastBy(m.endDate, today) && m.status !== 'g' && m.status !== 'a',
  );
}
