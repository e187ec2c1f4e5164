import type { Plan } from '../../model/plan';
import type { ChangeDescription } from './plan-comparison';

// Placeholder until branch `compare` lands (it replaces this file).
export function describeChanges(_before: Plan, _after: Plan): ChangeDescription[] {
  return [];
}
