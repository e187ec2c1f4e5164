import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createPlanService, type PlanService } from '../../electron/services/plan-service';
import { opened, useServiceSetup } from './plan-service-setup';
import { writeParticipantPage } from './workshop-host-fixtures';

export { boardInFile, testWorkshop, writeParticipantPage } from './workshop-host-fixtures';

/** The origin a test's facilitator socket sends, as the window's would. */
export const WINDOW_ORIGIN = 'app://planverksted';

/**
 * Plan services as the main process makes them, with a participant page and boards on
 * 127.0.0.1; every board is stopped after the test.
 */
export function useHostSetup() {
  const serviceSetup = useServiceSetup();
  const services: PlanService[] = [];
  afterEach(async () => {
    await Promise.all(services.splice(0).map((api) => api.stopWorkshops()));
  });
  return async function setup() {
    const { options, root, dialogs } = await serviceSetup();
    const participantDir = join(root, 'participant');
    await writeParticipantPage(participantDir);
    const service = (dir = participantDir) => {
      const api = createPlanService({
        ...options,
        workshop: {
          participantDir: dir,
          facilitatorOrigins: [WINDOW_ORIGIN],
          listenHost: '127.0.0.1',
          addresses: [],
          saveDelayMs: 100,
        },
      });
      services.push(api);
      return api;
    };
    const api = service();
    const templateId = (await api.listTemplates({}))[0]!.id;
    const plan = opened(await api.createPlan({ templateId, title: 'Verkstedplan' }));
    return { api, plan, root, participantDir, service, dialogs };
  };
}

/** Polls an async condition until it holds; a guard time, not a speed check. */
export async function eventually(ready: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`Ventet for lenge på: ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}
