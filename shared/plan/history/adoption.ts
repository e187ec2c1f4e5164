import type { Plan } from '../../model/plan';
import type { AdoptionDecision } from '../../model/plan-history';
import { newId } from '../new-id';

/**
 * The draft as adopted: «Om planen» says so (status, date, body, case number, version), and the
 * plan's own lifecycle history has the decision, as when the status is set by hand.
 */
export function applyAdoption(plan: Plan, decision: AdoptionDecision, id: string = newId()): Plan {
  const event = {
    id,
    status: 'vedtatt' as const,
    date: decision.adoptedDate,
    note: `Versjon ${decision.number} vedtatt av ${decision.adoptedBy}${
      decision.caseNumber ? ` (sak ${decision.caseNumber})` : ''
    }.`,
  };
  return {
    ...plan,
    info: {
      ...plan.info,
      status: 'vedtatt',
      adoptedDate: decision.adoptedDate,
      adoptedBy: decision.adoptedBy,
      caseNumber: decision.caseNumber,
      version: decision.number,
      history: [...plan.info.history, event],
    },
  };
}

/**
 * An older version made the draft again: its content, but the plan keeps its id and where it
 * stands now (status, the decision in force, its lifecycle history), since going back to older
 * content does not undo a decision that was made.
 */
export function restoredDraft(current: Plan, old: Plan): Plan {
  const { status, adoptedDate, adoptedBy, caseNumber, version, history, consultationDeadline } =
    current.info;
  return {
    ...old,
    id: current.id,
    info: {
      ...old.info,
      status,
      adoptedDate,
      adoptedBy,
      caseNumber,
      version,
      history,
      consultationDeadline,
    },
  };
}
