import type { Measurement } from '../model/need-figures';
import type { Plan } from '../model/plan';
import { findResultGoal, updateIndicator } from './goal-operations';
import { hasSameValues } from './list-operations';
import { newId } from './new-id';

// Measured values of a result goal's indicator, kept in date order so a chart and a table read
// them the same way.

const byDate = (a: Measurement, b: Measurement) => a.date.localeCompare(b.date);

function measurementsOf(plan: Plan, resultGoalId: string): Measurement[] | null {
  const found = findResultGoal(plan, resultGoalId);
  return found?.resultGoal.indicator ? found.resultGoal.indicator.measurements : null;
}

export function addMeasurement(
  plan: Plan,
  resultGoalId: string,
  fields: Omit<Measurement, 'id'>,
  id: string = newId(),
): Plan {
  const list = measurementsOf(plan, resultGoalId);
  if (!list) return plan;
  return updateIndicator(plan, resultGoalId, {
    measurements: [...list, { id, ...fields }].sort(byDate),
  });
}

export function updateMeasurement(
  plan: Plan,
  resultGoalId: string,
  measurementId: string,
  fields: Partial<Omit<Measurement, 'id'>>,
): Plan {
  const list = measurementsOf(plan, resultGoalId);
  const current = list?.find((m) => m.id === measurementId);
  if (!list || !current || hasSameValues(current, fields)) return plan;
  return updateIndicator(plan, resultGoalId, {
    measurements: list.map((m) => (m.id === measurementId ? { ...m, ...fields } : m)).sort(byDate),
  });
}

export function removeMeasurement(plan: Plan, resultGoalId: string, measurementId: string): Plan {
  const list = measurementsOf(plan, resultGoalId);
  if (!list?.some((m) => m.id === measurementId)) return plan;
  return updateIndicator(plan, resultGoalId, {
    measurements: list.filter((m) => m.id !== measurementId),
  });
}
