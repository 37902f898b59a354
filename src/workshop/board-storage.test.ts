import { describe, expect, test } from 'vitest';
import { goldenLinks } from '../scenario/fixtures/golden-links';
import { addLinks, emptyBoard, parseBoardLink, parseBoardLinks, type BoardState } from './board';
import { parseStoredBoard, serializeBoard } from './board-storage';

const ltv = `/labs/ltv-roi/#${goldenLinks['ltv-roi'][1]?.fragment ?? ''}`;
const alloc = `/labs/allocation/#${goldenLinks.allocation[1]?.fragment ?? ''}`;

const summary = (board: BoardState) =>
  board.entries.map((e) =>
    e.link.ok ? [e.name, e.link.lab, e.link.fragment] : ['flagged', e.link.source, e.link.reason],
  );

describe('the board kept in this browser', () => {
  const board = addLinks(emptyBoard('Warsaw, day 2'), parseBoardLinks(`${ltv}\n/labs/nope/#v=1\n${alloc}`), ['Red']);

  test('opens as it was saved: title, teams in order with their names, and the flagged link with its reason', () => {
    const reopened = parseStoredBoard(serializeBoard(board));
    expect(reopened.title).toBe('Warsaw, day 2');
    expect(summary(reopened)).toEqual(summary(board));
    expect(summary(reopened)[1]).toEqual(['flagged', '/labs/nope/#v=1', 'This is not one of the course’s labs.']);
    // A reopened team links back to its scenario in its lab.
    expect(reopened.entries[0]?.link.source).toMatch(/^\/labs\/ltv-roi\/#v=1&cur=PLN&/);
  });

  test('is versioned JSON holding each team’s scenario as its lab’s own link fragment', () => {
    const data = JSON.parse(serializeBoard(board)) as { v: number; entries: { scenario?: string }[] };
    expect(data.v).toBe(1);
    expect(data.entries[0]?.scenario).toBe(parseBoardLink(ltv).ok ? goldenLinks['ltv-roi'][1]?.fragment : '');
  });

  test('holds more teams than a board link can, with no 16-team limit', () => {
    const many = addLinks(emptyBoard(), parseBoardLinks(Array.from({ length: 20 }, () => ltv).join('\n')));
    expect(parseStoredBoard(serializeBoard(many)).entries).toHaveLength(20);
  });

  test.each([
    ['nothing', null],
    ['empty text', ''],
    ['not JSON', '{v:1'],
    ['a list', '[1,2]'],
    ['no entries', '{"v":1,"title":"T"}'],
  ])('%s opens an empty board', (_, raw) => {
    expect(parseStoredBoard(raw).entries).toEqual([]);
  });

  test('damaged entries are dropped and the rest open; a damaged scenario opens with the lab’s rules', () => {
    const raw = JSON.stringify({
      v: 1,
      title: 42,
      entries: [
        { lab: '__proto__', name: 'X', scenario: 'v=1' },
        { lab: 'ltv-roi', name: 7, scenario: 'v=1&spend=0' },
        'junk',
        null,
        { pasted: 'text', reason: 'why' },
        { lab: 'value-equation', name: 'Blue', scenario: `v=1&yn=${'a'.repeat(5000)}` },
      ],
    });
    const board = parseStoredBoard(raw);
    expect(board.title).toBe('Compare board');
    expect(summary(board).map((s) => s[0])).toEqual(['Team 1', 'flagged']);
    const team = board.entries[0]?.link;
    expect(team?.ok && team.issues[0]?.message).toMatch(/campaign spend/);
  });
});
