/**
 * The lab's side of the customer-base worker: one worker, started when the lab hydrates (so an
 * import causes no request), replaced by a fresh one when the learner cancels.
 */
import type { AnalysisSettings, CustomerBaseRequest, CustomerBaseResponse } from '../workers/customer-base-protocol';

type Answer = Exclude<CustomerBaseResponse, { kind: 'progress' }>;

interface Pending {
  resolve: (response: Answer) => void;
  onProgress: ((fraction: number) => void) | undefined;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function stopped(problem: string): void {
  for (const [id, { resolve }] of pending) resolve({ kind: 'failed', id, problem });
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

/** Starts the worker if it is not running. */
export function startCustomerBaseWorker(): void {
  if (worker) return;
  try {
    worker = new Worker(new URL('../workers/customer-base.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = undefined;
    return;
  }
  worker.addEventListener('message', (event: MessageEvent<CustomerBaseResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.kind === 'progress') {
      waiting.onProgress?.(message.fraction);
      return;
    }
    pending.delete(message.id);
    waiting.resolve(message);
  });
  worker.addEventListener('error', () => {
    stopped('The lab’s worker stopped. Reload the page and try again.');
  });
}

type Unsent = CustomerBaseRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function ask(request: Unsent, onProgress?: (f: number) => void) {
  startCustomerBaseWorker();
  const id = nextId++;
  return new Promise<Answer>((resolve) => {
    if (!worker) {
      resolve({ kind: 'failed', id, problem: 'This browser cannot run the lab’s worker, so it cannot read files.' });
      return;
    }
    pending.set(id, { resolve, onProgress });
    worker.postMessage({ ...request, id });
  });
}

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
  stopped('Cancelled.');
  startCustomerBaseWorker();
}
