import type { PlanApi } from '#shared/ipc/contract';
import { withCheckedReplies } from './checked-plan-api';
import './desktop-bridge';
import { createHttpPlanApi, readPageToken } from './http-plan-api';

/**
 * In Electron the preload provides the API; in a browser it is the local server over HTTP. Either
 * way each reply is parsed by the contract on arrival (the HTTP client does it itself).
 */
export function getPlanApi(): PlanApi {
  const desktop = window.planverksted;
  return desktop ? withCheckedReplies(desktop) : createHttpPlanApi('', readPageToken());
}
