import { planApiChannels, type PlanApiMethod } from '#shared/ipc/channels';
import type { PlanApi } from '#shared/ipc/contract';
import { webServerTokenHeader, webServerTokenMeta } from '#shared/ipc/web-server-token';

/**
 * PlanApi over HTTP to the local test/development server (same services as Electron's main).
 * Like the Electron preload it passes replies on as they come: the server has already parsed each
 * one with the contract before sending it.
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
    return body.reply;
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
