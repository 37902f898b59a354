/** The compare board's worker: answers the page's requests (see `board-requests.ts`). */
import { answerBoardRequest, type BoardRequest, type BoardResponse } from './board-requests';

const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<BoardRequest>) => void) => void;
  postMessage: (message: BoardResponse) => void;
};

scope.addEventListener('message', (event) => {
  scope.postMessage(answerBoardRequest(event.data));
});
