import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateScenario } from '../codec';
import { cleanText } from '../fields';
import { CURRENCIES } from '../currency';
import { decode, defaults, encode } from '../index';
import {
  ALLOCATION_LIMITS,
  ALLOCATION_START,
  MAX_TIERS,
  TIER_NAME_MAX_LENGTH,
  allocationScenario,
  tiersOf,
  type AllocationState,
} from './allocation';

const lab = 'allocation';
const START_LINK =
  'v=1&cur=USD&budget=200000&tn=Top%20value,Middle,Low%20value&tc=2000,8000,20000&tv=1000,300,100&tp=1170,360,134&th=50,30,25';

function within(key: keyof typeof ALLOCATION_LIMITS): fc.Arbitrary<number> {
  const { min, max, decimals } = ALLOCATION_LIMITS[key];
  const scale = 10 ** decimals;
  return fc.integer({ min: Math.ceil(min * scale), max: Math.floor(max * scale) }).map((n) => n / scale);
}

const name = fc
  .string({ unit: 'grapheme', maxLength: TIER_NAME_MAX_LENGTH })
  .map((s) => cleanText(s, TIER_NAME_MAX_LENGTH))
  .filter((s) => s.length <= TIER_NAME_MAX_LENGTH);
const tierRow = fc.record({
  name,
  customers: within('customers'),
  value: within('values'),
  extra: within('values'),
  half: within('halves'),
});
const validState: fc.Arbitrary<AllocationState> = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    budget: within('budget'),
    rows: fc.array(tierRow, { minLength: 1, maxLength: MAX_TIERS }),
  })
  .filter(({ rows }) => rows.some((r) => r.customers > 0) && rows.every((r) => r.value + r.extra <= 1e7))
  .map(({ currency, budget, rows }) => ({
    currency,
    budget,
    names: rows.map((r) => r.name),
    customers: rows.map((r) => r.customers),
    values: rows.map((r) => r.value),
    potentials: rows.map((r) => Math.round((r.value + r.extra) * 100) / 100),
    halves: rows.map((r) => r.half),
  }));

describe('allocation scenario links', () => {
  test('the starting tiers are written as readable comma-separated lists', () => {
    expect(defaults(lab)).toEqual(ALLOCATION_START);
    expect(encode(lab, ALLOCATION_START)).toBe(START_LINK);
    expect(tiersOf(ALLOCATION_START)[2]).toEqual({
      name: 'Low value',
      customers: 20000,
      valuePerCustomer: 100,
      potentialPerCustomer: 134,
      halfResponseSpend: 25,
    });
  });

  test('any valid portfolio survives the round trip, names with commas and percent signs included', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const fragment = encode(lab, state);
        expect(decode(lab, fragment)).toEqual({ state, issues: [] });
      }),
      { numRuns: 1500 },
    );
  });

  test('arbitrary text never throws and always opens a complete, valid portfolio', () => {
    const keys = ['v', 'cur', 'budget', 'tn', 'tc', 'tv', 'tp', 'th', '__proto__'];
    const value = fc.oneof(
      fc.string(),
      fc
        .array(fc.oneof(fc.integer({ min: -5, max: 3000 }).map(String), fc.string({ maxLength: 5 })), { maxLength: 12 })
        .map((a) => a.join(',')),
    );
    const linkish = fc
      .array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 10 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(linkish, fc.string({ unit: 'binary', maxLength: 300 })), (fragment) => {
        const { state, issues } = decode(lab, fragment);
        expect(validateScenario(allocationScenario, state)).toEqual([]);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });

  test('a link with more than 8 tiers keeps the first 8 and says so', () => {
    const nine = (value: string): string => Array.from({ length: 9 }, () => value).join(',');
    const { state, issues } = decode(
      lab,
      `v=1&tn=${nine('T')}&tc=${nine('10')}&tv=${nine('1')}&tp=${nine('2')}&th=${nine('1')}`,
    );
    expect(state.names).toHaveLength(8);
    expect(state.halves).toHaveLength(8);
    expect(issues.map((i) => i.message)).toEqual(['The link had 9 tiers; the lab keeps the first 8.']);
  });

  test('a very long name is shortened, and markup in a name stays text', () => {
    const long = 'x'.repeat(500);
    const { state, issues } = decode(lab, `v=1&tn=${long},%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,Low`);
    expect(state.names[0]).toHaveLength(TIER_NAME_MAX_LENGTH);
    expect(state.names[1]).toBe('<img src=x onerror=alert(1)>');
    expect(issues.map((i) => i.message)).toEqual([
      'The link had an item (number 1) that was longer than 40 characters and was shortened.',
    ]);
  });

  test('one unusable item resets every tier list, so the link never opens as a mix nobody made', () => {
    const { state, issues } = decode(lab, 'v=1&budget=5000&tn=A,B,C&tc=1,-2,3&tv=1,2,3&tp=2,3,4&th=1,1,1');
    expect(state).toEqual({ ...ALLOCATION_START, budget: 5000 });
    expect(issues.map((i) => i.message)).toEqual([
      'The customers per tier: item 2: -2 is below the minimum of 0, so the lab used its starting tiers.',
    ]);
  });

  test.each<[string, string, RegExp]>([
    ['lists of different lengths', 'tc=1,2', /tier lists have different lengths \(3, 2, 3, 3, 3\)/],
    ['a potential below the value now', 'tp=900,360,134', /Tier 1’s potential value is below its value now/],
    ['no customers at all', 'tc=0,0,0', /Every tier has 0 customers/],
    ['a fractional customer count', 'tc=1.5,2,3', /item 1: “1.5” is not a whole number/],
    ['a half-response spend of 0', 'th=0,30,25', /item 1: 0 is below the minimum of 0.01/],
    ['an empty list of numbers', 'tc=', /item 1: was empty/],
  ])('%s falls back to the starting tiers with a reason', (_, change, message) => {
    const { state, issues } = decode(lab, `v=1&${change}`);
    expect(validateScenario(allocationScenario, state)).toEqual([]);
    expect(issues.map((i) => i.message).join(' ')).toMatch(message);
  });
});
