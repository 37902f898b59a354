/** The agenda builder's side of its worker (`src/workers/agenda.worker.ts`); see `worker-client.ts`. */
import type { AgendaRequest, AgendaResponse } from '../workers/agenda-requests';
import { workerClient } from './worker-client';

/** Sends one request to the worker and waits for its answer. */
export const askAgendaWorker = workerClient<AgendaRequest, AgendaResponse>(
  () => new Worker(new URL('../workers/agenda.worker.ts', import.meta.url), { type: 'module' }),
  'The agenda’s worker stopped.',
);
