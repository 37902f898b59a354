/**
 * The page's side of a request/response worker (lesson 9's plan, the compare board, the agenda
 * builder, the customer-base lab): one worker, started on first use once the page's load event has
 * passed, and a promise per request, matched by `id`. A worker may send `progress` messages for a
 * request before its answer. If the worker cannot start or stops, every waiting request is rejected
 * with `stoppedMessage`, so the page can say so; `restart` stops it on purpose (a Cancel), and the
 * next request starts a fresh one.
 *
 * The worker waits for the load event so that what a page fetches before it is only what the JS
 * budget counts (`scripts/budget-lib.ts`): a worker started during hydration would race the event.
 *
 * `start` must construct the worker itself (`new Worker(new URL('…', import.meta.url))`): the
 * bundler finds a worker only in that literal form.
 */
interface Pending<Res> {
  resolve: (response: Res) => void;
  reject: (error: Error) => void;
  onProgress: ((fraction: number) => void) | undefined;
}

/** A request as the page sends it: the client adds the `id`. */
export type Unsent<Req> = Req extends { id: number } ? Omit<Req, 'id'> : never;

/** A message a worker sends for a request before its answer. */
interface ProgressMessage {
  id: number;
  kind: 'progress';
  fraction: number;
}

export interface WorkerClient<Req extends { id: number }, Res extends { id: number }> {
  /** Sends one request; resolves with its answer, reporting `progress` messages on the way. */
  ask: (request: Unsent<Req>, onProgress?: (fraction: number) => void) => Promise<Exclude<Res, ProgressMessage>>;
  /** Stops the worker and whatever it was doing (waiting requests are rejected); the next request starts a fresh one. */
  restart: (reason?: string) => void;
  /** Starts the worker ahead of its first request (once the page has loaded), so that request fetches nothing. */
  warm: () => void;
}

function isProgress(message: object): message is ProgressMessage {
  return 'kind' in message && message.kind === 'progress';
}

/**
 * Resolves once the page's load event has passed (at once outside a browser page). What a page
 * fetches on demand (workers, lazy parts) waits for it, so that what it fetches before the event is
 * only what the JS budget counts.
 */
export function pageLoaded(): Promise<void> {
  if (typeof document === 'undefined' || document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    window.addEventListener(
      'load',
      () => {
        resolve();
      },
      { once: true },
    );
  });
}

export function workerClient<Req extends { id: number }, Res extends { id: number }>(
  start: () => Worker,
  /** What went wrong, for the rejection when the worker stops: "The plan’s worker stopped." */
  stoppedMessage: string,
): WorkerClient<Req, Res> {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending<Exclude<Res, ProgressMessage>>>();
  const stop = (reason: string): void => {
    for (const { reject } of pending.values()) reject(new Error(reason));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  const launch = (): Worker => {
    const started = start();
    started.addEventListener('message', (event: MessageEvent<Res | ProgressMessage>) => {
      const message = event.data;
      const waiting = pending.get(message.id);
      if (isProgress(message)) {
        waiting?.onProgress?.(message.fraction);
        return;
      }
      pending.delete(message.id);
      waiting?.resolve(message as Exclude<Res, ProgressMessage>);
    });
    started.addEventListener('error', () => {
      stop(stoppedMessage);
    });
    return started;
  };
  return {
    ask: async (request, onProgress) => {
      await pageLoaded();
      return new Promise((resolve, reject) => {
        try {
          worker ??= launch();
          const id = nextId++;
          pending.set(id, { resolve, reject, onProgress });
          worker.postMessage({ ...request, id });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
    restart: (reason = stoppedMessage) => {
      stop(reason);
    },
    warm: () => {
      void pageLoaded().then(() => {
        try {
          worker ??= launch();
        } catch {
          // The first request will say so.
        }
      });
    },
  };
}

/**
 * A client for a worker that answers each kind of request with a response of the same `kind`: the
 * answer is typed by the request's kind (`ask({ kind: 'open', … })` resolves to the `open` response).
 */
export function kindedWorkerClient<Req extends { id: number; kind: string }, Res extends { id: number; kind: string }>(
  start: () => Worker,
  stoppedMessage: string,
): <R extends Unsent<Req>>(request: R) => Promise<Extract<Res, { kind: R['kind'] }>> {
  const { ask } = workerClient<Req, Res>(start, stoppedMessage);
  return <R extends Unsent<Req>>(request: R) => ask(request) as unknown as Promise<Extract<Res, { kind: R['kind'] }>>;
}
