/**
 * Keeps a lab page's URL fragment in step with its scenario store, as a listener (the store's
 * actions know nothing of URLs). Reading happens once at start and again when the learner pastes
 * another link into the same tab (`hashchange`); writing uses `history.replaceState`, throttled,
 * so dragging a slider neither floods the history nor the browser.
 */
import type { ReadableAtom } from 'nanostores';
import { decodeScenario, encodeScenario, type ScenarioDefinition, type ScenarioIssue } from '../scenario/codec';

export interface RestoreResult {
  issues: ScenarioIssue[];
}

function currentFragment(): string {
  return location.hash.replace(/^#/, '');
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
 * Whether a lab page should read this fragment as a scenario. On a lab page any `key=value`
 * fragment is meant as one (a link whose `v=` is not first, or is missing, still opens, with a
 * note); lesson pages use `isScenarioFragment` instead, because their fragments are heading anchors.
 */
export function looksLikeScenario(fragment: string): boolean {
  return /(^|&)[^&=]+=/.test(fragment);
}

export interface BindOptions<S extends object> {
  /** Puts a decoded scenario into the lab (an action, so the lab knows the scenario was replaced). */
  load: (state: S) => void;
  /** Told each time a scenario is opened from the URL, with anything that could not be used. */
  onRestore: (result: RestoreResult) => void;
  throttleMs?: number;
}

/**
 * Restores the scenario in the current URL, if there is one, then writes every change back to the
 * fragment. Returns the function that stops it.
 */
export function bindScenarioToUrl<S extends object>(
  store: ReadableAtom<S>,
  definition: ScenarioDefinition<S>,
  { load, onRestore, throttleMs = 150 }: BindOptions<S>,
): () => void {
  let lastWritten = '';
  // The fragment as this page last read or wrote it. An address that differs from it when a write
  // is due was changed by someone else, a link followed in this tab: its `hashchange` may still be
  // on its way, and writing would put the old scenario over the link before it is read.
  let known = currentFragment();
  const restore = (): void => {
    const fragment = currentFragment();
    known = fragment;
    if (!looksLikeScenario(fragment) || fragment === lastWritten) return;
    const { state, issues } = decodeScenario(definition, fragment);
    load(state);
    onRestore({ issues });
  };
  restore();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    timer = undefined;
    if (currentFragment() !== known) return;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}#${encodeScenario(definition, store.get())}`,
    );
    // As the address holds it: the browser may percent-encode what it was given.
    lastWritten = known = currentFragment();
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
