/** The workshop agenda builder's worker: answers its requests (see `agenda-requests.ts`). */
import { agendaAnswerer, type AgendaRequest, type AgendaResponse } from './agenda-requests';

const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<AgendaRequest>) => void) => void;
  postMessage: (message: AgendaResponse) => void;
};

const answer = agendaAnswerer();
scope.addEventListener('message', (event) => {
  scope.postMessage(answer(event.data));
});
