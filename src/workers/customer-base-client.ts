/**
 * The lab's side of the customer-base worker (`customer-base.worker.ts`, through `client.ts`): one
 * worker, warmed up once the lab has hydrated (so an import causes no request), replaced by a fresh
 * one when the learner cancels. Every request resolves: a worker that stops or cannot start answers
 * `failed` with the reason in words.
 */
import type { ReadableAtom } from 'nanostores';
import { workerClient } from './client';
import type { AnalysisSettings, CustomerBaseRequest, CustomerBaseResponse } from './customer-base-protocol';

/**
 * The share of the current file read so far (0–1), as a store the lab reads with `useStoreValue`.
 * A minimal store rather than a nanostores atom: this lab shares no store code with the others.
 */
const progressListeners = new Set<(value: number) => void>();
let progressValue = 0;
function setReadProgress(value: number): void {
  progressValue = value;
  for (const listener of progressListeners) listener(value);
}
export const readProgress = {
  get: () => progressValue,
  listen: (listener: (value: number) => void) => {
    progressListeners.add(listener);
    return () => {
      progressListeners.delete(listener);
    };
  },
} as unknown as ReadableAtom<number>;

type Answer = Exclude<CustomerBaseResponse, { kind: 'progress' }>;

const client = workerClient<CustomerBaseRequest, CustomerBaseResponse>(
  () => new Worker(new URL('./customer-base.worker.ts', import.meta.url), { type: 'module' }),
  'The lab’s worker stopped. Reload the page and try again.',
);

type Unsent = CustomerBaseRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function ask(request: Unsent, onProgress?: (f: number) => void): Promise<Answer> {
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

/** Reads a file in the worker; `readProgress` follows it. */
export function readInWorker(
  request: Omit<Extract<CustomerBaseRequest, { kind: 'read' }>, 'id' | 'kind'>,
): Promise<Answer> {
  setReadProgress(0);
  return ask({ kind: 'read', ...request }, setReadProgress);
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
