/** The compare board's side of its worker (`src/workers/board.worker.ts`); see `worker-client.ts`. */
import type { BoardRequest, BoardResponse } from '../workers/board-requests';
import { workerClient, type Unsent } from './worker-client';

const ask = workerClient<BoardRequest, BoardResponse>(
  () => new Worker(new URL('../workers/board.worker.ts', import.meta.url), { type: 'module' }),
  'The board’s worker stopped.',
);

type ResponseFor<K extends BoardResponse['kind']> = Extract<BoardResponse, { kind: K }>;

/** Sends one request to the worker and waits for its answer, typed by the request's kind. */
export function askBoardWorker<R extends Unsent<BoardRequest>>(request: R): Promise<ResponseFor<R['kind']>> {
  return ask(request) as Promise<ResponseFor<R['kind']>>;
}
