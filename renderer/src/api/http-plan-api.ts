import { planApiChannels, type PlanApiMethod } from '../../../shared/ipc/channels';
import type { PlanApi } from '../../../shared/ipc/contract';

/** PlanApi over HTTP to the local test/development server (same services as Electron's main). */
export function createHttpPlanApi(baseUrl = ''): PlanApi {
  const call = async (method: PlanApiMethod, request: unknown) => {
    const response = await fetch(`${baseUrl}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request ?? {}),
    });
    const body = (await response.json().catch(() => ({}))) as { reply?: unknown; error?: string };
    if (!response.ok) throw new Error(body.error ?? `Tjenesten svarte ${response.status}.`);
    return body.reply;
  };
  return Object.fromEntries(
    (Object.keys(planApiChannels) as PlanApiMethod[]).map((method) => [
      method,
      (request: unknown) => call(method, request),
    ]),
  ) as PlanApi;
}
