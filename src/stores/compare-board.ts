/**
 * The compare board page's state and where it goes. The board and everything shown of it come from
 * the board's worker (`src/islands/board-worker.ts`); this module keeps the latest answer in a
 * store, applies the facilitator's changes one at a time, and, as listeners, writes the board to
 * the URL fragment (throttled `history.replaceState`, as the labs do) and to this browser
 * (`valued:board`, format in `src/workshop/board-storage.ts`).
 *
 * A board opened from someone's link is not saved until the facilitator changes it, so following a
 * colleague's board never overwrites their own (as the labs do with scenarios).
 */
import { atom, onMount } from 'nanostores';
import { askBoardWorker } from '../workers/board-client';
import type { BoardState } from '../workshop/board';
import type { BoardAction, BoardView } from '../workshop/board-view';
import type { BoardOrigin } from '../workers/board-requests';

export const BOARD_KEY = 'valued:board';

export interface BoardPage {
  board: BoardState;
  view: BoardView;
}

/** The board and its view; `undefined` until the worker has opened it. */
export const $boardPage = atom<BoardPage | undefined>(undefined);
/** Set when the board's worker cannot run here, in words for the page. */
export const $boardFailure = atom<string | undefined>(undefined);

const FAILED =
  'The board could not be worked out in this browser. Reload the page; if it still fails, open the teams’ links one by one in their labs.';

// localStorage without the shared helper in saved-scenario-storage.ts: importing it here would
// split the labs' shared chunk and cost every lab page bytes of its budget (docs/decisions.md).
function readSaved(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(BOARD_KEY);
  } catch {
    return null;
  }
}

function writeSaved(text: string): void {
  try {
    localStorage.setItem(BOARD_KEY, text);
  } catch {
    // Storage full or refused: the board keeps working; only the keeping is lost.
  }
}

let opened = false;
/** The fragment as this page last read or wrote it (see `writeUrl`). */
let lastWritten: string | undefined;
let urlTimer: ReturnType<typeof setTimeout> | undefined;

function currentFragment(): string {
  return location.hash.replace(/^#/, '');
}

function writeUrl(): void {
  urlTimer = undefined;
  const view = $boardPage.get()?.view;
  if (!view) return;
  // An address this page did not write is a board link followed in this tab, whose `hashchange`
  // may still be on its way: writing now would put this board over it before it is opened.
  if (currentFragment() !== lastWritten) return;
  // A board that cannot be a link leaves the address without one rather than with a stale board.
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${view.link.ok ? `#${view.link.fragment}` : ''}`,
  );
  lastWritten = currentFragment();
}

function scheduleUrl(): void {
  urlTimer ??= setTimeout(writeUrl, 150);
}

/** How the board on the page was opened, and what in its link could not be used; a new value each time. */
export interface BoardOpening {
  origin: BoardOrigin;
  issues: string[];
}
export const $boardOpening = atom<BoardOpening | undefined>(undefined);

/** Opens the board in the page's link, or this browser's board. */
async function openBoardPage(): Promise<void> {
  const fragment = currentFragment();
  try {
    const answer = await askBoardWorker({ kind: 'open', fragment, saved: readSaved() });
    opened = answer.origin === 'link';
    $boardPage.set({ board: answer.board, view: answer.view });
    lastWritten = fragment;
    scheduleUrl();
    $boardOpening.set({ origin: answer.origin, issues: answer.issues });
  } catch {
    $boardFailure.set(FAILED);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies one change once the ones before it are done (each works on the board the last left), and
 * resolves with what to announce. Saves the board, which from now on is the facilitator's own.
 */
export function changeBoard(action: BoardAction): Promise<{ said: string; keepPaste: boolean }> {
  const run = queue.then(async () => {
    const page = $boardPage.get();
    if (!page) return { said: '', keepPaste: true };
    const answer = await askBoardWorker({ kind: 'act', board: page.board, action });
    $boardPage.set({ board: answer.board, view: answer.view });
    // Compared as stored text: every answer from the worker is a fresh copy.
    if (answer.view.stored !== page.view.stored) {
      opened = false;
      writeSaved(answer.view.stored);
      scheduleUrl();
    }
    return { said: answer.said, keepPaste: answer.keepPaste };
  });
  queue = run.catch(() => {
    $boardFailure.set(FAILED);
  });
  return run;
}

/** Resolves once every change asked for so far has been applied. */
export function boardSettled(): Promise<unknown> {
  return queue;
}

/** Whether the board on the page is someone's link, not yet changed (and so not saved). */
export function isOpenedFromLink(): boolean {
  return opened;
}

// The board opens when the page first shows it, and follows a board link pasted into this tab's
// address bar (`hashchange`), but not the fragment the page wrote itself.
onMount($boardPage, () => {
  // Reading the store while the page is built mounts it too; there is no page to open then.
  if (typeof window === 'undefined') return undefined;
  void openBoardPage();
  const listener = (): void => {
    if (currentFragment() !== lastWritten) void openBoardPage();
  };
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    if (urlTimer !== undefined) clearTimeout(urlTimer);
  };
});
