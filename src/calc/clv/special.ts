/**
 * Special functions the "buy till you die" models need, in forms that stay finite where the models
 * use them: the log-gamma and log-beta functions, log-sum-exp, and Gauss's hypergeometric function
 * ₂F₁ for |z| < 1.
 *
 * Pure arithmetic; no imports.
 */

// Lanczos approximation, g = 7, n = 9 (the coefficients of Numerical Recipes' third edition and of
// many libraries): relative error below 1e-15 for positive arguments.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs a positive number (got ${String(x)})`);
  if (x < 0.5) {
    // Reflection keeps the approximation in its accurate range: Γ(x)Γ(1 − x) = π / sin(πx).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0] ?? 0;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln(e^a + e^b) without overflow or underflow. */
export function logSumExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const high = Math.max(a, b);
  return high + Math.log1p(Math.exp(Math.min(a, b) - high));
}

/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) by its power series, for 0 ≤ z < 1 and c not 0
 * or a negative whole number (where the series is undefined). A BG/NBD fit with a + b < 1 needs
 * a negative c.
 * The series converges for |z| < 1; terms are summed until they stop changing the sum (relative
 * 1e-15) or 100,000 terms, which near z = 1 with large a, b can be needed. Throws `RangeError` if
 * it has not converged, rather than return a wrong number.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1 needs 0 ≤ z < 1 (got ${String(z)})`);
  if (!Number.isFinite(c) || (c <= 0 && Math.abs(c - Math.round(c)) < 1e-12)) {
    throw new RangeError(`hyp2f1 needs c other than 0 or a negative whole number (got ${String(c)})`);
  }
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 100_000; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (Math.abs(term) <= 1e-15 * Math.abs(sum)) return sum;
    if (!Number.isFinite(sum)) break;
  }
  throw new RangeError(`hyp2f1(${String(a)}, ${String(b)}; ${String(c)}; ${String(z)}) did not converge`);
}
