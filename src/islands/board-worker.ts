/**
 * The compare board's side of its worker: one worker, started on first use, and a promise per
 * request. If the worker cannot start or fails, every waiting request is rejected, so the page can
 * say so.
 */
import type { BoardRequest, BoardResponse } from '../workers/board-requests';

interface Pending {
  resolve: (response: BoardResponse) => void;
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
  const started = new Worker(new URL('../workers/board.worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<BoardResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  });
  started.addEventListener('error', () => {
    failAll(new Error('The board’s worker stopped.'));
  });
  return started;
}

type Request = BoardRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type ResponseFor<K extends BoardResponse['kind']> = Extract<BoardResponse, { kind: K }>;

/** Sends one request to the worker and waits for its answer. */
export function askBoardWorker<R extends Request>(request: R): Promise<ResponseFor<R['kind']>> {
  return new Promise((resolve, reject) => {
    try {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve: resolve as (response: BoardResponse) => void, reject });
      worker.postMessage({ ...request, id });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
