import type { Risk } from '../model/chapters';
import type { Plan } from '../model/plan';
import { hasSameValues, moveById } from './list-operations';
import { newId } from './new-id';

// Pure edits of the risk analysis (plan.risks). Each is one undo step in the plan session.

export type RiskFields = Partial<Omit<Risk, 'id' | 'measureIds'>>;

/**
 * A new risk, last in the list. It starts at «middels» on both axes: a guess in the middle asks
 * the group to judge it, where «lav» would quietly play it down.
 */
export function addRisk(plan: Plan, fields: RiskFields = {}, id: string = newId()): Plan {
  const risk: Risk = {
    id,
    title: '',
    description: '',
    likelihood: 'middels',
    consequence: 'middels',
    mitigation: '',
    owner: null,
    measureIds: [],
    ...fields,
  };
  return { ...plan, risks: [...plan.risks, risk] };
}

export function updateRisk(plan: Plan, riskId: string, fields: RiskFields): Plan {
  const risk = plan.risks.find((r) => r.id === riskId);
  // The owner is an object: compare it by value, so choosing the same owner is no change.
  const sameOwner =
    !('owner' in fields) ||
    (fields.owner?.kind === risk?.owner?.kind && fields.owner?.id === risk?.owner?.id);
  const { owner: _owner, ...rest } = fields;
  if (!risk || (sameOwner && hasSameValues(risk, rest))) return plan;
  return { ...plan, risks: plan.risks.map((r) => (r.id === riskId ? { ...r, ...fields } : r)) };
}

/** Marks a measure as threatened by the risk, or no longer; the measures keep the plan's order. */
export function setRiskMeasure(plan: Plan, riskId: string, measureId: string, on: boolean): Plan {
  const risk = plan.risks.find((r) => r.id === riskId);
  if (!risk || !plan.measures.some((m) => m.id === measureId)) return plan;
  if (risk.measureIds.includes(measureId) === on) return plan;
  const chosen = new Set(risk.measureIds);
  if (on) chosen.add(measureId);
  else chosen.delete(measureId);
  const measureIds = plan.measures.map((m) => m.id).filter((id) => chosen.has(id));
  return { ...plan, risks: plan.risks.map((r) => (r.id === riskId ? { ...r, measureIds } : r)) };
}

export function removeRisk(plan: Plan, riskId: string): Plan {
  if (!plan.risks.some((r) => r.id === riskId)) return plan;
  return { ...plan, risks: plan.risks.filter((r) => r.id !== riskId) };
}

export function moveRisk(plan: Plan, riskId: string, delta: number): Plan {
  const risks = moveById(plan.risks, riskId, delta);
  return risks ? { ...plan, risks } : plan;
}

/** Moves a risk to a position in the list (after dragging it there). */
export function moveRiskTo(plan: Plan, riskId: string, toIndex: number): Plan {
  const from = plan.risks.findIndex((r) => r.id === riskId);
  return from < 0 ? plan : moveRisk(plan, riskId, toIndex - from);
}
