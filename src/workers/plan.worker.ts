/** Lesson 9's worker: answers the plan's requests (see `plan-requests.ts`). */
import { answerPlanRequest, type PlanRequest, type PlanResponse } from './plan-requests';

const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<PlanRequest>) => void) => void;
  postMessage: (message: PlanResponse) => void;
};

scope.addEventListener('message', (event) => {
  scope.postMessage(answerPlanRequest(event.data));
});
