import { describe, expect, test } from 'vitest';
import { encode } from '../scenario/index';
import { LTV_ROI_START } from '../scenario/labs/ltv-roi';
import { addLinks, emptyBoard, parseBoardLinks, type BoardState } from './board';
import { EXAMPLE_TITLE, applyBoardAction, boardView, exampleLinks, formatCell } from './board-view';

const shop = `/labs/ltv-roi/#${encode('ltv-roi', LTV_ROI_START)}`;
const cheaper = `/labs/ltv-roi/#${encode('ltv-roi', { ...LTV_ROI_START, spend: 10000 })}`;
const board = (text: string): BoardState => addLinks(emptyBoard('Day 1'), parseBoardLinks(text));
const names = (b: BoardState) => b.entries.map((e) => e.name || 'flagged');

describe('what the board shows', () => {
  const view = boardView(board(`${shop}\n/labs/nope/#v=1\n${cheaper}`), 'en-US');
  const group = view.groups[0];
  const row = (id: string) => [...(group?.inputs ?? []), ...(group?.outputs ?? [])].find((r) => r.id === id);

  test('the readable teams are grouped by lab, the unreadable link flagged with its reason', () => {
    expect(view.groups.map((g) => g.title)).toEqual(['Lifetime ROI']);
    expect(group?.teams.map((t) => [t.name, t.place, t.of])).toEqual([
      ['Team 1', 0, 2],
      ['Team 2', 1, 2],
    ]);
    expect(group?.teams[0]?.href).toBe(shop);
    expect(view.flagged).toEqual([
      { id: 2, source: '/labs/nope/#v=1', reason: 'This is not one of the course’s labs.' },
    ]);
  });

  test('cells are formatted as the labs show them, and the best of each comparable row is marked', () => {
    // Lesson 4's campaign: −20% on the first sale, +36% lifetime; at half the spend both are better.
    expect(row('spend')?.cells).toEqual([
      { text: '$20,000', best: false },
      { text: '$10,000', best: false },
    ]);
    expect(row('firstSaleRoi')?.cells.map((c) => c.text)).toEqual(['−20%', '+60%']);
    expect(row('lifetimeRoi')?.cells.map((c) => c.best)).toEqual([false, true]);
    expect(row('lifetimeRoi')?.better).toBe('higher');
    expect(row('paybackYear')?.cells.map((c) => c.text)).toEqual(['Year 1', 'Year 0 (acquisition)']);
  });

  test('the chart has the headline per team in percent, with the table’s text for its tooltip', () => {
    expect(group?.chart).toMatchObject({
      label: 'ROI credited with lifetime value',
      axis: 'ROI credited with lifetime value (%)',
      labels: ['Team 1', 'Team 2'],
      texts: row('lifetimeRoi')?.cells.map((c) => c.text),
    });
    expect(group?.chart.values[0]).toBeCloseTo(36, 0);
  });

  test('the board’s link holds the two teams; the stored text keeps the flagged link too', () => {
    expect(view.link.ok && view.link.fragment).toMatch(/^v=1&n=Day%201&t1=ltv-roi!Team%201!.*&t2=ltv-roi!Team%202!/);
    expect(JSON.parse(view.stored)).toMatchObject({ entries: [{ lab: 'ltv-roi' }, { pasted: '/labs/nope/#v=1' }, {}] });
  });

  test('a board of more than 16 teams says why it has no link', () => {
    const many = boardView(board(Array.from({ length: 17 }, () => shop).join('\n')));
    expect(many.link).toEqual({ ok: false, reason: expect.stringMatching(/at most 16 teams/) as string });
  });

  test.each([
    [null, 'year', 'Not within the horizon'],
    [null, 'money', '–'],
    [1234.5, 'money', '$1,235'],
    [0.404, 'percent', '40.4%'],
    [0.25, 'points', '+25 points'],
    [1.0833, 'ratio', '1.08'],
    [6.92, 'rating', '6.9'],
    ['Best split', 'text', 'Best split'],
  ] as const)('%s as %s reads “%s”', (value, format, text) => {
    expect(formatCell(value, format, 'USD', 'en-US')).toBe(text);
  });
});

