import { planApiChannels, type PlanApiMethod } from '#shared/ipc/channels';
import type { PlanApi } from '#shared/ipc/contract';
import { parseApiReply } from '#shared/ipc/reply-check';
import { webServerTokenHeader, webServerTokenMeta } from '#shared/ipc/web-server-token';

/**
 * PlanApi over HTTP to the local test/development server (same services as Electron's main).
 * Each reply is parsed by the contract as it arrives, as the preload's are (checked-plan-api.ts):
 * a body that is not a reply (another program on the port, a cut-off answer) is a clear error.
 */
export function createHttpPlanApi(baseUrl: string, token: string): PlanApi {
  const call = async (method: PlanApiMethod, request: unknown) => {
    const response = await fetch(`${baseUrl}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [webServerTokenHeader]: token },
      body: JSON.stringify(request ?? {}),
    });
    const body = (await response.json().catch(() => ({}))) as { reply?: unknown; error?: string };
    if (!response.ok) throw new Error(body.error ?? `Tjenesten svarte ${response.status}.`);
    return parseApiReply(method, body.reply);
  };
  return Object.fromEntries(
    (Object.keys(planApiChannels) as PlanApiMethod[]).map((method) => [
      method,
      (request: unknown) => call(method, request),
    ]),
  ) as PlanApi;
}

/** The key the local server put into the page it served (empty when the page came from elsewhere). */
export function readPageToken(): string {
  return (
    document.querySelector<HTMLMetaElement>(`meta[name="${webServerTokenMeta}"]`)?.content ?? ''
  );
}
