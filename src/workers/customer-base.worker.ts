/**
 * The customer-base lab's worker: reads the learner's purchase log (see `purchase-log/stream.ts`),
 * keeps it, and fits the models to it, off the page's main thread so the page stays responsive
 * through a million rows. Nothing here touches the network or storage.
 */
import { allocationStateFor } from '../labs/customer-base/allocation-handoff';
import { analyseCustomerBase, type SpendModel } from '../calc/clv/analysis';
import type { BgNbdFit } from '../calc/clv/bgnbd';
import { summarizeColumns, type LogSummary } from '../calc/clv/summary';
import type { PurchaseLog } from '../purchase-log/reader';
import { encodeScenario } from '../scenario/codec';
import { allocationScenario } from '../scenario/labs/allocation';
import { readPurchaseLog } from '../purchase-log/stream';
import type { CustomerBaseRequest, CustomerBaseResponse } from './customer-base-protocol';

const scope = self as unknown as {
  addEventListener: (type: 'message', listener: (event: MessageEvent<CustomerBaseRequest>) => void) => void;
  postMessage: (message: CustomerBaseResponse) => void;
};

let log: PurchaseLog | undefined;
let summary: { calibrationEnd: number; value: LogSummary } | undefined;
let fitted: { calibrationEnd: number; bgnbd: BgNbdFit; spend: SpendModel } | undefined;

async function answer(request: CustomerBaseRequest): Promise<CustomerBaseResponse> {
  if (request.kind === 'read') {
    const started = performance.now();
    log = undefined;
    summary = undefined;
    fitted = undefined;
    const outcome = await readPurchaseLog(request.source, request.choices, {
      preferMonthFirst: request.preferMonthFirst,
      // A purchase can be dated today wherever the learner is: a day's grace for time zones.
      latestDay: Math.floor(Date.now() / 86_400_000) + 1,
      onProgress: (fraction) => {
        scope.postMessage({ kind: 'progress', id: request.id, fraction });
      },
    });
    if (!outcome.ok) return { kind: 'failed', id: request.id, problem: outcome.problem };
    log = outcome.log;
    return {
      kind: 'read',
      id: request.id,
      layout: outcome.layout,
      preview: outcome.preview,
      missing: outcome.missing,
      report: outcome.report,
      encoding: outcome.encoding,
      readMs: performance.now() - started,
    };
  }
  if (request.kind === 'allocation') {
    const { tiers, budget, currency } = request;
    return {
      kind: 'allocation',
      id: request.id,
      fragment: encodeScenario(allocationScenario, allocationStateFor(tiers, { budget, currency })),
    };
  }
  if (log?.lastDay === undefined) {
    return { kind: 'failed', id: request.id, problem: 'There are no purchases to analyse yet.' };
  }
  const { calibrationEnd, horizonWeeks, annualDiscountRate, margin } = request.settings;
  const started = performance.now();
  if (summary?.calibrationEnd !== calibrationEnd) {
    summary = {
      calibrationEnd,
      value: summarizeColumns(log, {
        calibrationEnd,
        ...(log.lastDay > calibrationEnd ? { holdoutEnd: log.lastDay } : {}),
      }),
    };
  }
  const summaryMs = performance.now() - started;
  const reuse = fitted?.calibrationEnd === calibrationEnd ? fitted : undefined;
  const outcome = analyseCustomerBase(summary.value, { horizonWeeks, annualDiscountRate, margin }, reuse);
  if (outcome.ok) fitted = { calibrationEnd, bgnbd: outcome.analysis.bgnbd, spend: outcome.analysis.spend };
  return { kind: 'analysed', id: request.id, outcome, summaryMs, fitMs: performance.now() - started - summaryMs };
}

/**
 * Runs the reader and the models once on a small made-up log when the worker starts (the page
 * starts it while idle), so the learner's first import does not also pay for compiling them.
 */
async function warmUp(): Promise<void> {
  const lines = ['customer,date,amount'];
  for (let c = 0; c < 120; c++) {
    for (let k = 0; k <= c % 4; k++)
      lines.push(`c${String(c)},2024-0${String(1 + ((c + 3 * k) % 9))}-1${String(k)},${String(10 + (c % 7))}.50`);
  }
  const outcome = await readPurchaseLog(new Blob([lines.join('\n')]));
  if (!outcome.ok || !outcome.log?.lastDay) return;
  const warm = summarizeColumns(outcome.log, {
    calibrationEnd: outcome.log.lastDay - 30,
    holdoutEnd: outcome.log.lastDay,
  });
  analyseCustomerBase(warm, { horizonWeeks: 52, annualDiscountRate: 0.1, margin: 0.3 });
}
const warming = warmUp().catch(() => undefined);

scope.addEventListener('message', (event) => {
  warming
    .then(() => answer(event.data))
    .then(
      (response) => {
        scope.postMessage(response);
      },
      (error: unknown) => {
        // A model's RangeError, or a file the browser could not read: said in words, never a trace.
        const problem =
          error instanceof DOMException || error instanceof TypeError
            ? 'The browser could not read the file. It may have moved or changed since you chose it; choose it again.'
            : 'The models could not be fitted to these data. Check the column choices and the dates.';
        scope.postMessage({ kind: 'failed', id: event.data.id, problem });
      },
    );
});
