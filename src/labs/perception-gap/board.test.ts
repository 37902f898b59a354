import { describe, expect, test } from 'vitest';
import { goldenLinks } from '../../scenario/fixtures/golden-links';
import { boardTable } from '../../workshop/board-table';
import { boardTeams, near, row } from '../board-test-support';

describe('the say–do gap poll side by side', () => {
  // Lesson 8's room: 13 of 20 against 8 of 20, a gap of 25 points, interval about −5 to +50.
  const t = boardTable(
    'perception-gap',
    boardTeams(...goldenLinks['perception-gap'].map((g) => `/lessons/closing-the-say-do-gap/#${g.fragment}`)),
  );

  test('shares, gap and interval come from the calculator, and no team is “best”', () => {
    expect(near(row(t, 'gap').values)).toEqual([0.25, -1]);
    expect(Math.round((row(t, 'low').values[0] as number) * 100)).toBe(-5);
    expect(Math.round((row(t, 'high').values[0] as number) * 100)).toBe(50);
    expect(row(t, 'clear').values).toEqual(['Not yet', 'Yes']);
    expect(t.rows.every((r) => r.best.length === 0)).toBe(true);
    expect(t.headline.id).toBe('gap');
  });
});