describe('changing the board', () => {
  const start = board(`${shop}\n/labs/nope/#v=1\n${cheaper}\n${shop}`);

  test('pasting adds every link, and says how many were read and flagged', () => {
    const result = applyBoardAction(emptyBoard(), { kind: 'paste', text: `${shop} /labs/nope/#v=1` });
    expect(names(result.board)).toEqual(['Team 1', 'flagged']);
    expect(result.said).toBe('1 team added; 1 link could not be read; see why below.');
    expect(result.keepPaste).toBeUndefined();
  });

  test('a name written before a link names its team', () => {
    const result = applyBoardAction(emptyBoard(), { kind: 'paste', text: `Blue team: ${shop}\n${cheaper}` });
    expect(names(result.board)).toEqual(['Blue team', 'Team 2']);
  });

  test('a scenario pasted twice is compared, with a note on the second', () => {
    const view = boardView(board(`${shop}\n${cheaper}\n${shop}`), 'en-US');
    expect(view.groups[0]?.teams.map((t) => t.issues)).toEqual([
      [],
      [],
      ['The same scenario as Team 1: was its link pasted twice?'],
    ]);
  });

  test('text with no link in it changes nothing and stays in the paste box', () => {
    const result = applyBoardAction(start, { kind: 'paste', text: 'Team red and team blue' });
    expect(result.board).toBe(start);
    expect(result).toMatchObject({ keepPaste: true, said: expect.stringMatching(/No links found/) as string });
  });

  test('moving a team swaps it with its lab’s neighbour, stepping over flagged links', () => {
    const up = applyBoardAction(start, { kind: 'move', id: 3, by: -1 });
    expect(names(up.board)).toEqual(['Team 2', 'Team 1', 'flagged', 'Team 3']);
    expect(up.said).toBe('Team 2 moved up: now 1 of 3 in Lifetime ROI.');
    const down = applyBoardAction(start, { kind: 'move', id: 3, by: 1 });
    expect(names(down.board)).toEqual(['Team 1', 'flagged', 'Team 3', 'Team 2']);
    expect(applyBoardAction(start, { kind: 'move', id: 1, by: -1 }).board).toBe(start);
  });

  test('rename, remove, title', () => {
    const renamed = applyBoardAction(start, { kind: 'rename', id: 1, name: '  Red <b>  ' });
    expect(renamed).toMatchObject({ said: 'Renamed to Red <b>.' });
    expect(names(renamed.board)[0]).toBe('Red <b>');
    expect(applyBoardAction(start, { kind: 'rename', id: 1, name: '   ' }).board).toBe(start);
    expect(applyBoardAction(start, { kind: 'remove', id: 2 })).toMatchObject({ said: 'Flagged link removed.' });
    expect(names(applyBoardAction(start, { kind: 'remove', id: 1 }).board)).toEqual(['flagged', 'Team 2', 'Team 3']);
    expect(applyBoardAction(start, { kind: 'title', title: ' Day 2 ' }).board.title).toBe('Day 2');
  });

  test('the example board: three illustrative teams, one of them from another lab', () => {
    const { board: example, said } = applyBoardAction(emptyBoard(), { kind: 'example' });
    expect(example.title).toBe(EXAMPLE_TITLE);
    expect(said).toMatch(/illustrative/);
    expect(example.entries.every((e) => e.link.ok && e.link.issues.length === 0)).toBe(true);
    expect(example.entries.every((e) => e.name.endsWith('(illustrative)'))).toBe(true);
    expect(boardView(example).groups.map((g) => [g.lab, g.teams.length])).toEqual([
      ['value-equation', 1],
      ['ltv-roi', 2],
    ]);
    expect(exampleLinks()).toHaveLength(3);
  });
});
