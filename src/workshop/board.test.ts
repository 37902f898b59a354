import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { goldenLinks } from '../scenario/fixtures/golden-links';
import { defaults, encode } from '../scenario/index';
import {
  addLinks,
  emptyBoard,
  groupByLab,
  linkCandidates,
  moveEntry,
  nextTeamName,
  parseBoardLink,
  parseBoardLinks,
  parsePastedTeams,
  removeEntry,
  renameTeam,
  type ParsedLink,
} from './board';

const ltv = goldenLinks['ltv-roi'][1];
const alloc = goldenLinks.allocation[1];
const gap = goldenLinks['perception-gap'][1];
const ve = goldenLinks['value-equation'][1];
if (!ltv || !alloc || !gap || !ve) throw new Error('golden links are missing');

const reason = (link: ParsedLink): string => (link.ok ? 'read' : link.reason);

describe('reading one link', () => {
  test.each([
    ['absolute', `https://course.example.org/labs/ltv-roi/#${ltv.fragment}`],
    ['relative', `/labs/ltv-roi/#${ltv.fragment}`],
    ['without a scheme, as a printed plan shows it', `course.example.org/labs/ltv-roi/#${ltv.fragment}`],
    ['without the trailing slash', `http://localhost:4321/labs/ltv-roi#${ltv.fragment}`],
    ['under a base path', `https://example.org/valued/labs/ltv-roi/#${ltv.fragment}`],
  ])('a lab link (%s) opens its scenario', (_, text) => {
    const link = parseBoardLink(text);
    expect(link).toMatchObject({ ok: true, lab: 'ltv-roi', state: ltv.state, issues: [], fragment: ltv.fragment });
  });

  test('the say–do gap lesson’s link opens the poll it carries', () => {
    expect(parseBoardLink(`/lessons/closing-the-say-do-gap/#${gap.fragment}`)).toMatchObject({
      ok: true,
      lab: 'perception-gap',
      state: gap.state,
    });
  });

  test('a short link (defaults left out) opens with the lab’s starting values filled in', () => {
    const link = parseBoardLink('/labs/ltv-roi/#v=1&cur=EUR&spend=35000');
    expect(link).toMatchObject({ ok: true, state: { ...defaults('ltv-roi'), currency: 'EUR', spend: 35000 } });
  });

  test('a damaged value is reset with the codec’s issue, and the team stays on the board', () => {
    const link = parseBoardLink('/labs/value-equation/#v=1&pq=11');
    expect(link.ok).toBe(true);
    if (link.ok) {
      expect(link.issues).toEqual([
        { field: 'you.productQuality', message: expect.stringMatching(/above the maximum of 10/) as string },
      ]);
      expect(link.fragment).toBe(encode('value-equation', defaults('value-equation')));
    }
  });

  test.each([
    ['not a link', 'https://exa mple.org/labs/ltv-roi/#v=1', /^This is not a link\./],
    ['another scheme', 'mailto:someone@example.org/labs/ltv-roi/#v=1', /not a web link/],
    ['not one of our labs', '/labs/pricing/#v=1&x=2', /not one of the course’s labs/],
    ['a lab with no links', '/labs/customer-base/#v=1', /puts no scenario in its links/],
    ['the poll is not a lab page', '/labs/perception-gap/#v=1', /not one of the course’s labs/],
    ['a lesson without a lab’s scenario', '/lessons/the-value-equation/#v=1&pq=3', /lesson page, not a lab/],
    ['another page', 'https://example.org/pricing/#v=1', /does not open one of the course’s labs/],
    ['no scenario', '/labs/allocation/', /no scenario in it/],
    [
      'a heading anchor, not a scenario',
      '/lessons/closing-the-say-do-gap/#reading-a-poll-honestly',
      /no scenario in it/,
    ],
    ['too long', `/labs/ltv-roi/#v=1&yn=${'a'.repeat(5000)}`, /too long to be a scenario \(over 4 KB\)/],
    ['a fragment over 4 KB', `/labs/value-equation/#v=1&yn=${'a'.repeat(4100)}`, /too long/],
    ['a newer format version', `/labs/allocation/#v=2&budget=5`, /newer version of the course/],
  ])('%s is flagged with the reason in plain words', (_, text, why) => {
    const link = parseBoardLink(text);
    expect(link.ok).toBe(false);
    expect(reason(link)).toMatch(why);
    expect(link.source.length).toBeLessThanOrEqual(201);
  });
});

