/**
 * One page-link binding for every page that keeps its state in its address and in this browser:
 * each lab, the facilitator kit's agenda and the compare board. A store effect: the page's actions
 * know nothing of addresses or storage; this listens to the page's store and
 *
 * - opens the page's state once at the start, and again when a link is followed in the same tab
 *   (`hashchange`), by the rule in `src/scenario/opening.ts` (a link wins; the learner's own state
 *   coming back is theirs; else the kept copy; else the start), and says how it was opened;
 * - writes every change to the address with `history.replaceState`, at once after a pause and then
 *   throttled, so dragging a slider floods neither the history nor the browser; but only while the address is still the one the page
 *   last read or wrote (see below); never on a page that only reads it (a lab inside a lesson);
 * - keeps every change in this browser (localStorage, throttled, and at once when the page is
 *   hidden), but not a state opened from someone's link until the learner changes it, so following a
 *   colleague's link never overwrites their own work.
 *
 * Why the address guard: a link followed in this tab changes the address at once but announces it
 * (`hashchange`) in a later task, so a write falling due in between would put the old state over
 * the link, and the page would then take the link for its own write and never open it.
 */
import type { ReadableAtom } from 'nanostores';
import { isScenarioFragment } from '../scenario/codec';
import type { Opened, Origin } from '../scenario/opening';
import { storage as browserStorage } from './saved-scenario-storage';

/** How the page's state was opened, and what in its link could not be used. A new object each time. */
export interface PageOpening {
  origin: Origin;
  issues: string[];
}

export interface PageBindingOptions<S> {
  /** Where this browser keeps the learner's own state (`valued:scenario:<lab>`, `valued:board`). */
  savedKey: string;
  /**
   * Opens the page's state from the address's fragment (when it holds one) and the kept copy; may
   * answer later (a worker). Pages use `openState` from `src/scenario/opening.ts`.
   */
  open: (from: { fragment: string | undefined; kept: string | undefined }) => Opened<S> | Promise<Opened<S>>;
  /** Puts an opened state into the page's store (an action, so the page knows it was replaced). */
  load: (state: S) => void;
  /** The address's fragment for a state; `undefined` leaves the address without one. */
  link: (state: S) => string | undefined;
  /** The text kept in this browser for a state (by default its link). */
  keep?: (state: S) => string | undefined;
  /** Told each time the page's state is opened. */
  onOpen?: (opening: PageOpening) => void;
  /** Told when an opening could not be done (a worker that stopped). */
  onFail?: (error: unknown) => void;
  /** Reads the address but never writes it: a lab inside a lesson, whose fragments are its headings'. */
  readOnly?: boolean;
  /** localStorage, or a stand-in in tests; `undefined` where the browser refuses storage. */
  storage?: Storage | undefined;
  /** Shortest time between two writes of the address. */
  throttleMs?: number;
  /** Pause after a change before it is kept. */
  keepThrottleMs?: number;
}

function currentFragment(): string {
  return location.hash.replace(/^#/, '');
}

/** Binds `$state` to the page's address and to this browser. Returns the function that stops it. */
export function bindToPage<S>($state: ReadableAtom<S>, options: PageBindingOptions<S>): () => void {
  const {
    savedKey,
    open,
    load,
    link,
    keep = link,
    onOpen,
    onFail,
    readOnly = false,
    storage = browserStorage(),
    throttleMs = 150,
    keepThrottleMs = 300,
  } = options;

  const readKept = (): string | undefined => {
    try {
      return storage?.getItem(savedKey) ?? undefined;
    } catch {
      return undefined;
    }
  };

  // The fragment as this page last read or wrote it, and the last it wrote itself.
  let known = currentFragment();
  let lastWritten: string | undefined;
  // The kept text of the state as it was opened: not kept again until the learner changes it.
  let asOpened: string | undefined;
  let opening = 0;
  let opened = false;
  let stopped = false;

  let addressTimer: ReturnType<typeof setTimeout> | undefined;
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  // The first change after a pause is written at once (in the next task, so changes made together
  // are written together): a reload right after a click must find it in the address, or the page
  // would reopen the state before it as a link. Changes that follow within `throttleMs` (a slider
  // dragged) are written at most once per `throttleMs`.
  const scheduleAddress = (): void => {
    if (readOnly || addressTimer !== undefined) return;
    addressTimer = setTimeout(writeAddress, Math.max(0, lastWriteAt + throttleMs - Date.now()));
  };
  const writeAddress = (): void => {
    addressTimer = undefined;
    lastWriteAt = Date.now();
    if (currentFragment() !== known) return;
    const fragment = link($state.get());
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${fragment === undefined ? '' : `#${fragment}`}`,
    );
    // As the address holds it: the browser may percent-encode what it was given.
    lastWritten = known = currentFragment();
  };

  let keepTimer: ReturnType<typeof setTimeout> | undefined;
  const keepNow = (): void => {
    if (keepTimer !== undefined) clearTimeout(keepTimer);
    keepTimer = undefined;
    const text = keep($state.get());
    if (text === undefined || text === asOpened) return;
    asOpened = undefined;
    try {
      storage?.setItem(savedKey, text);
    } catch {
      // Storage full or refused: the page keeps working; only the keeping is lost.
    }
  };

  const openFragment = (fragment: string): void => {
    const ticket = ++opening;
    const apply = (result: Opened<S>): void => {
      // A later opening (another link followed meanwhile) wins.
      if (stopped || ticket !== opening) return;
      // A change still waiting to be kept belongs to the state being replaced: keep it first.
      if (keepTimer !== undefined) keepNow();
      asOpened = keep(result.state);
      opened = false;
      load(result.state);
      opened = true;
      // A link stays in the address as it was followed (a printed plan's short link, say) until the
      // learner changes something; the learner's own state resumed from this browser is put there.
      if (from.fragment === undefined && result.origin === 'saved') scheduleAddress();
      onOpen?.({ origin: result.origin, issues: result.issues });
    };
    const from = { fragment: isScenarioFragment(fragment) ? fragment : undefined, kept: readKept() };
    try {
      const result = open(from);
      if (result instanceof Promise) result.then(apply, (error: unknown) => onFail?.(error));
      else apply(result);
    } catch (error) {
      onFail?.(error);
    }
  };

  const unlisten = $state.listen(() => {
    // The state an opening loads is the address's or this browser's already: written and kept only
    // once the learner changes it.
    if (!opened) return;
    scheduleAddress();
    keepTimer ??= setTimeout(keepNow, keepThrottleMs);
  });

  const onHashChange = (): void => {
    const fragment = currentFragment();
    known = fragment;
    // The page's own write, or a heading anchor: not a new state.
    if (fragment === lastWritten || !isScenarioFragment(fragment)) return;
    openFragment(fragment);
  };
  const onHide = (): void => {
    if (keepTimer !== undefined) keepNow();
  };
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('pagehide', onHide);

  openFragment(known);

  return () => {
    stopped = true;
    unlisten();
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', onHide);
    if (addressTimer !== undefined) clearTimeout(addressTimer);
    if (keepTimer !== undefined) keepNow();
  };
}
