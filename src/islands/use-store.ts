/**
 * Reads a nanostores store in a Preact island and re-renders on every change in the same
 * microtask Preact batches its own updates in.
 *
 * Not `useStore` from @nanostores/preact: it defers the re-render to a `setTimeout`, so a
 * component's own state update (say, the number beside a slider) renders first with the store's
 * old value, which puts a controlled slider back one step and loses fast key presses. Rendering in
 * step with the store avoids that, and shows results sooner.
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

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