describe('reading pasted text', () => {
  const a = `https://course.example.org/labs/allocation/#${alloc.fragment}`;
  const b = `/labs/ltv-roi/#${ltv.fragment}`;
  const c = `/lessons/closing-the-say-do-gap/#${gap.fragment}`;
  const d = `https://course.example.org/labs/value-equation/#${ve.fragment}`;

  test.each([
    ['newlines', `${a}\n${b}\r\n\n${c}\n${d}\n`],
    ['spaces and tabs', `${a} ${b}\t${c}  ${d}`],
    ['commas', `${a},${b}, ${c},${d}`],
    ['a chat message with names and punctuation', `Team red: <${a}>, blue: (${b}). Poll: "${c}"; and ${d}.`],
  ])('links separated by %s are each read, and the commas inside them kept', (_, text) => {
    const links = parseBoardLinks(text);
    expect(links.map((l) => (l.ok ? l.lab : l.reason))).toEqual([
      'allocation',
      'ltv-roi',
      'perception-gap',
      'value-equation',
    ]);
    expect(links[0]).toMatchObject({ state: alloc.state, issues: [] });
  });

  test('a bad link among good ones is flagged on its own and changes nothing else', () => {
    const links = parseBoardLinks(`${a}\n/labs/nope/#v=1\n${b}`);
    expect(links.map((l) => l.ok)).toEqual([true, false, true]);
    expect(links[2]).toMatchObject({ lab: 'ltv-roi', state: ltv.state, issues: [] });
  });

  test.each([
    ['<https://h.org/labs/x/#v=1>,', 'https://h.org/labs/x/#v=1'],
    ['(/labs/x/#v=1).', '/labs/x/#v=1'],
    ['“/labs/x/#v=1”;', '/labs/x/#v=1'],
    ['/labs/value-equation/#v=1&yn=Acme%20(Poland)', '/labs/value-equation/#v=1&yn=Acme%20(Poland)'],
    ['/labs/x/#v=1&lift=0.', '/labs/x/#v=1&lift=0'],
  ])('%s is unwrapped to %s', (text, link) => {
    expect(linkCandidates(text)).toEqual([link]);
  });

  test('a short name before a link on its line names the team; chat and several links on a line do not', () => {
    const text = [
      `Team Red: ${a}`,
      `Blue team - <${b}>`,
      `Green -> ${c}`,
      `here is ours, sorry it is late ${d}`,
      `[10:32] Anna Kowalska from the Warsaw office: ${a}`,
      b,
      `Yellow: ${c} ${d}`,
    ].join('\n');
    const { links, names } = parsePastedTeams(text);
    expect(links.map((l) => l.ok)).toEqual([true, true, true, true, true, true, true, true]);
    expect(names).toEqual(['Team Red', 'Blue team', 'Green', '', '', '', '', '']);
  });

  test('prose words are skipped; only link-like pieces are read', () => {
    expect(linkCandidates('Here are our links, thanks!')).toEqual([]);
    expect(linkCandidates('see /labs/x/ and #v=1')).toEqual(['/labs/x/', '#v=1']);
  });

  test('pasted text never throws, and each piece is read or flagged with a reason', () => {
    const piece = fc.oneof(
      fc.constantFrom(a, b, c, d, '/labs/', '#v=1', 'https://', 'x=y'),
      fc.webUrl({ withFragments: true }),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.constantFrom(' ', '\n', ',', ', '), (pieces, sep) => {
        for (const link of parseBoardLinks(pieces.join(sep))) {
          if (!link.ok) expect(link.reason.length).toBeGreaterThan(10);
          else expect(link.fragment).toMatch(/^v=1&/);
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(() => parseBoardLinks(text)).not.toThrow();
      }),
    );
  });
});

