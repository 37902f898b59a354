/**
 * Hooks every island shares: whether it has hydrated, a store read in step with Preact's own
 * updates, status-line announcements, and a value one frame late for the parts below a headline.
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useRef, useState } from 'preact/hooks';
import { pageLoaded } from '../workers/client';

/** True once the island has hydrated: until then the server-rendered inputs cannot respond. */
export function useHydrated(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(true);
  }, []);
  return ready;
}

/**
 * Reads a nanostores store in a Preact island and re-renders on every change in the same
 * microtask Preact batches its own updates in.
 *
 * Not `useStore` from @nanostores/preact: it defers the re-render to a `setTimeout`, so a
 * component's own state update (say, the number beside a slider) renders first with the store's
 * old value, which puts a controlled slider back one step and loses fast key presses. Rendering in
 * step with the store avoids that, and shows results sooner.
 */
export function useStoreValue<T>(store: ReadableAtom<T>): T {
  const [, forceRender] = useState({});
  const value = store.get();
  useEffect(() => {
    // The store may have changed between this render and the subscription.
    if (store.get() !== value) forceRender({});
    return store.listen(() => {
      forceRender({});
    });
    // Subscribe once per store; `value` is only the snapshot to compare against.
  }, [store]);
  return value;
}

/**
 * Text for a screen reader's status region: `latest` is spoken once the learner pauses, not at every
 * slider step; `announce` says something at once (a reveal, a restored link).
 */
export function useAnnouncement(latest: string, delayMs = 900): [string, (text: string) => void] {
  const [announcement, announce] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      announce(latest);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [latest]);
  return [announcement, announce];
}

/**
 * `value`, one frame late: for the parts of a lab below its headline figures (tables, breakdowns),
 * so that while a slider is dragged the figures the learner is watching paint first and the rest
 * follows in the next frame. Successive changes within a frame are coalesced.
 */
export function useDeferredValue<T>(value: T): T {
  const [deferred, setDeferred] = useState(value);
  const latest = useRef(value);
  latest.current = value;
  // One update at a time, never cancelled by the next change, so a long drag cannot starve it.
  const pending = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useEffect(() => {
    if (pending.current || deferred === value) return;
    pending.current = true;
    // After the next frame is painted: a task queued from requestAnimationFrame runs after it.
    requestAnimationFrame(() => {
      setTimeout(() => {
        pending.current = false;
        if (mounted.current) setDeferred(latest.current);
      }, 0);
    });
  }, [value]);
  return deferred;
}

/**
 * Runs `task` once the page has loaded and the browser is idle: for fetching what a page needs only
 * later (a lab's results, a worker), without competing with the first screen or the load event.
 */
export function whenLoadedAndIdle(task: () => void): void {
  void pageLoaded().then(() => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(task);
    else setTimeout(task, 200);
  });
}
