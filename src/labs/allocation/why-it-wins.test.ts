import { describe, expect, test } from 'vitest';
import { allocationReport } from '../../calc/allocation-report';
import { ALLOCATION_START, tiersOf, type AllocationState } from '../../scenario/labs/allocation';
import { whyItWins } from './why-it-wins';

type Tier = [name: string, customers: number, value: number, potential: number, half: number];

function portfolio(budget: number, tiers: Tier[], currency: AllocationState['currency'] = 'USD'): AllocationState {
  return {
    ...ALLOCATION_START,
    currency,
    budget,
    names: tiers.map((t) => t[0]),
    customers: tiers.map((t) => t[1]),
    values: tiers.map((t) => t[2]),
    potentials: tiers.map((t) => t[3]),
    halves: tiers.map((t) => t[4]),
  };
}

function said(state: AllocationState): string {
  const report = allocationReport(tiersOf(state), state.budget);
  if (!report.ok) throw new Error(report.message);
  return whyItWins(state, report);
}

const WINS = (unit: string, units: string, returns: string) =>
  `Why the best split wins: it keeps moving money to whichever tier returns most on the next ${unit}, until every tier it funds returns the same on its last one. Here the last ${unit} in each funded tier returns ${returns} ${units} of value.`;
const OTHERWISE = (unit: string) =>
  ` Any other split moves money from a ${unit} that returns more to one that returns less.`;

// Lesson 6's two tiers: upsides 170 and 34 per customer, half won at 36 and 5. The best split
// equalises the last dollar's return, 170 × 36 ÷ (x + 36)² = 34 × 5 ÷ (y + 5)², so x + 36 = 6(y + 5);
// with 1,000x + 4,000y = 44,000 that is x = 24, y = 5, and the last dollar returns 170 × 36 ÷ 60² = 1.7.
const LESSON_6: Tier[] = [
  ['Top value', 1000, 1000, 1170, 36],
  ['Low value', 4000, 100, 134, 5],
];

describe('why the best split wins, in words', () => {
  test.each([
    [
      'lesson 6’s two tiers, both funded',
      portfolio(44_000, LESSON_6),
      WINS('dollar', 'dollars', '1.7') + OTHERWISE('dollar'),
    ],
    ['the same in euros', portfolio(44_000, LESSON_6, 'EUR'), WINS('euro', 'euros', '1.7') + OTHERWISE('euro')],
    [
      // Only the top tier is funded: 1,000 on 1,000 customers is 1 each, returning 200 × 10 ÷ 11² = 16.53
      // on the last unit, while the other tier's first unit returns 1 × 100 ÷ 100² = 0.01.
      'a tier whose first dollar returns less than the funded tiers’ last',
      portfolio(1000, [
        ['Keen', 1000, 100, 300, 10],
        ['Settled', 1000, 100, 101, 100],
      ]),
      WINS('dollar', 'dollars', '16.53') +
        ' Settled gets nothing: its first unit of money would return less than that.' +
        OTHERWISE('dollar'),
    ],
    [
      'a tier with no customers and one with no room to grow, named or not',
      portfolio(44_000, [...LESSON_6, ['', 0, 50, 80, 5], ['Maxed out', 500, 200, 200, 5]]),
      WINS('dollar', 'dollars', '1.7') +
        ' Tier 3 gets nothing: it has no customers. Maxed out gets nothing: it has no room to grow.' +
        OTHERWISE('dollar'),
    ],
    [
      // One tier: every strategy spends the budget on it, 50 per customer, and the last dollar returns
      // 100 × 50 ÷ (50 + 50)² = 0.5.
      'one tier, where every strategy spends alike',
      portfolio(50_000, [['Everyone', 1000, 100, 200, 50]]),
      'With these tiers every strategy spends the same way, so none does better. Here the last dollar in each funded tier returns 0.5 dollars of value.',
    ],
    [
      'no budget',
      portfolio(0, LESSON_6),
      'With no budget or no upside, every strategy lifts value by the same: nothing.',
    ],
    [
      'no upside anywhere',
      portfolio(44_000, [['Everyone', 1000, 100, 100, 5]]),
      'With no budget or no upside, every strategy lifts value by the same: nothing.',
    ],
  ])('%s', (_, state, sentence) => {
    expect(said(state)).toBe(sentence);
  });
});
