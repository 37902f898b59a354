/** The agenda builder's side of its worker (`agenda.worker.ts`); see `client.ts`. */
import type { AgendaRequest, AgendaResponse } from './agenda-requests';
import { workerClient } from './client';

/** Sends one request to the worker and waits for its answer. */
export const askAgendaWorker = workerClient<AgendaRequest, AgendaResponse>(
  () => new Worker(new URL('./agenda.worker.ts', import.meta.url), { type: 'module' }),
  'The agenda’s worker stopped.',
).ask;
