import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_FRAGMENT_LENGTH } from '../scenario/codec';
import { cleanText } from '../scenario/fields';
import { goldenLinks } from '../scenario/fixtures/golden-links';
import { MAX_BOARD_TEAMS, boardLink, boardScenario, decodeBoard, packTeam, unpackTeam } from './board-link';
import { addLinks, emptyBoard, parseBoardLink, type BoardState, type ParsedLink } from './board';
import { goldenBoardLinks } from './fixtures/golden-links';

const teamsOf = (board: BoardState) =>
  board.entries.map((e) => (e.link.ok ? { lab: e.link.lab, name: e.name, fragment: e.link.fragment } : null));

const ltvLink = parseBoardLink(`/labs/ltv-roi/#${goldenLinks['ltv-roi'][1]?.fragment ?? ''}`);
const allocLink = parseBoardLink(`/labs/allocation/#${goldenLinks.allocation[1]?.fragment ?? ''}`);

describe('board links', () => {
  test.each(goldenBoardLinks.map((g) => [g.title, g] as const))(
    'golden board “%s” opens as it did when it shipped, and is written the same way, unused slots left out',
    (_, golden) => {
      const { board, issues } = decodeBoard(golden.fragment);
      expect(issues).toEqual([]);
      expect(board.title).toBe(golden.title);
      expect(teamsOf(board)).toEqual(golden.teams);
      for (const entry of board.entries) expect(entry.link).toMatchObject({ ok: true, issues: [] });
      if (golden.version === boardScenario.version)
        expect(boardLink(board)).toEqual({ ok: true, fragment: golden.fragment.replace(/&t\d+=(?=&|$)/g, '') });
    },
  );

  test('every version has a golden board link', () => {
    for (let version = 1; version <= boardScenario.version; version++)
      expect(goldenBoardLinks.some((g) => g.version === version)).toBe(true);
  });

  test('an empty fragment opens an empty board with nothing to report', () => {
    const { board, issues } = decodeBoard('');
    expect(issues).toEqual([]);
    expect(board.entries).toEqual([]);
  });

  test('a team opened from a board link carries the link that reopens it in its lab', () => {
    const { board } = decodeBoard(goldenBoardLinks[0]?.fragment ?? '');
    expect(board.entries[2]?.link.source).toBe(
      '/lessons/closing-the-say-do-gap/#v=1&an=Board&aa=0&as=7&bn=Shop%20floor,%20Krak%C3%B3w&ba=312&bs=312',
    );
  });

  test('only readable teams are written, in board order; flagged links and unused slots stay off the link', () => {
    const bad = parseBoardLink('/labs/nope/#v=1');
    const board = addLinks(emptyBoard('Day 1'), [bad, allocLink, ltvLink]);
    const link = boardLink(board);
    expect(link.ok).toBe(true);
    if (link.ok) {
      expect(link.fragment).toMatch(
        /^v=1&n=Day%201&t1=allocation!Team%201!v~1!cur~EUR!.*&t2=ltv-roi!Team%202!v~1!cur~PLN![^&]*$/,
      );
      expect(teamsOf(decodeBoard(link.fragment).board)).toEqual(teamsOf(board).filter((t) => t !== null));
    }
  });

  test('a damaged team is left out with a plain-words issue; the others open', () => {
    const good = goldenBoardLinks[0]?.fragment ?? '';
    const damaged = good.replace('t2=allocation!', 't2=pricing!');
    const { board, issues } = decodeBoard(damaged);
    // Names travel in the link, so the fourth team keeps its “Team 4”.
    expect(board.entries.map((e) => e.name)).toEqual(['Red', '100% “ours”!', 'Team 4']);
    expect(issues).toEqual([
      { field: 'slots.t2', message: 'Team 2: “pricing” is not one of the course’s labs, so it was left out.' },
    ]);
  });

  test.each([
    ['t1=ltv-roi', /Team 1: it is not a team written by this board, so it was left out\./],
    ['t1=ltv-roi!X!v~9!spend~5', /Team 1: it comes from a newer version of the course/],
    [
      't1=ltv-roi!X!v~1!spend~0',
      /Team 1 had values that could not be used \(The campaign spend: 0 is below the minimum of 1/,
    ],
  ])('%s is reported in words', (slot, message) => {
    const { issues } = decodeBoard(`v=1&${slot}`);
    expect(issues.map((i) => i.message).join(' ')).toMatch(message);
  });

  test('more than 16 teams, or more than 4 KB, cannot be shared, and the board says why', () => {
    const many = addLinks(
      emptyBoard(),
      Array.from({ length: MAX_BOARD_TEAMS + 1 }, () => allocLink),
    );
    expect(boardLink(many)).toEqual({
      ok: false,
      reason: expect.stringMatching(/at most 16 teams, and this board has 17/) as string,
    });
    const long = addLinks(
      emptyBoard(),
      Array.from({ length: MAX_BOARD_TEAMS }, () => ltvLink),
      Array(16).fill('ł'.repeat(40)),
    );
    const link = boardLink(long);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.reason).toMatch(/too long to share as a link \(\d KB; a link holds 4 KB\)/);
  });

  test('eight teams of the longest default scenarios fit in one link', () => {
    const board = addLinks(
      emptyBoard(),
      Array.from({ length: 8 }, (_, i) => (i % 2 ? ltvLink : allocLink)),
    );
    const link = boardLink(board);
    expect(link.ok && link.fragment.length < MAX_FRAGMENT_LENGTH).toBe(true);
  });

  test('a board link over 4 KB is refused whole', () => {
    const { board, issues } = decodeBoard(`v=1&n=${'x'.repeat(MAX_FRAGMENT_LENGTH)}`);
    expect(board.entries).toEqual([]);
    expect(issues[0]?.field).toBe('link');
  });
});

