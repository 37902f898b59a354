/** The plan's side of lesson 9's worker (`src/workers/plan.worker.ts`); see `worker-client.ts`. */
import type { PlanRequest, PlanResponse } from '../workers/plan-requests';
import { kindedWorkerClient } from './worker-client';

/** Sends one request to the worker and waits for its answer, typed by the request's kind. */
export const askPlanWorker = kindedWorkerClient<PlanRequest, PlanResponse>(
  () => new Worker(new URL('../workers/plan.worker.ts', import.meta.url), { type: 'module' }),
  'The plan’s worker stopped.',
);
