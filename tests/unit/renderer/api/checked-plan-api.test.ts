import { describe, expect, it } from 'vitest';
import type { PlanApi } from '#shared/ipc/contract';
import { ApiReplyError } from '#shared/ipc/reply-check';
import { withCheckedReplies } from '../../../../renderer/src/api/checked-plan-api';

/** A stand-in for the preload's API: answers what the test says, whatever the contract says. */
function preloadAnswering(replies: Partial<Record<keyof PlanApi, unknown>>) {
  const requests: unknown[] = [];
  const api = new Proxy({} as PlanApi, {
    get: (_target, method: keyof PlanApi) => async (request: unknown) => {
      requests.push(request);
      return replies[method];
    },
  });
  return { api, requests };
}

describe('replies from the Electron preload are parsed as they arrive in the renderer', () => {
  it('passes a reply that keeps the contract, and the request unchanged', async () => {
    const appInfo = { name: 'Planverksted', version: '1.0.0', transport: 'electron' };
    const { api, requests } = preloadAnswering({ getAppInfo: appInfo });
    await expect(withCheckedReplies(api).getAppInfo({})).resolves.toEqual(appInfo);
    expect(requests).toEqual([{}]);
  });

  it('turns a reply outside the contract into a clear error naming the call and the field', async () => {
    const { api } = preloadAnswering({
      getAppInfo: { name: 'Planverksted', version: '1.0.0', transport: 'ftp' },
      listRecentPlans: undefined,
      exportFile: { ok: true, path: '/planer/plan.docx', fileName: 'plan.docx', secret: 'x' },
    });
    const checked = withCheckedReplies(api);
    await expect(checked.getAppInfo({})).rejects.toThrow(ApiReplyError);
    await expect(checked.getAppInfo({})).rejects.toThrow(
      /^Tjenesten svarte utenfor kontrakten \(getAppInfo\): .*transport/,
    );
    await expect(checked.listRecentPlans({})).rejects.toThrow(
      /utenfor kontrakten \(listRecentPlans\)/,
    );
    const request = { kind: 'docx', suggestedName: 'plan', data: '', encoding: 'base64' } as const;
    await expect(checked.exportFile(request)).rejects.toThrow(ApiReplyError);
  });
});
