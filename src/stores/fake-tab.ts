/**
 * A browser tab's address for the unit tests of the pages that keep their state in the URL
 * fragment. Test code only. `replaceState` changes the address silently; following a link changes
 * it at once and fires `hashchange` in a later task, as the HTML standard says, so a timer that
 * falls due in between runs first. Needs `vi.useFakeTimers()`; `vi.unstubAllGlobals()` removes it.
 */
import { vi } from 'vitest';

export interface FakeTab {
  readonly hash: string;
  /**
   * Follows a link to `hash` in this tab (pasted into the address bar, or clicked); `hashchange` is
   * fired `delayMs` later (a busy page answers its tasks late).
   */
  follow: (hash: string, delayMs?: number) => void;
}

export function fakeTab(start: string): FakeTab {
  let url = new URL(start);
  const events = new EventTarget();
  vi.stubGlobal('location', {
    get pathname() {
      return url.pathname;
    },
    get search() {
      return url.search;
    },
    get hash() {
      return url.hash;
    },
  });
  vi.stubGlobal('history', {
    state: null,
    replaceState: (_state: unknown, _unused: string, next: string) => {
      url = new URL(next, url);
    },
  });
  vi.stubGlobal('window', {
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  });
  return {
    get hash() {
      return url.hash;
    },
    follow(hash: string, delayMs = 1) {
      url = new URL(hash, url);
      setTimeout(() => events.dispatchEvent(new Event('hashchange')), delayMs);
    },
  };
}
