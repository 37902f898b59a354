/** The compare board's side of its worker (`src/workers/board.worker.ts`); see `worker-client.ts`. */
import type { BoardRequest, BoardResponse } from '../workers/board-requests';
import { kindedWorkerClient } from './worker-client';

/** Sends one request to the worker and waits for its answer, typed by the request's kind. */
export const askBoardWorker = kindedWorkerClient<BoardRequest, BoardResponse>(
  () => new Worker(new URL('../workers/board.worker.ts', import.meta.url), { type: 'module' }),
  'The board’s worker stopped.',
);
