import { describeIssues, formatProblem } from '../plan/read-plan';
import type { PlanApiMethod } from './channels';
import { planApiContract, type PlanApiReply } from './contract';

/** A reply outside the contract: a bug on the answering side, never passed on as data. */
export class ApiReplyError extends Error {}

/**
 * Parses one reply with its contract schema. The main side uses it before a reply leaves, the
 * renderer again when it arrives, so a reply that is not what the contract says fails loudly
 * wherever it went wrong instead of showing up as odd data on a screen.
 */
export function parseApiReply<M extends PlanApiMethod>(method: M, reply: unknown): PlanApiReply<M> {
  const parsed = planApiContract[method].reply.safeParse(reply);
  if (parsed.success) return parsed.data as PlanApiReply<M>;
  const problems = describeIssues(reply, parsed.error.issues);
  throw new ApiReplyError(
    `Tjenesten svarte utenfor kontrakten (${method}): ${problems.map(formatProblem).join('; ')}`,
  );
}