describe('board links: properties', () => {
  const names = fc.string({ unit: 'grapheme', maxLength: 50 }).map((s) => cleanText(s, 40));
  const pieces: ParsedLink[] = [
    ltvLink,
    allocLink,
    parseBoardLink(`/labs/value-equation/#${goldenLinks['value-equation'][1]?.fragment ?? ''}`),
    parseBoardLink(`/lessons/closing-the-say-do-gap/#${goldenLinks['perception-gap'][1]?.fragment ?? ''}`),
    parseBoardLink('/labs/value-equation/#v=1&yn=%21%7E%25%26%3D%2C!~&pq=2'),
  ];

  test('any board of readable teams survives the round trip through its link', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), names), { maxLength: 8 }), names, (teams, title) => {
        const board = addLinks(
          emptyBoard(title || 'Board'),
          teams.map(([l]) => l),
          teams.map(([, n]) => n),
        );
        const link = boardLink(board);
        if (!link.ok) return;
        const back = decodeBoard(link.fragment);
        expect(back.issues).toEqual([]);
        expect(teamsOf(back.board)).toEqual(teamsOf(board));
        expect(boardLink(back.board)).toEqual(link);
      }),
      { numRuns: 300 },
    );
  });

  test('a team packs and unpacks to itself, whatever its name', () => {
    fc.assert(
      fc.property(names, fc.constantFrom(...pieces), (name, link) => {
        if (!link.ok) return;
        const team = { lab: link.lab, name, fragment: link.fragment };
        expect(unpackTeam(packTeam(team))).toEqual({ ok: true, value: { ...team, issues: [] } });
      }),
      { numRuns: 500 },
    );
  });

  test('decoding never throws, and every team it opens is valid', () => {
    const keys = ['v', 'n', 't1', 't2', 't16', 't17', '__proto__'];
    const slot = fc.oneof(
      fc.string(),
      fc.constantFrom('ltv-roi!A!v~1', 'allocation!!v~1!tn~a,b', 'perception-gap!%!v~1!aa~9!as~3', 'constructor!x!y'),
    );
    const linkish = fc
      .array(fc.tuple(fc.constantFrom(...keys), slot), { maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), linkish, fc.webFragments()), (fragment) => {
        const { board, issues } = decodeBoard(fragment);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
        for (const entry of board.entries) {
          expect(entry.link.ok).toBe(true);
          expect(entry.name.length).toBeGreaterThan(0);
        }
        // What opened can be shared again, and reopens the same.
        const link = boardLink(board);
        if (link.ok) {
          const again = decodeBoard(link.fragment);
          expect(again.issues).toEqual([]);
          expect(teamsOf(again.board)).toEqual(teamsOf(board));
        }
      }),
      { numRuns: 1000 },
    );
    // CPU-bound: give it room on a busy two-core machine (it takes about two seconds when idle).
  }, 30_000);
});
