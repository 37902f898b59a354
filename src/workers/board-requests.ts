/**
 * What the compare board's worker does (`board.worker.ts` is only its message loop): opens a board
 * from the page's link or from this browser, and applies the facilitator's changes, each time
 * returning the board and everything the page shows of it (`boardView`). The page holds no lab code.
 */
import { openState, type Opened, type Origin } from '../scenario/opening';
import { emptyBoard, type BoardState } from '../workshop/board';
import { decodeBoard, boardLink } from '../workshop/board-link';
import { applyBoardAction, boardView, type BoardAction, type BoardView } from '../workshop/board-view';
import { parseStoredBoard } from '../workshop/board-storage';

export type BoardRequest =
  | {
      id: number;
      kind: 'open';
      /** The page's fragment, when it holds a state (`isScenarioFragment`). */
      fragment: string | undefined;
      /** The board kept in this browser, if any. */
      kept: string | undefined;
    }
  | { id: number; kind: 'act'; board: BoardState; action: BoardAction };

export type BoardResponse =
  | {
      id: number;
      kind: 'open';
      board: BoardState;
      view: BoardView;
      /** Where the board came from: someone's link, this browser, or nowhere yet. */
      origin: Origin;
      /** What in the link could not be used, in plain words (only for a link). */
      issues: string[];
    }
  | { id: number; kind: 'act'; board: BoardState; view: BoardView; said: string; keepPaste: boolean };

/**
 * The board a page opens with, by the course's one rule (`src/scenario/opening.ts`): a board in the
 * link wins, unless it is this browser's own board coming back (a reload), which opens from storage
 * with its flagged links and is not announced as someone else's link.
 */
export function openBoard(fragment: string | undefined, kept: string | undefined): Opened<BoardState> {
  return openState(
    { fragment, kept },
    {
      decode: (text) => {
        const { board, issues } = decodeBoard(text);
        return { state: board, issues };
      },
      encode: (board) => {
        const link = boardLink(board);
        return link.ok ? link.fragment : undefined;
      },
      readKept: parseStoredBoard,
      start: emptyBoard,
      isStart: (board) => board.entries.length === 0,
    },
  );
}

/** Answers one request. Never throws: the functions it calls do not. */
export function answerBoardRequest(request: BoardRequest, locale?: string): BoardResponse {
  if (request.kind === 'open') {
    const opened = openBoard(request.fragment, request.kept);
    return {
      id: request.id,
      kind: 'open',
      board: opened.state,
      view: boardView(opened.state, locale),
      origin: opened.origin,
      issues: opened.issues,
    };
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
