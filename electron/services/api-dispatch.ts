import type { z } from 'zod';
import { planApiContract, type PlanApi, type SaveResult } from '#shared/ipc/contract';
import type { PlanApiMethod } from '#shared/ipc/channels';
import { describeIssues, formatProblem } from '#shared/plan/read-plan';
import { parseApiReply } from '#shared/ipc/reply-check';

/** A request the main side refuses before it reaches a service; the message is for the user. */
export class ApiRequestError extends Error {}

export function isPlanApiMethod(method: string): method is PlanApiMethod {
  return Object.hasOwn(planApiContract, method);
}

/**
 * The one door into the services for both transports: the payload is parsed with the contract's
 * request schema before any service sees it, and the reply with its reply schema before it leaves
 * (a service bug is caught here, next to its cause). The renderer parses each reply again as it
 * arrives (renderer/src/api/).
 */
export async function dispatchApiCall(
  api: PlanApi,
  method: string,
  payload: unknown,
): Promise<unknown> {
  if (!isPlanApiMethod(method)) throw new ApiRequestError(`Ukjent kall: ${method}`);
  const parsed = planApiContract[method].request.safeParse(payload ?? {});
  if (!parsed.success) {
    // This parse is the one validation of a save: a plan with errors is answered, not thrown,
    // so the window keeps the changes and shows what is wrong, in the plan's own words.
    const refusal = refusalOf[method];
    if (refusal) return parseApiReply(method, refusedSave(payload, parsed.error.issues, refusal));
    const problems = describeIssues(payload, parsed.error.issues);
    throw new ApiRequestError(
      `Ugyldig forespørsel (${method}): ${problems.map(formatProblem).join('; ')}`,
    );
  }
  const call = api[method] as (request: unknown) => Promise<unknown>;
  return parseApiReply(method, await call(parsed.data));
}

/** Calls that write the plan answer a plan with errors with its problems, not an exception. */
const refusalOf: Partial<Record<PlanApiMethod, string>> = {
  savePlan: 'Planen ble ikke lagret fordi den har feil.',
  adoptPlan: 'Planen ble ikke vedtatt fordi den har feil. Rett dem og prøv igjen.',
  restoreVersion:
    'Versjonen ble ikke hentet fram fordi planen nå har feil. Rett dem og prøv igjen.',
};

function refusedSave(
  payload: unknown,
  issues: z.core.$ZodIssue[],
  message: string,
): Extract<SaveResult, { ok: false }> {
  const plan = (payload as { plan?: unknown } | null)?.plan;
  const inPlan = issues.every((issue) => issue.path[0] === 'plan');
  return {
    ok: false,
    reason: 'invalid',
    message,
    // Places are named from the plan («Om planen › periode fra»), not from the request.
    problems: inPlan
      ? describeIssues(
          plan,
          issues.map((issue) => ({ ...issue, path: issue.path.slice(1) })),
        )
      : describeIssues(payload, issues),
  };
}
