/**
 * Keeps a lab page's URL fragment in step with its scenario store, as a listener (the store's
 * actions know nothing of URLs). Reading happens once at start and again when the learner pastes
 * another link into the same tab (`hashchange`); writing uses `history.replaceState`, throttled,
 * so dragging a slider neither floods the history nor the browser.
 */
import type { WritableAtom } from 'nanostores';
import {
  decodeScenario,
  encodeScenario,
  isScenarioFragment,
  type ScenarioDefinition,
  type ScenarioIssue,
} from '../scenario/codec';

export interface RestoreResult {
  issues: ScenarioIssue[];
}

/**
 * The standalone lab page's link for a scenario fragment: absolute on this site's origin in the
 * browser, root-relative while the page is being built (there is no origin then).
 */
export function scenarioUrl(labPath: string, fragment: string): string {
  const path = `${labPath}#${fragment}`;
  return typeof location === 'undefined' ? path : new URL(path, location.origin).href;
}

/**
 * Restores the scenario in the current URL, if there is one (`onRestore` is told, with any
 * issues), then writes every change back to the fragment. Returns the function that stops it.
 */
export function bindScenarioToUrl<S extends object>(
  store: WritableAtom<S>,
  definition: ScenarioDefinition<S>,
  onRestore: (result: RestoreResult) => void,
  throttleMs = 150,
): () => void {
  let lastWritten = '';
  const restore = (): void => {
    const fragment = location.hash.replace(/^#/, '');
    if (!isScenarioFragment(fragment) || fragment === lastWritten) return;
    const { state, issues } = decodeScenario(definition, fragment);
    store.set(state);
    onRestore({ issues });
  };
  restore();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    timer = undefined;
    lastWritten = encodeScenario(definition, store.get());
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${lastWritten}`);
  };
  const unlisten = store.listen(() => {
    timer ??= setTimeout(write, throttleMs);
  });
  window.addEventListener('hashchange', restore);
  return () => {
    unlisten();
    window.removeEventListener('hashchange', restore);
    if (timer !== undefined) clearTimeout(timer);
  };
}
