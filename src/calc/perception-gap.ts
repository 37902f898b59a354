/**
 * The perception gap between two groups: the share of each that agrees with a statement, the gap
 * between the shares, and how sure a room's poll can be of it. Shaun Smith reports such a gap from a
 * survey of 550 Polish executives: 63% of senior managers but 41% of non-managers agreed that leaders
 * make decisions consistent with the customer-experience strategy (`where-value-comes-from`). A facilitator
 * can poll a room the same way and compare.
 *
 * The 95% confidence interval for the gap is Newcombe's hybrid score interval ("method 10" in
 * R. G. Newcombe, "Interval estimation for the difference between independent proportions",
 * Statistics in Medicine 17 (1998) 873–890): it combines the Wilson score interval of each share, so it
 * stays within −1 to 1 and behaves well with small groups and with shares of 0% or 100%, where the
 * textbook normal approximation fails.
 *
 * Pure arithmetic: no DOM, Astro, store or chart imports. Invalid input throws `RangeError` naming the
 * field; results are never NaN or ±Infinity.
 */
import { checkNumber } from './checks';

/** A group's answers: how many agreed, out of how many asked. */
export interface GroupCount {
  /** People who agreed: a whole number from 0 to `size`. */
  agree: number;
  /** People asked: a whole number of at least 1. */
  size: number;
}

/** The normal quantile for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** Wilson's score interval for a proportion (without continuity correction): fractions within 0–1. */
export function wilsonInterval({ agree, size }: GroupCount, z = Z95): { low: number; high: number } {
  const p = agree / size;
  const z2 = z * z;
  const denominator = 1 + z2 / size;
  const centre = (p + z2 / (2 * size)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / size + z2 / (4 * size * size));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface PerceptionGap {
  /** Share of the first group that agrees: fraction 0–1. */
  shareA: number;
  /** Share of the second group that agrees: fraction 0–1. */
  shareB: number;
  /** shareA − shareB: fraction −1 to 1 (0.22 = 22 points). */
  gap: number;
  /** The gap's 95% confidence interval (Newcombe's hybrid score method): fractions, low ≤ gap ≤ high. */
  low: number;
  high: number;
  /** Whether the interval leaves out 0: the poll shows a gap, not just noise (at the 95% level). */
  clear: boolean;
}

function checkGroup(group: GroupCount, name: string): void {
  checkNumber(group.size, `${name}.size`, 'a whole number of at least 1', (n) => Number.isInteger(n) && n >= 1);
  checkNumber(
    group.agree,
    `${name}.agree`,
    `a whole number from 0 to ${name}.size (${group.size})`,
    (n) => Number.isInteger(n) && n >= 0 && n <= group.size,
  );
}

/**
 * The gap between two groups' agreement and its 95% confidence interval.
 *
 * - shareA = a.agree / a.size, shareB = b.agree / b.size, gap = shareA − shareB
 * - with Wilson intervals (lA, uA) and (lB, uB):
 *   low = gap − √((shareA − lA)² + (uB − shareB)²), high = gap + √((uA − shareA)² + (shareB − lB)²)
 *
 * @throws RangeError naming the field when a count is not a whole number, a group is empty, or more
 *   people agreed than were asked.
 */
export function perceptionGap(a: GroupCount, b: GroupCount): PerceptionGap {
  checkGroup(a, 'a');
  checkGroup(b, 'b');
  const shareA = a.agree / a.size;
  const shareB = b.agree / b.size;
  const intervalA = wilsonInterval(a);
  const intervalB = wilsonInterval(b);
  // + 0 turns −0 into 0, so a table never shows "−0".
  const gap = shareA - shareB + 0;
  const low = Math.max(-1, gap - Math.hypot(shareA - intervalA.low, intervalB.high - shareB));
  const high = Math.min(1, gap + Math.hypot(intervalA.high - shareA, shareB - intervalB.low));
  return { shareA, shareB, gap, low, high, clear: low > 0 || high < 0 };
}

/** Smith's reference figures: 63% of senior managers against 41% of non-managers (group sizes not given). */
export const SMITH_REFERENCE = { senior: 0.63, others: 0.41 } as const;
