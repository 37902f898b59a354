/**
 * The compare board page's state and where it goes. The board and everything shown of it come from
 * the board's worker (`src/workers/board-client.ts`); this module keeps the latest answer in a store
 * and applies the facilitator's changes one at a time. The page binding (`page-binding.ts`) opens
 * the board (a link, this browser's own, or an empty one), writes it to the address and keeps it in
 * this browser (`valued:board`, format in `src/workshop/board-storage.ts`), as the labs do theirs.
 */
import { atom, onMount } from 'nanostores';
import type { BoardState } from '../workshop/board';
import type { BoardAction, BoardView } from '../workshop/board-view';
import { askBoardWorker } from '../workers/board-client';
import { bindToPage, type PageOpening } from './page-binding';

export const BOARD_KEY = 'valued:board';

export interface BoardPage {
  board: BoardState;
  view: BoardView;
}

/** The board and its view; `undefined` until the worker has opened it. */
export const $boardPage = atom<BoardPage | undefined>(undefined);
/** Set when the board's worker cannot run here, in words for the page. */
export const $boardFailure = atom<string | undefined>(undefined);
/** How the board on the page was opened; a new value each time. */
export const $boardOpening = atom<PageOpening | undefined>(undefined);

const FAILED =
  'The board could not be worked out in this browser. Reload the page; if it still fails, open the teams’ links one by one in their labs.';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies one change once the ones before it are done (each works on the board the last left), and
 * resolves with what to announce.
 */
export function changeBoard(action: BoardAction): Promise<{ said: string; keepPaste: boolean }> {
  const run = queue.then(async () => {
    const page = $boardPage.get();
    if (!page) return { said: '', keepPaste: true };
    const answer = await askBoardWorker({ kind: 'act', board: page.board, action });
    $boardPage.set({ board: answer.board, view: answer.view });
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

// The board opens when the page first shows it, and follows a board link pasted into this tab's
// address bar, but not the fragment the page wrote itself.
onMount($boardPage, () => {
  // Reading the store while the page is built mounts it too; there is no page to open then.
  if (typeof window === 'undefined') return undefined;
  return bindToPage($boardPage, {
    savedKey: BOARD_KEY,
    open: async ({ fragment, kept }) => {
      const answer = await askBoardWorker({ kind: 'open', fragment, kept });
      return { state: { board: answer.board, view: answer.view }, origin: answer.origin, issues: answer.issues };
    },
    load: (page) => {
      $boardPage.set(page);
    },
    // A board that cannot be a link leaves the address without one rather than with a stale board.
    link: (page) => (page?.view.link.ok ? page.view.link.fragment : undefined),
    keep: (page) => page?.view.stored,
    onOpen: (opening) => {
      $boardOpening.set(opening);
    },
    onFail: () => {
      $boardFailure.set(FAILED);
    },
  });
});
