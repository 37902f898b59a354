/** The plan's side of lesson 9's worker (`src/workers/plan.worker.ts`); see `worker-client.ts`. */
import type { PlanRequest, PlanResponse } from '../workers/plan-requests';
import { workerClient, type Unsent } from './worker-client';

const ask = workerClient<PlanRequest, PlanResponse>(
  () => new Worker(new URL('../workers/plan.worker.ts', import.meta.url), { type: 'module' }),
  'The plan’s worker stopped.',
);

type ResponseFor<K extends PlanResponse['kind']> = Extract<PlanResponse, { kind: K }>;

/** Sends one request to the worker and waits for its answer, typed by the request's kind. */
export function askPlanWorker<R extends Unsent<PlanRequest>>(request: R): Promise<ResponseFor<R['kind']>> {
  return ask(request) as Promise<ResponseFor<R['kind']>>;
}
