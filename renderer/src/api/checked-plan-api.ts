import { planApiChannels, type PlanApiMethod } from '#shared/ipc/channels';
import type { PlanApi } from '#shared/ipc/contract';
import { parseApiReply } from '#shared/ipc/reply-check';

/**
 * The preload's API with every reply parsed by the contract as it arrives. The preload itself
 * stays a thin pass-through: it is kept free of zod and the plan model (shared/ipc/channels.ts),
 * and the renderer already holds both.
 */
export function withCheckedReplies(api: PlanApi): PlanApi {
  return Object.fromEntries(
    (Object.keys(planApiChannels) as PlanApiMethod[]).map((method) => [
      method,
      async (request: unknown) => {
        const call = api[method] as (request: unknown) => Promise<unknown>;
        return parseApiReply(method, await call(request));
      },
    ]),
  ) as PlanApi;
}
