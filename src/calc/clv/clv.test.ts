import { describe, expect, test } from 'vitest';
import { expectedPurchases } from './bgnbd';
import { discountedClv } from './clv';
import { expectedAverageSpend } from './gamma-gamma';

const models = {
  bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
};
const customer = { frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35 };

describe('discountedClv', () => {
  test('without discounting it is expected purchases times expected spend times margin', () => {
    const value = discountedClv(models, customer, { horizon: 52, discountRate: 0, margin: 0.3 });
    const expected =
      expectedPurchases(models.bgnbd, 52, customer) * expectedAverageSpend(models.gammaGamma, customer) * 0.3;
    expect(value).toBeCloseTo(expected, 10);
  });

  test('discounting lowers it, more with a higher rate, and finer steps change it only a little', () => {
    const plain = discountedClv(models, customer, { horizon: 104, discountRate: 0 });
    const yearly10 = discountedClv(models, customer, { horizon: 104, discountRate: 0.1 / 52 });
    const yearly20 = discountedClv(models, customer, { horizon: 104, discountRate: 0.2 / 52 });
    expect(yearly10).toBeLessThan(plain);
    expect(yearly20).toBeLessThan(yearly10);
    const weekly = discountedClv(models, customer, { horizon: 104, discountRate: 0.1 / 52, steps: 104 });
    expect(Math.abs(weekly - yearly10) / yearly10).toBeLessThan(0.01);
  });

  test('a zero horizon is worth nothing, and bad options are refused by name', () => {
    expect(discountedClv(models, customer, { horizon: 0, discountRate: 0.01 })).toBe(0);
    expect(() => discountedClv(models, customer, { horizon: 52, discountRate: -0.1 })).toThrow(/discountRate/);
    expect(() => discountedClv(models, customer, { horizon: 52, discountRate: 0, margin: 2 })).toThrow(/margin/);
  });
});
