import { describe, expect, it } from 'vitest';
import type { PlanApi } from '#shared/ipc/contract';
import { ApiReplyError } from '#shared/ipc/reply-check';
import { ApiRequestError, dispatchApiCall } from '../../../../electron/services/api-dispatch';

/** Services that answer what the test tells them to, whatever the contract says. */
function servicesAnswering(replies: Partial<Record<keyof PlanApi, unknown>>): PlanApi {
  return new Proxy({} as PlanApi, {
    get: (_target, method: keyof PlanApi) => async () => replies[method],
  });
}

describe('the one door into the services (both transports)', () => {
  it('passes a reply that keeps the contract', async () => {
    const api = servicesAnswering({
      getAppInfo: { name: 'Planverksted', version: '1.0.0', transport: 'web' },
    });
    await expect(dispatchApiCall(api, 'getAppInfo', {})).resolves.toEqual({
      name: 'Planverksted',
      version: '1.0.0',
      transport: 'web',
    });
  });

  it('passes each kind of export reply (two of them share ok: false)', async () => {
    const request = { kind: 'docx', suggestedName: 'plan', data: '', encoding: 'base64' };
    const replies = [
      { ok: true, path: '/planer/plan.docx', fileName: 'plan.docx' },
      { ok: false, canceled: true },
      { ok: false, canceled: false, message: 'Disken er full.' },
    ];
    for (const reply of replies) {
      const api = servicesAnswering({ exportFile: reply });
      await expect(dispatchApiCall(api, 'exportFile', request)).resolves.toEqual(reply);
    }
  });

  it('stops a reply outside the contract before it reaches the window', async () => {
    const api = servicesAnswering({
      getAppInfo: { name: 'Planverksted', version: '1.0.0', transport: 'ftp' },
      listRecentPlans: [{ path: '/planer/a.bsplan', title: 'A', openedAt: 'i går', exists: true }],
      exportFile: { ok: true, path: '/planer/plan.docx', fileName: 'plan.docx', secret: 'x' },
    });
    await expect(dispatchApiCall(api, 'getAppInfo', {})).rejects.toThrow(ApiReplyError);
    await expect(dispatchApiCall(api, 'listRecentPlans', {})).rejects.toThrow(
      /utenfor kontrakten \(listRecentPlans\)/,
    );
    const request = { kind: 'docx', suggestedName: 'plan', data: '', encoding: 'base64' };
    await expect(dispatchApiCall(api, 'exportFile', request)).rejects.toThrow(ApiReplyError);
  });

  it('refuses a request outside the contract before any service sees it', async () => {
    const api = servicesAnswering({});
    await expect(dispatchApiCall(api, 'openRecentPlan', { path: '' })).rejects.toThrow(
      ApiRequestError,
    );
    await expect(dispatchApiCall(api, 'toString', {})).rejects.toThrow('Ukjent kall: toString');
  });
});
