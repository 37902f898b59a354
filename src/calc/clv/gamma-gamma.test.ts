import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectedAverageSpend, fitGammaGamma, gammaGammaLogLikelihood, type SpendSummary } from './gamma-gamma';

/** The CDNOW sample's repeat customers: x > 0 and the mean of their repeat purchases, z̄. */
const repeaters: SpendSummary[] = readFileSync(new URL('./fixtures/cdnow-summary.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').map(Number))
  .filter(([, x]) => (x ?? 0) > 0)
  .map(([, x, , , zbar]) => ({ frequency: x ?? 0, monetary: zbar ?? 0 }));

// Fader & Hardie: p = 6.25, q = 3.74, γ = 15.44, LL = −4055.9 on the 946 repeat customers.
const PUBLISHED = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('gamma-gamma on the CDNOW sample', () => {
  test('946 customers bought again in the calibration period', () => {
    expect(repeaters).toHaveLength(946);
  });

  test('the fit reproduces the published estimates and log-likelihood', () => {
    const fit = fitGammaGamma(repeaters);
    expect(fit.converged).toBe(true);
    expect(fit.params.p).toBeCloseTo(6.25, 1);
    expect(fit.params.q).toBeCloseTo(3.74, 1);
    expect(fit.params.gamma).toBeCloseTo(15.44, 1);
    expect(fit.logLikelihood).toBeCloseTo(-4055.9, 1);
    expect(gammaGammaLogLikelihood(PUBLISHED, repeaters)).toBeCloseTo(-4055.9, 0);
  });

  test('expected spend shrinks a customer’s own mean towards the population’s, hand-checked', () => {
    // Population mean pγ ÷ (q − 1) = 6.25 × 15.44 ÷ 2.74 = 35.22. For x = 2, z̄ = 22.35:
    // p(γ + x z̄) ÷ (px + q − 1) = 6.25 × (15.44 + 44.70) ÷ (12.5 + 2.74) = 375.875 ÷ 15.24 = 24.66.
    expect(expectedAverageSpend(PUBLISHED, { frequency: 0, monetary: 0 })).toBeCloseTo(35.22, 2);
    expect(expectedAverageSpend(PUBLISHED, { frequency: 2, monetary: 22.35 })).toBeCloseTo(24.66, 2);
    // The more transactions, the more the customer's own mean counts.
    const many = expectedAverageSpend(PUBLISHED, { frequency: 50, monetary: 22.35 });
    expect(Math.abs(many - 22.35)).toBeLessThan(Math.abs(24.66 - 22.35));
  });

  test('bad input is refused with the field’s name', () => {
    expect(() => fitGammaGamma([{ frequency: 0, monetary: 10 }])).toThrow(/frequency/);
    expect(() => fitGammaGamma([{ frequency: 1, monetary: -3 }])).toThrow(/monetary/);
    expect(() => expectedAverageSpend({ ...PUBLISHED, q: 0.9 }, { frequency: 1, monetary: 10 })).toThrow(
      /q must be above 1/,
    );
  });
});