describe('the board', () => {
  const a = parseBoardLink(`/labs/allocation/#${alloc.fragment}`);
  const b = parseBoardLink(`/labs/ltv-roi/#${ltv.fragment}`);
  const bad = parseBoardLink('/labs/nope/#v=1');
  const c = parseBoardLink(`/labs/ltv-roi/#${goldenLinks['ltv-roi'][0]?.fragment ?? ''}`);

  test('each readable link becomes a team with a default name; a bad one is flagged, not named', () => {
    const board = addLinks(emptyBoard(), [a, bad, b, c]);
    expect(board.entries.map((e) => [e.id, e.name, e.link.ok])).toEqual([
      [1, 'Team 1', true],
      [2, '', false],
      [3, 'Team 2', true],
      [4, 'Team 3', true],
    ]);
    expect(board.nextId).toBe(5);
  });

  test('names given with the links are used, cleaned and capped', () => {
    const board = addLinks(emptyBoard(), [a, b], ['  Red\u202e team ', 'x'.repeat(60)]);
    expect(board.entries.map((e) => e.name)).toEqual(['Red team', 'x'.repeat(40)]);
  });

  test('a default name never repeats one already on the board', () => {
    let board = addLinks(emptyBoard(), [a, b, c]);
    board = removeEntry(board, 1);
    board = addLinks(board, [a]);
    expect(board.entries.map((e) => e.name)).toEqual(['Team 2', 'Team 3', 'Team 4']);
    expect(nextTeamName([])).toBe('Team 1');
  });

  test('teams can be renamed; an empty name or a flagged entry is left as it was', () => {
    let board = addLinks(emptyBoard(), [a, bad]);
    board = renameTeam(board, 1, ' Blue ');
    expect(board.entries[0]?.name).toBe('Blue');
    expect(renameTeam(board, 1, '  ')).toBe(board);
    expect(renameTeam(board, 2, 'Ghost').entries[1]?.name).toBe('');
  });

  test('entries can be removed and reordered, ids never reused', () => {
    let board = addLinks(emptyBoard(), [a, b, c]);
    board = moveEntry(board, 3, 0);
    expect(board.entries.map((e) => e.id)).toEqual([3, 1, 2]);
    board = moveEntry(board, 3, 99);
    expect(board.entries.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(moveEntry(board, 42, 0)).toBe(board);
    expect(moveEntry(board, 1, Number.NaN)).toBe(board);
    board = addLinks(removeEntry(board, 3), [b]);
    expect(board.entries.map((e) => e.id)).toEqual([1, 2, 4]);
  });

  test('teams are grouped by lab in course order, unread entries apart', () => {
    const board = addLinks(emptyBoard(), [b, a, bad, c]);
    const { groups, unread } = groupByLab(board);
    expect(groups.map((g) => [g.lab, g.teams.map((t) => t.name)])).toEqual([
      ['ltv-roi', ['Team 1', 'Team 3']],
      ['allocation', ['Team 2']],
    ]);
    expect(unread.map((e) => e.id)).toEqual([3]);
  });

  test('moving entries keeps every entry exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: -2, max: 8 })), { maxLength: 10 }),
        (moves) => {
          let board = addLinks(emptyBoard(), [a, b, c, bad, a]);
          for (const [id, to] of moves) board = moveEntry(board, id, to);
          expect(board.entries.map((e) => e.id).sort()).toEqual([1, 2, 3, 4, 5]);
        },
      ),
    );
  });
});
