/**
 * The gamma-gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", JMR 42(4); Fader & Hardie's note "The gamma-gamma
 * model of monetary value"): each transaction's value is gamma(p, ν) around a customer's own mean,
 * and ν is gamma(q, γ) across customers. It reads, for customers with at least one repeat purchase,
 * the number of repeat transactions x and their mean value z̄, and assumes spend does not depend on
 * how often a customer buys.
 *
 * Pure: invalid input throws `RangeError` naming the field; results are finite.
 */
import { checkNumber } from '../checks';
import { minimize } from './optimize';
import { logGamma } from './special';

export interface SpendSummary {
  /** Repeat transactions, x ≥ 1. */
  frequency: number;
  /** Mean value of those transactions, z̄ > 0. */
  monetary: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

function checkSpend({ frequency, monetary }: SpendSummary): void {
  checkNumber(frequency, 'frequency', 'a whole number of 1 or more', (n) => Number.isInteger(n) && n >= 1);
  checkNumber(monetary, 'monetary', 'a positive amount', (n) => n > 0);
}

function checkParams({ p, q, gamma }: GammaGammaParams): void {
  checkNumber(p, 'p', 'a positive number', (n) => n > 0);
  checkNumber(q, 'q', 'a positive number', (n) => n > 0);
  checkNumber(gamma, 'gamma', 'a positive number', (n) => n > 0);
}

/**
 * The customers' spends prepared for many likelihood evaluations: the terms that do not depend on
 * the parameters are summed once, and the log-gamma terms are needed once per distinct x.
 */
interface Prepared {
  /** Distinct repeat-purchase counts and how many customers have each. */
  counts: Map<number, number>;
  x: Float64Array;
  /** x · z̄ per customer. */
  xz: Float64Array;
  /** Σ x (ln z̄ + ln x) and Σ ln z̄. */
  sumXLog: number;
  sumLogZ: number;
}

function prepare(customers: readonly SpendSummary[]): Prepared {
  const counts = new Map<number, number>();
  const x = new Float64Array(customers.length);
  const xz = new Float64Array(customers.length);
  let sumXLog = 0;
  let sumLogZ = 0;
  customers.forEach(({ frequency, monetary }, i) => {
    counts.set(frequency, (counts.get(frequency) ?? 0) + 1);
    x[i] = frequency;
    xz[i] = frequency * monetary;
    sumXLog += frequency * (Math.log(monetary) + Math.log(frequency));
    sumLogZ += Math.log(monetary);
  });
  return { counts, x, xz, sumXLog, sumLogZ };
}

/**
 * Σ over customers of ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln z̄ + px ln x
 * − (px + q) ln(γ + x z̄), rearranged so only the last term is computed per customer.
 */
function preparedLogLikelihood({ p, q, gamma }: GammaGammaParams, prepared: Prepared): number {
  const { counts, x, xz } = prepared;
  let total = p * prepared.sumXLog - prepared.sumLogZ + x.length * (q * Math.log(gamma) - logGamma(q));
  for (const [frequency, n] of counts) total += n * (logGamma(p * frequency + q) - logGamma(p * frequency));
  for (let i = 0; i < x.length; i++) total -= (p * (x[i] ?? 0) + q) * Math.log(gamma + (xz[i] ?? 0));
  return total;
}

function logLikelihood(params: GammaGammaParams, customers: readonly SpendSummary[]): number {
  return preparedLogLikelihood(params, prepare(customers));
}

/** The gamma-gamma log-likelihood of the customers' mean spends under `params`. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, customers: readonly SpendSummary[]): number {
  checkParams(params);
  customers.forEach(checkSpend);
  return logLikelihood(params, customers);
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  converged: boolean;
  evaluations: number;
}

/** Fits the model by maximum likelihood over log-parameters. Needs at least two repeat customers. */
export function fitGammaGamma(customers: readonly SpendSummary[]): GammaGammaFit {
  customers.forEach(checkSpend);
  if (customers.length < 2) throw new RangeError('fitting the spend model needs at least two repeat customers');
  const prepared = prepare(customers);
  const objective = ([lp = 0, lq = 0, lg = 0]: number[]): number =>
    Math.max(Math.abs(lp), Math.abs(lq), Math.abs(lg)) > 25
      ? Infinity
      : -preparedLogLikelihood({ p: Math.exp(lp), q: Math.exp(lq), gamma: Math.exp(lg) }, prepared) / customers.length;
  const meanSpend = customers.reduce((s, c) => s + c.monetary, 0) / customers.length;
  const best = minimize(
    objective,
    [
      [0, 0, 0],
      [Math.log(5), Math.log(3), Math.log(meanSpend)],
      [Math.log(1), Math.log(10), Math.log(10 * meanSpend)],
    ],
    { tolerance: 1e-10, maxEvaluations: 4000 },
  );
  const [lp = 0, lq = 0, lg = 0] = best.x;
  const params = { p: Math.exp(lp), q: Math.exp(lq), gamma: Math.exp(lg) };
  return {
    params,
    logLikelihood: preparedLogLikelihood(params, prepared),
    converged: best.converged,
    evaluations: best.evaluations,
  };
}

/**
 * A customer's expected mean spend per transaction given x repeat transactions averaging z̄: a
 * weighted average of the population mean pγ ÷ (q − 1) and the customer's own z̄. Needs q > 1 (the
 * population mean is infinite otherwise). A customer with no repeat purchases gets the population mean.
 */
export function expectedAverageSpend(
  params: GammaGammaParams,
  customer: { frequency: number; monetary: number },
): number {
  checkParams(params);
  const { p, q, gamma } = params;
  if (q <= 1) throw new RangeError(`q must be above 1 for the mean spend to be finite (got ${String(q)})`);
  if (customer.frequency === 0) return (p * gamma) / (q - 1);
  checkSpend(customer);
  const px = p * customer.frequency;
  return (p * (gamma + customer.frequency * customer.monetary)) / (px + q - 1);
}
