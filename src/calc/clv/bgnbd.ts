/**
 * The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the easy
 * way", Marketing Science 24(2)): while active, a customer buys at a Poisson rate λ, gamma(r, α)
 * across customers; after each purchase they drop out with probability p, beta(a, b) across
 * customers. It reads each customer's summary (frequency x, recency t_x, age T, in one time unit).
 *
 * - `bgnbdLogLikelihood`: the model's log-likelihood, in a numerically stable form: the gamma and
 *   beta ratios that depend on x are built by their recurrences, and the two terms of the
 *   likelihood are added with log-sum-exp, so a large x neither overflows nor loses precision.
 * - `fitBgNbd`: maximum likelihood over the logs of the parameters (so they stay positive), by
 *   Nelder–Mead from several starts; says whether it converged.
 * - `expectedPurchases` (a customer's, in the next t), `probabilityAlive`, and
 *   `expectedPurchasesNewCustomer` (a new customer's, in their first t), the paper's equations 10,
 *   (the appendix's) P(alive) and 9.
 *
 * Pure: invalid input throws `RangeError` naming the field; results are finite.
 */
import { checkNumber } from '../checks';
import { minimize } from './optimize';
import { hyp2f1, logSumExp } from './special';

/** One customer's repeat-buying summary, in one time unit (weeks in the literature). */
export interface RepeatSummary {
  /** Repeat purchases (purchase days after the first) in the calibration period, x. */
  frequency: number;
  /** Time from the first purchase to the last repeat purchase, t_x (0 when x = 0). */
  recency: number;
  /** Time from the first purchase to the end of the calibration period, T. */
  T: number;
}

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

function checkParams({ r, alpha, a, b }: BgNbdParams): void {
  for (const [name, value] of [
    ['r', r],
    ['alpha', alpha],
    ['a', a],
    ['b', b],
  ] as const) {
    checkNumber(value, name, 'a positive number', (n) => n > 0);
  }
}

/** Throws `RangeError` unless the summary is one the model can read. */
export function checkSummary({ frequency, recency, T }: RepeatSummary): void {
  checkNumber(frequency, 'frequency', 'a whole number of 0 or more', (n) => Number.isInteger(n) && n >= 0);
  checkNumber(T, 'T', 'a positive number', (n) => n > 0);
  checkNumber(recency, 'recency', `a number from 0 to T (${String(T)})`, (n) => n >= 0 && n <= T);
  if (frequency === 0 && recency !== 0)
    throw new RangeError(`recency must be 0 when frequency is 0 (got ${String(recency)})`);
}

/**
 * Customers grouped by identical summaries, so the likelihood is computed once per group: large
 * customer bases repeat the same (x, t_x, T) many times.
 */
interface Groups {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  count: Float64Array;
  maxFrequency: number;
  /** Distinct ages, and each group's index among them (cohorts share a handful of ages). */
  ages: Float64Array;
  ageIndex: Int32Array;
}

function group(customers: readonly RepeatSummary[]): Groups {
  const counts = new Map<string, { s: RepeatSummary; n: number }>();
  for (const c of customers) {
    checkSummary(c);
    const key = `${String(c.frequency)}|${String(c.recency)}|${String(c.T)}`;
    const found = counts.get(key);
    if (found) found.n++;
    else counts.set(key, { s: c, n: 1 });
  }
  const size = counts.size;
  const groups: Groups = {
    frequency: new Float64Array(size),
    recency: new Float64Array(size),
    T: new Float64Array(size),
    count: new Float64Array(size),
    maxFrequency: 0,
    ages: new Float64Array(0),
    ageIndex: new Int32Array(size),
  };
  const ages = new Map<number, number>();
  let i = 0;
  for (const { s, n } of counts.values()) {
    let age = ages.get(s.T);
    if (age === undefined) ages.set(s.T, (age = ages.size));
    groups.ageIndex[i] = age;
    groups.frequency[i] = s.frequency;
    groups.recency[i] = s.recency;
    groups.T[i] = s.T;
    groups.count[i] = n;
    groups.maxFrequency = Math.max(groups.maxFrequency, s.frequency);
    i++;
  }
  groups.ages = Float64Array.from(ages.keys());
  return groups;
}

function groupedLogLikelihood({ r, alpha, a, b }: BgNbdParams, g: Groups): number {
  // By x: ln Γ(r + x) − ln Γ(r), ln B(a, b + x) − ln B(a, b) (by their recurrences) and ln(b + x − 1).
  const gammaRatio = new Float64Array(g.maxFrequency + 1);
  const betaRatio = new Float64Array(g.maxFrequency + 1);
  const logB = new Float64Array(g.maxFrequency + 1);
  for (let x = 1; x <= g.maxFrequency; x++) {
    gammaRatio[x] = (gammaRatio[x - 1] ?? 0) + Math.log(r + x - 1);
    betaRatio[x] = (betaRatio[x - 1] ?? 0) + Math.log((b + x - 1) / (a + b + x - 1));
    logB[x] = Math.log(b + x - 1);
  }
  const logAge = g.ages.map((T) => Math.log(alpha + T));
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  let total = 0;
  for (let i = 0; i < g.count.length; i++) {
    const x = g.frequency[i] ?? 0;
    const rx = r + x;
    const first = -rx * (logAge[g.ageIndex[i] ?? 0] ?? 0);
    const tail = x > 0 ? logSumExp(first, logA - (logB[x] ?? 0) - rx * Math.log(alpha + (g.recency[i] ?? 0))) : first;
    total += (g.count[i] ?? 0) * ((gammaRatio[x] ?? 0) + r * logAlpha + (betaRatio[x] ?? 0) + tail);
  }
  return total;
}

