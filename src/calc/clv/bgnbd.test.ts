import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  bgnbdLogLikelihood,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  probabilityAlive,
  type RepeatSummary,
} from './bgnbd';

/** The CDNOW sample's 2,357 customers, 39-week calibration (the summary the papers use). */
const cdnow: (RepeatSummary & { zbar: number })[] = readFileSync(
  new URL('./fixtures/cdnow-summary.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [, x, tx, T, zbar] = line.split(',').map(Number);
    return { frequency: x ?? 0, recency: tx ?? 0, T: T ?? 0, zbar: zbar ?? 0 };
  });

// Fader, Hardie & Lee (2005), Table/text: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4.
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('BG/NBD on the CDNOW sample', () => {
  test('the summary has the papers’ 2,357 customers', () => {
    expect(cdnow).toHaveLength(2357);
  });

  test('the published parameters give the published log-likelihood', () => {
    expect(bgnbdLogLikelihood(PUBLISHED, cdnow)).toBeCloseTo(-9582.4, 0);
  });

  test('the fit reproduces the published estimates and log-likelihood', () => {
    const fit = fitBgNbd(cdnow);
    expect(fit.converged).toBe(true);
    expect(fit.params.r).toBeCloseTo(0.243, 3);
    expect(fit.params.alpha).toBeCloseTo(4.414, 2);
    expect(fit.params.a).toBeCloseTo(0.793, 3);
    expect(fit.params.b).toBeCloseTo(2.426, 2);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
  });
});

describe('BG/NBD predictions, hand-checked', () => {
  const customer = { frequency: 2, recency: 30.43, T: 38.86 };

  test('expected purchases in the next 39 weeks for x = 2, t_x = 30.43, T = 38.86 is 1.226', () => {
    // The worked example in Hardie's note "Implementing the BG/NBD model for customer base analysis in Excel".
    expect(expectedPurchases(PUBLISHED, 39, customer)).toBeCloseTo(1.226, 3);
  });

  test('P(alive) for the same customer is 0.727', () => {
    // By hand: a ÷ (b + x − 1) = 0.793 ÷ 3.426 = 0.2315; ((α + T) ÷ (α + t_x))^(r + x) = (43.274 ÷ 34.844)^2.243
    // = 1.6258; odds 0.3763; P = 1 ÷ 1.3763 = 0.7266.
    expect(probabilityAlive(PUBLISHED, customer)).toBeCloseTo(0.7266, 3);
  });

  test('a customer who never bought again is alive by the model’s definition, and one who stopped early less so', () => {
    expect(probabilityAlive(PUBLISHED, { frequency: 0, recency: 0, T: 38.86 })).toBe(1);
    const early = probabilityAlive(PUBLISHED, { frequency: 2, recency: 5, T: 38.86 });
    expect(early).toBeLessThan(probabilityAlive(PUBLISHED, customer));
  });

  test('a customer observed for no time at all expects what a new customer does', () => {
    const justArrived = expectedPurchases(PUBLISHED, 39, { frequency: 0, recency: 0, T: 1e-9 });
    expect(justArrived).toBeCloseTo(expectedPurchasesNewCustomer(PUBLISHED, 39), 6);
  });

  test('expectations grow with the horizon and stay finite for a very frequent buyer', () => {
    const heavy = { frequency: 300, recency: 38, T: 38.86 };
    const week = expectedPurchases(PUBLISHED, 1, heavy);
    const year = expectedPurchases(PUBLISHED, 52, heavy);
    expect(Number.isFinite(bgnbdLogLikelihood(PUBLISHED, [heavy, customer]))).toBe(true);
    expect(year).toBeGreaterThan(week);
    expect(Number.isFinite(year)).toBe(true);
  });

  test('bad input is refused with the field’s name', () => {
    expect(() => probabilityAlive(PUBLISHED, { frequency: 1, recency: 40, T: 38.86 })).toThrow(/recency/);
    expect(() =>
      fitBgNbd([
        { frequency: 0, recency: 0, T: 10 },
        { frequency: 0, recency: 0, T: 12 },
      ]),
    ).toThrow(/at least one repeat purchase/);
    expect(() => bgnbdLogLikelihood({ ...PUBLISHED, r: -1 }, cdnow)).toThrow(/r must be a positive number/);
  });
});

describe('expectations when a + b < 1 (the hypergeometric series with a negative c)', () => {
  const params = { r: 1, alpha: 5, a: 0.3, b: 0.4 };
  test('a new customer’s expected purchases start at the purchase rate r/α and grow with time', () => {
    // Nobody drops out before their first repeat purchase, so E[X(t)] ≈ (r/α)·t for a short t.
    expect(expectedPurchasesNewCustomer(params, 0.001)).toBeCloseTo(0.0002, 6);
    const values = [1, 5, 20, 50].map((t) => expectedPurchasesNewCustomer(params, t));
    values.forEach((v, i) => {
      expect(Number.isFinite(v)).toBe(true);
      if (i > 0) expect(v).toBeGreaterThan(values[i - 1] ?? Infinity);
    });
  });
  test('a customer’s conditional expectation is finite and below the rate times the horizon', () => {
    const v = expectedPurchases(params, 10, { frequency: 0, recency: 0, T: 6 });
    expect(v).toBeGreaterThan(0);
    expect(v).toBeLessThan((10 * params.r) / (params.alpha + 6) + 1e-9);
  });
});

describe('the P(alive) figures lesson 7 (Know your customer base) quotes', () => {
  // With the published estimates, a customer aged 38.86 weeks; the lesson rounds to two decimals.
  test.each([
    [1, 10, 0.44],
    [5, 10, 0.02],
    [1, 38.5, 0.75],
    [10, 38.5, 0.93],
  ])('%i repeat purchases, the last in week %f: about %f', (frequency, recency, quoted) => {
    const alive = probabilityAlive(PUBLISHED, { frequency, recency, T: 38.86 });
    expect(Math.round(alive * 100) / 100).toBe(quoted);
  });
});
