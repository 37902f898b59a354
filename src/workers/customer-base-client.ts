/**
 * The lab's side of the customer-base worker (`customer-base.worker.ts`, through `client.ts`): one
 * worker, warmed up once the lab has hydrated (so an import causes no request), replaced by a fresh
 * one when the learner cancels. Every request resolves: a worker that stops or cannot start answers
 * `failed` with the reason in words. The lab's state (progress included) is the store's
 * (`stores/customer-base.ts`); this client holds none.
 */
import { workerClient, type Unsent } from './client';
import type { AnalysisSettings, CustomerBaseRequest, CustomerBaseResponse } from './customer-base-protocol';

type Answer = Exclude<CustomerBaseResponse, { kind: 'progress' }>;

const client = workerClient<CustomerBaseRequest, CustomerBaseResponse>(
  () => new Worker(new URL('./customer-base.worker.ts', import.meta.url), { type: 'module' }),
  'The lab’s worker stopped. Reload the page and try again.',
);

function ask(request: Unsent<CustomerBaseRequest>, onProgress?: (fraction: number) => void): Promise<Answer> {
  return client.ask(request, onProgress).then(
    (answer) => answer,
    (error: unknown) => ({
      kind: 'failed' as const,
      id: 0,
      problem:
        error instanceof Error && error.message !== ''
          ? error.message
          : 'This browser cannot run the lab’s worker, so it cannot read files.',
    }),
  );
}

/** Starts the worker if it is not running. */
export function startCustomerBaseWorker(): void {
  client.warm();
}

/** Reads a file in the worker, telling `onProgress` the share read so far (0–1). */
export function readInWorker(
  request: Omit<Extract<CustomerBaseRequest, { kind: 'read' }>, 'id' | 'kind'>,
  onProgress: (fraction: number) => void,
): Promise<Answer> {
  return ask({ kind: 'read', ...request }, onProgress);
}

export function analyseInWorker(settings: AnalysisSettings): Promise<Answer> {
  return ask({ kind: 'analyse', settings });
}

export function allocationLinkInWorker(
  request: Omit<Extract<CustomerBaseRequest, { kind: 'allocation' }>, 'id' | 'kind'>,
): Promise<Answer> {
  return ask({ kind: 'allocation', ...request });
}

/** Stops whatever the worker is doing (its data go with it) and starts a fresh one. */
export function cancelWorker(): void {
  client.restart('Cancelled.');
  client.warm();
}
