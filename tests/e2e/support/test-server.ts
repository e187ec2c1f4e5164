import type { APIRequestContext } from '@playwright/test';

/** Queues answers for the next file dialogs (null = the user cancels) and returns the plans folder. */
export async function answerDialogs(
  request: APIRequestContext,
  answers: { open?: (string | null)[]; save?: (string | null)[] },
): Promise<string> {
  const response = await request.post('/__test/dialogs', { data: answers });
  const body = (await response.json()) as { plansDir: string };
  return body.plansDir;
}
