/**
 * What the compare board's worker does (`board.worker.ts` is only its message loop): opens a board
 * from the page's link or from this browser, and applies the facilitator's changes, each time
 * returning the board and everything the page shows of it (`boardView`). The page holds no lab code.
 */
import { isScenarioFragment } from '../scenario/codec';
import { decodeBoard, boardLink } from '../workshop/board-link';
import { applyBoardAction, boardView, type BoardAction, type BoardView } from '../workshop/board-view';
import { parseStoredBoard } from '../workshop/board-storage';
import type { BoardState } from '../workshop/board';

export type BoardRequest =
  | { id: number; kind: 'open'; fragment: string; saved: string | null }
  | { id: number; kind: 'act'; board: BoardState; action: BoardAction };

/** Where an opened board came from: someone's link, this browser, or nowhere yet. */
export type BoardOrigin = 'link' | 'saved' | 'empty';

export type BoardResponse =
  | {
      id: number;
      kind: 'open';
      board: BoardState;
      view: BoardView;
      origin: BoardOrigin;
      /** What in the link could not be used, in plain words (only for a link). */
      issues: string[];
    }
  | { id: number; kind: 'act'; board: BoardState; view: BoardView; said: string; keepPaste: boolean };

const DAMAGED =
  'This link’s board could not be read: the part after # is not a board. Ask for the link again, or paste the teams’ own links below.';

/**
 * The board a page opens with. A board in the link wins, unless it is this browser's own board
 * coming back (a reload), which opens from storage with its flagged links and is not announced as
 * someone else's link.
 */
export function openBoard(
  fragment: string,
  saved: string | null,
): { board: BoardState; origin: BoardOrigin; issues: string[] } {
  const own = parseStoredBoard(saved);
  const fromBrowser = { board: own, origin: own.entries.length > 0 ? ('saved' as const) : ('empty' as const) };
  const hash = fragment.replace(/^#/, '');
  if (hash === '') return { ...fromBrowser, issues: [] };
  if (!isScenarioFragment(hash)) return { ...fromBrowser, origin: 'link', issues: [DAMAGED] };
  const { board, issues } = decodeBoard(hash);
  const ownLink = boardLink(own);
  if (issues.length === 0 && ownLink.ok && ownLink.fragment === hash) return { ...fromBrowser, issues: [] };
  return { board, origin: 'link', issues: issues.map((i) => i.message) };
}

/** Answers one request. Never throws: the functions it calls do not. */
export function answerBoardRequest(request: BoardRequest, locale?: string): BoardResponse {
  if (request.kind === 'open') {
    const opened = openBoard(request.fragment, request.saved);
    return { id: request.id, kind: 'open', ...opened, view: boardView(opened.board, locale) };
  }
  const result = applyBoardAction(request.board, request.action);
  return {
    id: request.id,
    kind: 'act',
    board: result.board,
    view: boardView(result.board, locale),
    said: result.said,
    keepPaste: result.keepPaste ?? false,
  };
}
