/**
 * Property-test arbitraries for the lifetime ROI lab's scenarios: every campaign a link can carry.
 * Imported by `*.test.ts` files only.
 */
import fc from 'fast-check';
import { CURRENCIES } from '../currency';
import { LTV_ROI_LIMITS, type LtvRoiState } from './ltv-roi';

/** Any number a field accepts: within its limits, at its precision. */
export function withinLimits(key: keyof typeof LTV_ROI_LIMITS): fc.Arbitrary<number> {
  const { min, max, decimals } = LTV_ROI_LIMITS[key];
  const scale = 10 ** decimals;
  return fc.integer({ min: Math.ceil(min * scale), max: Math.floor(max * scale) }).map((n) => n / scale);
}

/** Any valid scenario: every field within its limits. */
export const anyLtvRoiState: fc.Arbitrary<LtvRoiState> = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  spend: withinLimits('spend'),
  customers: withinLimits('customers'),
  firstOrder: withinLimits('firstOrder'),
  margin: withinLimits('margin'),
  repeatOrder: withinLimits('repeatOrder'),
  ordersPerYear: withinLimits('ordersPerYear'),
  retention: withinLimits('retention'),
  discount: withinLimits('discount'),
  years: withinLimits('years'),
  referrals: withinLimits('referrals'),
  costToServe: withinLimits('costToServe'),
  referralCredit: fc.constantFrom('first-order' as const, 'lifetime' as const),
  engaged: withinLimits('engaged'),
  retentionLift: withinLimits('retentionLift'),
});