/** The BG/NBD log-likelihood of the customers' summaries under `params` (a sum over customers). */
export function bgnbdLogLikelihood(params: BgNbdParams, customers: readonly RepeatSummary[]): number {
  checkParams(params);
  return groupedLogLikelihood(params, group(customers));
}

export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  /** The optimiser's simplex converged; when false, treat the parameters with care. */
  converged: boolean;
  /** Likelihood evaluations the fit used. */
  evaluations: number;
}

/** Starting points for the fit, on the log scale of (r, α, a, b): spread so one lands near the answer. */
const STARTS: readonly (readonly number[])[] = [
  [0, 0, 0, 0],
  [Math.log(0.5), Math.log(5), Math.log(0.5), Math.log(2)],
  [Math.log(2), Math.log(20), Math.log(2), Math.log(5)],
];

/**
 * Fits the model by maximum likelihood. Needs at least two customers and at least one repeat
 * purchase: without repeat buying there is nothing to estimate, and the fit says so by throwing.
 */
export function fitBgNbd(customers: readonly RepeatSummary[]): BgNbdFit {
  if (customers.length < 2) throw new RangeError('fitting the model needs at least two customers');
  const g = group(customers);
  if (g.maxFrequency === 0) throw new RangeError('fitting the model needs at least one repeat purchase');
  const scale = customers.length;
  const objective = ([lr = 0, la = 0, lA = 0, lb = 0]: number[]): number => {
    // Far outside any useful range the likelihood is flat; keep the search within it.
    if (Math.max(Math.abs(lr), Math.abs(la), Math.abs(lA), Math.abs(lb)) > 20) return Infinity;
    return -groupedLogLikelihood({ r: Math.exp(lr), alpha: Math.exp(la), a: Math.exp(lA), b: Math.exp(lb) }, g) / scale;
  };
  const best = minimize(objective, STARTS, { tolerance: 1e-10, maxEvaluations: 4000 });
  const [lr = 0, la = 0, lA = 0, lb = 0] = best.x;
  const params = { r: Math.exp(lr), alpha: Math.exp(la), a: Math.exp(lA), b: Math.exp(lb) };
  return {
    params,
    logLikelihood: groupedLogLikelihood(params, g),
    converged: best.converged,
    evaluations: best.evaluations,
  };
}

/** The probability that a customer with this summary is still active at T. */
export function probabilityAlive(params: BgNbdParams, customer: RepeatSummary): number {
  checkParams(params);
  checkSummary(customer);
  const { r, alpha, a, b } = params;
  const { frequency: x, recency, T } = customer;
  if (x === 0) return 1;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + recency));
  return 1 / (1 + Math.exp(logOdds));
}

/** Expected repeat purchases in the next `t` for a customer with this summary (the paper's eq. 10). */
export function expectedPurchases(params: BgNbdParams, t: number, customer: RepeatSummary): number {
  return expectedPurchasesIfActive(params, t, customer) * probabilityAlive(params, customer);
}

/**
 * Expected repeat purchases in the next `t` if the customer is still active: the paper's eq. 10
 * without its P(alive) factor, so the expectation above is this times `probabilityAlive`.
 */
export function expectedPurchasesIfActive(params: BgNbdParams, t: number, customer: RepeatSummary): number {
  checkParams(params);
  checkSummary(customer);
  checkNumber(t, 't', 'a number of 0 or more', (n) => n >= 0);
  if (t === 0) return 0;
  if (Math.abs(params.a - 1) < 1e-9) {
    return (
      (purchasesIfActive({ ...params, a: 1 - 1e-6 }, t, customer) +
        purchasesIfActive({ ...params, a: 1 + 1e-6 }, t, customer)) /
      2
    );
  }
  return purchasesIfActive(params, t, customer);
}

function purchasesIfActive({ r, alpha, a, b }: BgNbdParams, t: number, { frequency: x, T }: RepeatSummary): number {
  const rx = r + x;
  const ratio = Math.pow((alpha + T) / (alpha + T + t), rx);
  const hyper = hyp2f1(rx, b + x, a + b + x - 1, t / (alpha + T + t));
  return ((a + b + x - 1) / (a - 1)) * (1 - ratio * hyper);
}

/** Expected repeat purchases in a new customer's first `t` (the paper's eq. 9). */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number {
  checkParams(params);
  checkNumber(t, 't', 'a number of 0 or more', (n) => n >= 0);
  const { r, alpha, a, b } = params;
  if (t === 0) return 0;
  if (Math.abs(a - 1) < 1e-9) {
    return (
      (expectedPurchasesNewCustomer({ ...params, a: 1 - 1e-6 }, t) +
        expectedPurchasesNewCustomer({ ...params, a: 1 + 1e-6 }, t)) /
      2
    );
  }
  return ((a + b - 1) / (a - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b - 1, t / (alpha + t)));
}
