/**
 * The plan's side of lesson 9's worker: one worker, started on first use, and a promise per request.
 * If the worker cannot start or fails, every waiting request is rejected, so the plan can say so.
 */
import type { PlanRequest, PlanResponse } from '../workers/plan-requests';

interface Pending {
  resolve: (response: PlanResponse) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function start(): Worker {
  const started = new Worker(new URL('../workers/plan.worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<PlanResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  });
  started.addEventListener('error', () => {
    failAll(new Error('The plan’s worker stopped.'));
  });
  return started;
}

type Request = PlanRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type ResponseFor<K extends PlanResponse['kind']> = Extract<PlanResponse, { kind: K }>;

/** Sends one request to the worker and waits for its answer. */
export function askPlanWorker<R extends Request>(request: R): Promise<ResponseFor<R['kind']>> {
  return new Promise((resolve, reject) => {
    try {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve: resolve as (response: PlanResponse) => void, reject });
      worker.postMessage({ ...request, id });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
