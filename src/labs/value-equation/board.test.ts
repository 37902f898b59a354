import { describe, expect, test } from 'vitest';
import { goldenLinks } from '../../scenario/fixtures/golden-links';
import { boardTable } from '../../workshop/board-table';
import { boardTeams, near, row } from '../board-test-support';

describe('the value equation lab side by side', () => {
  // Team 1, the lab's start: (7 + 6) ÷ (6 + 5) = 1.1818 against (7 + 5) ÷ (5 + 6) = 1.0909, relative 13 ÷ 12 = 1.0833.
  // Team 2, the Lexus preset: (8.5 + 9) ÷ (8 + 2.5) = 1.6667 against (8.5 + 7) ÷ (7.5 + 6) = 1.1481, relative 1.4516.
  const t = boardTable(
    'value-equation',
    boardTeams(...goldenLinks['value-equation'].map((g) => `/labs/value-equation/#${g.fragment}`)),
  );

  test('the teams’ inputs and values sit in rows, from the lab’s report', () => {
    expect(t.teams.map((x) => x.name)).toEqual(['Team 1', 'Team 2']);
    expect(row(t, 'yourName').values).toEqual(['Your offer', 'Lexus (illustrative)']);
    expect(near(row(t, 'yourValue').values)).toEqual([1.1818, 1.6667]);
    expect(near(row(t, 'competitorValue').values)).toEqual([1.0909, 1.1481]);
    expect(near(row(t, 'relative').values)).toEqual([1.0833, 1.4516]);
  });

  test('outputs where more is better mark the best team; inputs mark none', () => {
    expect(row(t, 'relative')).toMatchObject({ better: 'higher', best: [1] });
    expect(row(t, 'you.price')).toMatchObject({ kind: 'input', better: null, best: [] });
    expect(t.rows.filter((r) => r.kind === 'input').every((r) => r.better === null)).toBe(true);
  });

  test('the headline for the chart is the relative value', () => {
    expect(t.headline.id).toBe('relative');
    expect(near(t.headline.values)).toEqual([1.0833, 1.4516]);
    expect(t.currencies).toEqual([null, null]);
  });
});
