import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateScenario } from '../codec';
import { decode, defaults, encode } from '../index';
import { LTV_ROI_PRESETS, LTV_ROI_START, ltvRoiScenario, type LtvRoiState } from './ltv-roi';
import { anyLtvRoiState } from './ltv-roi-test-support';

const lab = 'ltv-roi';
const START_LINK =
  'v=1&cur=USD&spend=20000&customers=400&first=100&margin=40&repeat=40&orders=2&retention=55&discount=10&years=3&referrals=0&serve=0&credit=first-order&engaged=0&lift=0';

const validState = anyLtvRoiState;

describe('lifetime ROI scenario links', () => {
  test('the starting campaign is written with readable keys, every field in a fixed order', () => {
    expect(defaults(lab)).toEqual(LTV_ROI_START);
    expect(encode(lab, LTV_ROI_START)).toBe(START_LINK);
    expect(decode(lab, '')).toEqual({ state: LTV_ROI_START, issues: [] });
  });

  test('any valid campaign survives the round trip, and the same campaign always gives the same link', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const fragment = encode(lab, state);
        expect(decode(lab, fragment)).toEqual({ state, issues: [] });
        expect(encode(lab, structuredClone(state))).toBe(fragment);
      }),
      { numRuns: 2000 },
    );
  });

  test('a lift that would take retention past 100% opens as linked: the report holds it at the edge', () => {
    expect(decode(lab, 'v=1&retention=95&lift=10')).toEqual({
      state: { ...LTV_ROI_START, retention: 95, retentionLift: 10 },
      issues: [],
    });
  });

  test('the illustrative presets are valid campaigns', () => {
    for (const preset of LTV_ROI_PRESETS) expect(validateScenario(ltvRoiScenario, preset.state)).toEqual([]);
  });

  test('arbitrary text never throws and always opens a complete, valid campaign', () => {
    const keys = [
      'v',
      'cur',
      'spend',
      'customers',
      'first',
      'margin',
      'repeat',
      'orders',
      'retention',
      'discount',
      'years',
      'referrals',
      'serve',
      'credit',
      'engaged',
      'lift',
      '__proto__',
    ];
    const value = fc.oneof(fc.string(), fc.double().map(String), fc.integer({ min: -200, max: 200 }).map(String));
    const linkish = fc
      .array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 18 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(linkish, fc.string({ unit: 'binary', maxLength: 300 })), (fragment) => {
        const { state, issues } = decode(lab, fragment);
        expect(validateScenario(ltvRoiScenario, state)).toEqual([]);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
  });

  test.each<[string, string, Partial<LtvRoiState>, RegExp]>([
    ['a currency outside the list', 'cur=XYZ', { currency: 'USD' }, /“XYZ” is not one of USD, EUR, GBP, PLN, JPY, INR/],
    ['a spend of 0 (ROI would divide by it)', 'spend=0', { spend: 20000 }, /campaign spend/],
    ['a margin above 100%', 'margin=140', { margin: 40 }, /gross margin/],
    ['a fractional customer count', 'customers=12.5', { customers: 400 }, /not a whole number/],
    ['a horizon of 500 years', 'years=500', { years: 3 }, /horizon/],
    ['a referral credit the lab does not know', 'credit=everything', { referralCredit: 'first-order' }, /everything/],
    ['Infinity', 'spend=Infinity', { spend: 20000 }, /not a number/],
  ])('%s falls back to the default with a reason', (_, change, expected, message) => {
    const { state, issues } = decode(lab, `v=1&${change}`);
    expect(state).toMatchObject(expected);
    expect(issues.map((i) => i.message).join(' ')).toMatch(message);
  });
});
