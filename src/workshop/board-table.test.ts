import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { goldenLinks } from '../scenario/fixtures/golden-links';
import { boardTeams as teams } from '../labs/board-test-support';
import { bestOf, boardTable, type Better, type CellValue } from './board-table';

describe('best value per row', () => {
  test.each<[CellValue[], Better, number[]]>([
    [[1, 2, 3], 'higher', [2]],
    [[1, 2, 3], 'lower', [0]],
    [[3, 3, 1], 'higher', [0, 1]],
    [[2, 2], 'higher', []],
    [[5], 'higher', []],
    [[1, null], 'lower', [0]],
    [[null, null], 'higher', []],
    [[-0.2, -0.6], 'higher', [0]],
    [[0.1 + 0.2, 0.3, 0.1], 'higher', [0, 1]],
    [['Yes', 'No'], 'higher', []],
    [[1, 2, 3], null, []],
  ])('%j, %s is better: best %j', (values, better, best) => {
    expect(bestOf(values, better)).toEqual(best);
  });

  test('the best is never beaten by another team', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null)), { maxLength: 8 }),
        fc.constantFrom<Better>('higher', 'lower'),
        (values, better) => {
          for (const i of bestOf(values, better)) {
            const mine = values[i] ?? 0;
            // Within the tie tolerance: values a billionth apart are level, not beaten.
            const slack = (other: number) => 1e-9 * Math.max(1, Math.abs(other), Math.abs(mine));
            for (const other of values)
              if (typeof other === 'number')
                expect(better === 'higher' ? mine >= other - slack(other) : mine <= other + slack(other)).toBe(true);
          }
        },
      ),
    );
  });
});

test('teams of another lab are refused, naming the team', () => {
  const mixed = teams(`/labs/ltv-roi/#${goldenLinks['ltv-roi'][0]?.fragment ?? ''}`);
  expect(() => boardTable('allocation', mixed)).toThrow(/^teams\[0\] is a ltv-roi scenario, not allocation/);
});

test('any valid teams give a full table with one value per team in every row', () => {
  const fragments = [
    ...goldenLinks['ltv-roi'].map((g) => `/labs/ltv-roi/#${g.fragment}`),
    `/labs/ltv-roi/#v=1&retention=100&discount=0&years=50`,
    `/labs/ltv-roi/#v=1&customers=0`,
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 6 }), (links) => {
      const t = boardTable('ltv-roi', teams(...links));
      for (const r of t.rows) {
        expect(r.values).toHaveLength(links.length);
        for (const v of r.values) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }
    }),
    { numRuns: 100 },
  );
});
