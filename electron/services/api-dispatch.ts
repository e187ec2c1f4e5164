import { planApiContract, type PlanApi } from '#shared/ipc/contract';
import type { PlanApiMethod } from '#shared/ipc/channels';
import { describeIssues, formatProblem } from '#shared/plan/read-plan';
import { parseApiReply } from '#shared/ipc/reply-check';

// Where a reply outside the contract is named; re-exported so callers of this door find it here.
export { ApiReplyError } from '#shared/ipc/reply-check';

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
    const problems = describeIssues(payload, parsed.error.issues);
    if (method === 'savePlan') {
      return parseApiReply(method, {
        ok: false,
        reason: 'invalid',
        message: 'Planen ble ikke lagret fordi den har feil.',
        problems,
      });
    }
    throw new ApiRequestError(
      `Ugyldig forespørsel (${method}): ${problems.map(formatProblem).join('; ')}`,
    );
  }
  const call = api[method] as (request: unknown) => Promise<unknown>;
  return parseApiReply(method, await call(parsed.data));
}
