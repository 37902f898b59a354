/** The plan's side of lesson 9's worker (`plan.worker.ts`); see `client.ts`. */
import type { PlanRequest, PlanResponse } from './plan-requests';
import { kindedWorkerClient } from './client';

/** Sends one request to the worker and waits for its answer, typed by the request's kind. */
export const askPlanWorker = kindedWorkerClient<PlanRequest, PlanResponse>(
  () => new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' }),
  'The plan’s worker stopped.',
);
