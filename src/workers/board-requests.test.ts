import { describe, expect, test } from 'vitest';
import { goldenBoardLinks } from '../workshop/fixtures/golden-links';
import { applyBoardAction } from '../workshop/board-view';
import { emptyBoard } from '../workshop/board';
import { boardLink } from '../workshop/board-link';
import { serializeBoard } from '../workshop/board-storage';
import { answerBoardRequest, openBoard } from './board-requests';

const golden = goldenBoardLinks[0]?.fragment ?? '';
const own = applyBoardAction(emptyBoard(), { kind: 'paste', text: '/labs/nope/#v=1' }).board;
const example = applyBoardAction(own, { kind: 'example' }).board;
const saved = serializeBoard(example);

describe('opening the board page', () => {
  test('a board link wins over the board kept in this browser, and says where it came from', () => {
    const opened = openBoard(golden, saved);
    expect(opened.origin).toBe('link');
    expect(opened.issues).toEqual([]);
    expect(opened.state.entries.map((e) => e.name)).toEqual(['Red', 'Team 2', '100% “ours”!', 'Team 4']);
  });

  test('without a link, the board kept here opens (flagged links and all)', () => {
    const withFlagged = serializeBoard(own);
    expect(openBoard(undefined, withFlagged)).toMatchObject({ origin: 'saved', issues: [] });
    expect(openBoard(undefined, undefined)).toMatchObject({ origin: 'start', issues: [] });
    // An empty board kept here is nothing to resume.
    expect(openBoard(undefined, serializeBoard(emptyBoard()))).toMatchObject({ origin: 'start' });
  });

  test('this browser’s own board coming back in its link (a reload) opens from storage, not as someone’s link', () => {
    const link = boardLink(example);
    if (!link.ok) throw new Error(link.reason);
    expect(openBoard(link.fragment, saved)).toMatchObject({ origin: 'saved' });
  });

  test('a damaged link opens what it can, with a plain-words note for each part it could not use', () => {
    const damaged = openBoard(golden.replace('t2=allocation!', 't2=pricing!'), undefined);
    expect(damaged.origin).toBe('link');
    expect(damaged.issues).toEqual(['Team 2: “pricing” is not one of the course’s labs, so it was left out.']);
    expect(damaged.state.entries).toHaveLength(3);
  });

  test('answers carry the request’s id and the view', () => {
    const answer = answerBoardRequest({ id: 9, kind: 'act', board: emptyBoard(), action: { kind: 'example' } });
    expect(answer).toMatchObject({ id: 9, kind: 'act', keepPaste: false });
    expect(answer.view.teamCount).toBe(3);
  });
});
