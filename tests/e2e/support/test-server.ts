import type { APIRequestContext } from '@playwright/test';

/**
 * Queues answers for the next file dialogs (null = the user cancels) and returns the plans folder.
 * `request` is the test's own, which worker-server.ts points at this worker's server with its token.
 */
export async function answerDialogs(
  request: APIRequestContext,
  answers: {
    open?: (string | null)[];
    save?: (string | null)[];
    folder?: (string | null)[];
    openMany?: (string[] | null)[];
  },
): Promise<string> {
  // A fresh connection each time: reusing a kept-alive socket just as the server closes it after
  // its idle time (5 s in Node) resets the request (ECONNRESET), at random on a loaded machine.
  const response = await request.post('/__test/dialogs', {
    data: answers,
    headers: { Connection: 'close' },
  });
  if (!response.ok()) {
    throw new Error(
      `Testserveren avviste dialogsvarene: ${response.status()} ${await response.text()}`,
    );
  }
  const body = (await response.json()) as { plansDir: string };
  return body.plansDir;
}
