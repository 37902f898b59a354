/**
 * The learner's last scenario in each lab, kept in this browser, so their own numbers survive a
 * reload, a trip to another page and the move between a lesson's embedded lab and the lab's page.
 *
 * Format (version 1): localStorage key `valued:scenario:<lab>` (`valued:scenario:ltv-roi`); the value
 * is the scenario's link fragment, `v=1&…`, exactly what a share link carries. It is versioned by
 * its own `v`: an older format opens through the codec's migrations, and damaged text opens with
 * whatever in it can be used (decoding never throws). Clearing the site's data forgets it.
 *
 * A scenario opened from someone else's link is not saved until the learner changes it, so following
 * a link (a colleague's, or a lesson's worked example) never overwrites their own work.
 */
import type { ReadableAtom } from 'nanostores';
import { encodeScenario, type ScenarioDefinition } from '../scenario/codec';
import { savedScenarioKey, storage } from './saved-scenario-storage';

export { readSavedScenario, savedScenarioKey, writeSavedScenario } from './saved-scenario-storage';

export interface SaveOptions {
  /** The fragment of a scenario opened from a link: not saved until it changes. */
  opened: () => string | undefined;
  storage?: Storage | undefined;
  throttleMs?: number;
}

/**
 * Saves the lab's scenario whenever it changes (throttled, and once more when the page is hidden),
 * as a listener: the lab's actions know nothing of storage. Returns the function that stops it.
 */
export function saveScenarioChanges<S extends object>(
  store: ReadableAtom<S>,
  definition: ScenarioDefinition<S>,
  { opened, storage: target = storage(), throttleMs = 300 }: SaveOptions,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const fragment = encodeScenario(definition, store.get());
    if (fragment === opened()) return;
    try {
      target?.setItem(savedScenarioKey(definition.lab), fragment);
    } catch {
      // Storage full or refused: the lab keeps working; only the saving is lost.
    }
  };
  const unlisten = store.listen(() => {
    timer ??= setTimeout(write, throttleMs);
  });
  const onHide = (): void => {
    if (timer !== undefined) write();
  };
  const page = typeof window === 'undefined' ? undefined : window;
  page?.addEventListener('pagehide', onHide);
  return () => {
    unlisten();
    page?.removeEventListener('pagehide', onHide);
    if (timer !== undefined) write();
  };
}
