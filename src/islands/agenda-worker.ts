/**
 * The agenda builder's side of its worker (`src/workers/agenda.worker.ts`): one worker, started on
 * first use; requests are answered in the order they were sent. If the worker cannot start or
 * stops, every waiting request is rejected, so the builder can say so.
 */
import type { AgendaRequest, AgendaResponse } from '../workers/agenda-requests';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: AgendaResponse) => void; reject: (e: Error) => void }>();

function start(): Worker {
  const started = new Worker(new URL('../workers/agenda.worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<AgendaResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  });
  started.addEventListener('error', () => {
    for (const { reject } of pending.values()) reject(new Error('The agenda’s worker stopped.'));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  });
  return started;
}

type Request = AgendaRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Sends one request to the worker and waits for its answer. */
export function askAgendaWorker(request: Request): Promise<AgendaResponse> {
  return new Promise((resolve, reject) => {
    try {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
