import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { goldenLinks } from '../scenario/fixtures/golden-links';
import { encode } from '../scenario/index';
import { LTV_ROI_START } from '../scenario/labs/ltv-roi';
import { ALLOCATION_START } from '../scenario/labs/allocation';
import { addLinks, emptyBoard, groupByLab, parseBoardLink, type BoardTeam } from './board';
import { bestOf, boardTable, type BoardTable, type Better, type CellValue } from './board-table';

function teams(...links: string[]): BoardTeam[] {
  const { groups } = groupByLab(addLinks(emptyBoard(), links.map(parseBoardLink)));
  return groups.flatMap((g) => g.teams);
}
const row = (t: BoardTable, id: string) => {
  const found = t.rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const near = (values: readonly CellValue[]) =>
  values.map((v) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v));

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

describe('the value equation lab side by side', () => {
  // Team 1, the lab's start: (7 + 6) ÷ (6 + 5) = 1.1818 against (7 + 5) ÷ (5 + 6) = 1.0909, relative 13 ÷ 12 = 1.0833.
  // Team 2, the Lexus preset: (8.5 + 9) ÷ (8 + 2.5) = 1.6667 against (8.5 + 7) ÷ (7.5 + 6) = 1.1481, relative 1.4516.
  const t = boardTable(
    'value-equation',
    teams(...goldenLinks['value-equation'].map((g) => `/labs/value-equation/#${g.fragment}`)),
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

describe('the lifetime ROI lab side by side', () => {
  // Lesson 4's homeware shop: first orders earn 400 × 100 × 40% = 16,000 on 20,000 spent, ROI −20%.
  // The same campaign at twice the spend: (16,000 − 40,000) ÷ 40,000 = −60%.
  const shop = `/labs/ltv-roi/#${encode('ltv-roi', LTV_ROI_START)}`;
  const dear = `/labs/ltv-roi/#${encode('ltv-roi', { ...LTV_ROI_START, spend: 40000 })}`;
  const t = boardTable('ltv-roi', teams(shop, dear));

  test('first-sale ROI is worked out by the lab’s report, and the cheaper campaign is best', () => {
    expect(near(row(t, 'firstSaleRoi').values)).toEqual([-0.2, -0.6]);
    expect(row(t, 'firstSaleRoi').best).toEqual([0]);
    expect(row(t, 'lifetimeRoi').best).toEqual([0]);
    expect(row(t, 'margin').values).toEqual([0.4, 0.4]);
  });

  test('an earlier payback is better; the same lifetime value for both marks no one', () => {
    const payback = row(t, 'paybackYear');
    expect(payback.better).toBe('lower');
    expect(payback.values[0]).toBe(1);
    expect(payback.best).toEqual([0]);
    expect(row(t, 'clv').best).toEqual([]);
  });

  test('with different currencies, money rows are not compared, and rates still are', () => {
    const euro = `/labs/ltv-roi/#${encode('ltv-roi', { ...LTV_ROI_START, currency: 'EUR', firstOrder: 150 })}`;
    const mixed = boardTable('ltv-roi', teams(shop, euro));
    expect(mixed.currencies).toEqual(['USD', 'EUR']);
    expect(row(mixed, 'clv')).toMatchObject({
      best: [],
      note: expect.stringMatching(/different currencies/) as string,
    });
    expect(row(mixed, 'lifetimeRoi').best).toEqual([1]);
  });

  test('the headline for the chart is lifetime ROI', () => {
    expect(t.headline).toMatchObject({ id: 'lifetimeRoi', format: 'roi' });
    expect(t.headline.values).toEqual(row(t, 'lifetimeRoi').values);
    expect(t.problems).toEqual([]);
  });
});

describe('the allocation lab side by side', () => {
  const start = `/labs/allocation/#${encode('allocation', ALLOCATION_START)}`;
  const none = `/labs/allocation/#${encode('allocation', { ...ALLOCATION_START, budget: 0 })}`;
  const t = boardTable('allocation', teams(start, none));

  test('the best strategy’s uplift and ROI come from the lab’s report', () => {
    expect(row(t, 'bestStrategy').values).toEqual(['Best split', 'Best split']);
    expect(row(t, 'customers').values).toEqual([30000, 30000]);
    // Value now: 2,000 × 1,000 + 8,000 × 300 + 20,000 × 100 = 6,400,000; the most it could add:
    // 2,000 × 170 + 8,000 × 60 + 20,000 × 34 = 1,500,000.
    expect(row(t, 'valueBefore').values).toEqual([6400000, 6400000]);
    expect(row(t, 'totalUpside').values).toEqual([1500000, 1500000]);
    expect(row(t, 'bestUplift').values[1]).toBe(0);
    expect(row(t, 'bestRoi').values[1]).toBe(0);
    expect(row(t, 'bestRoi').best).toEqual([0]);
    expect(t.headline.id).toBe('bestRoi');
  });
});

describe('the say–do gap poll side by side', () => {
  // Lesson 8's room: 13 of 20 against 8 of 20, a gap of 25 points, interval about −5 to +50.
  const t = boardTable(
    'perception-gap',
    teams(...goldenLinks['perception-gap'].map((g) => `/lessons/closing-the-say-do-gap/#${g.fragment}`)),
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
