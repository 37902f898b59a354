/**
 * The page's side of a request/response worker (lesson 9's plan, the compare board, the agenda
 * builder): one worker, started on first use, and a promise per request, matched by `id`. If the
 * worker cannot start or stops, every waiting request is rejected, so the page can say so.
 *
 * `start` must construct the worker itself (`new Worker(new URL('…', import.meta.url))`): the
 * bundler finds a worker only in that literal form.
 */
interface Pending<Res> {
  resolve: (response: Res) => void;
  reject: (error: Error) => void;
}

/** A request as the page sends it: the client adds the `id`. */
export type Unsent<Req> = Req extends { id: number } ? Omit<Req, 'id'> : never;

export function workerClient<Req extends { id: number }, Res extends { id: number }>(
  start: () => Worker,
  /** What went wrong, for the rejection when the worker stops: "The plan’s worker stopped." */
  stoppedMessage: string,
): (request: Unsent<Req>) => Promise<Res> {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending<Res>>();
  const launch = (): Worker => {
    const started = start();
    started.addEventListener('message', (event: MessageEvent<Res>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      waiting?.resolve(event.data);
    });
    started.addEventListener('error', () => {
      for (const { reject } of pending.values()) reject(new Error(stoppedMessage));
      pending.clear();
      worker?.terminate();
      worker = undefined;
    });
    return started;
  };
  return (request) =>
    new Promise((resolve, reject) => {
      try {
        worker ??= launch();
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ ...request, id });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
}

/**
 * A client for a worker that answers each kind of request with a response of the same `kind`: the
 * answer is typed by the request's kind (`ask({ kind: 'open', … })` resolves to the `open` response).
 */
export function kindedWorkerClient<Req extends { id: number; kind: string }, Res extends { id: number; kind: string }>(
  start: () => Worker,
  stoppedMessage: string,
): <R extends Unsent<Req>>(request: R) => Promise<Extract<Res, { kind: R['kind'] }>> {
  const ask = workerClient<Req, Res>(start, stoppedMessage);
  return <R extends Unsent<Req>>(request: R) => ask(request) as Promise<Extract<Res, { kind: R['kind'] }>>;
}
