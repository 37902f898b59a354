/**
 * The lab's side of the customer-base worker: one worker, started when the lab hydrates (so an
 * import causes no request), replaced by a fresh one when the learner cancels.
 */
import type { ReadableAtom } from 'nanostores';
import type { AnalysisSettings, CustomerBaseRequest, CustomerBaseResponse } from '../workers/customer-base-protocol';

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
  stopped('Cancelled.');
  startCustomerBaseWorker();
}
