import type { PlanApi } from '#shared/ipc/contract';
import './desktop-bridge';
import { createHttpPlanApi, readPageToken } from './http-plan-api';

/** In Electron the preload provides the API; in a browser it is the local server over HTTP. */
export function getPlanApi(): PlanApi {
  return window.planverksted ?? createHttpPlanApi('', readPageToken());
}
