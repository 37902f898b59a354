/** The compare board's side of its worker (`board.worker.ts`); see `client.ts`. */
import type { BoardRequest, BoardResponse } from './board-requests';
import { kindedWorkerClient } from './client';

/** Sends one request to the worker and waits for its answer, typed by the request's kind. */
export const askBoardWorker = kindedWorkerClient<BoardRequest, BoardResponse>(
  () => new Worker(new URL('./board.worker.ts', import.meta.url), { type: 'module' }),
  'The board’s worker stopped.',
);
