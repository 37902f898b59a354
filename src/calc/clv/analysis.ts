/**
 * The customer-base audit: from a purchase log's summary to everything the customer-base lab shows.
 * Fits BG/NBD and gamma-gamma, values every customer over a horizon, and condenses the result into
 * the fit in plain figures, the share of value by decile, P(alive) by purchase count and time since
 * the last purchase, the holdout checks when there is a holdout, and value tiers for the
 * allocation lab.
 *
 * Pure. Data the models cannot describe (no customers, one customer, nobody buying twice) gives a
 * `problem` in plain words rather than a result; time is in weeks throughout.
 */
import {
  expectedPurchasesIfActive,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  probabilityAlive,
  type BgNbdFit,
  type BgNbdParams,
} from './bgnbd';
import { expectedAverageSpend, fitGammaGamma, type GammaGammaFit } from './gamma-gamma';
import type { LogSummary } from './summary';

/** Weeks in a year (365.25 ÷ 7). */
export const WEEKS_PER_YEAR = 365.25 / 7;

/** A customer whose P(alive) is below this is counted as likely lapsed. */
export const LAPSED_BELOW = 0.5;

export interface AnalysisOptions {
  /** Weeks ahead to value. */
  horizonWeeks: number;
  /** Yearly discount rate, as a fraction. */
  annualDiscountRate: number;
  /** Share of spend that is margin, 0–1. */
  margin: number;
}

export interface DecileShare {
  /** 1 for the top 10% of customers by expected value. */
  decile: number;
  customers: number;
  value: number;
  /** Share of all expected value held by this decile and those above it, 0–1. */
  cumulativeShare: number;
}

export interface AliveCell {
  customers: number;
  /** Mean P(alive) of the cell's customers; `undefined` for an empty cell. */
  meanAlive: number | undefined;
}

export interface AliveGrid {
  /** Row labels: repeat purchases. */
  frequencies: string[];
  /** Column labels: weeks since the last purchase. */
  silences: string[];
  cells: AliveCell[][];
}

export interface FrequencyCheck {
  /** "0", "1", … "7+" repeat purchases in calibration. */
  label: string;
  customers: number;
  /** Mean repeat purchases in the holdout, observed and forecast. */
  actual: number;
  predicted: number;
}

export interface WeeklyCheck {
  /** Week number from the cohort's first day, 1-based. */
  week: number;
  /** Cumulative repeat purchases of the cohort to the end of this week. */
  actual: number;
  predicted: number;
}

export interface HoldoutCheck {
  weeks: number;
  /** The week the calibration period ends in (the curves split there). */
  calibrationWeeks: number;
  byFrequency: FrequencyCheck[];
  weekly: WeeklyCheck[];
  /** Repeat purchases in the holdout, observed and forecast, over the whole cohort. */
  actualTotal: number;
  predictedTotal: number;
}

export interface ValueTier {
  name: string;
  customers: number;
  /** Mean expected value per customer over the horizon. */
  valuePerCustomer: number;
  /** Mean value per customer if all of them were still active. */
  potentialPerCustomer: number;
}

export interface CustomerRows {
  ids: string[];
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
  alive: Float64Array;
  /** Expected repeat purchases over the horizon. */
  purchases: Float64Array;
  /** Expected discounted value over the horizon (margin applied). */
  value: Float64Array;
  /** The same if the customer is still active. */
  valueIfActive: Float64Array;
}

export interface SpendModel {
  /** The gamma-gamma fit, when the data allow one with a finite mean spend. */
  fit: GammaGammaFit | undefined;
  /** Why there is no usable fit, in plain words. */
  problem: string | undefined;
  /** Mean spend per purchase the valuation assumes for a customer with no repeat purchases. */
  meanSpend: number;
}

export interface CustomerBaseAnalysis {
  customers: number;
  repeatCustomers: number;
  bgnbd: BgNbdFit;
  spend: SpendModel;
  /** Mean purchase rate while active, per year (r ÷ α, in years). */
  purchasesPerYearWhileActive: number;
  /** Mean chance that a purchase is the customer's last, a ÷ (a + b). */
  dropoutPerPurchase: number;
  /** Share of customers with P(alive) of at least `LAPSED_BELOW`. */
  likelyActiveShare: number;
  meanAlive: number;
  /** Totals over the horizon. */
  totalPurchases: number;
  totalValue: number;
  /** Expected repeat purchases over the horizon of a customer who joins today. */
  newCustomerPurchases: number;
  deciles: DecileShare[];
  aliveGrid: AliveGrid;
  holdout: HoldoutCheck | undefined;
  tiers: ValueTier[];
  rows: CustomerRows;
}

/**
 * Below these counts the fit has little to learn from and its figures swing with a few customers,
 * so the lab says to read them as an illustration. The models have four purchase and three spend
 * parameters; the published checks use thousands of customers, about a thousand of them repeat buyers.
 */
export const SMALL_BASE = { customers: 200, repeatCustomers: 50 } as const;

/** Whether an analysis rests on too few customers (or repeat buyers) to read its figures closely. */
export function isSmallBase(analysis: Pick<CustomerBaseAnalysis, 'customers' | 'repeatCustomers'>): boolean {
  return analysis.customers < SMALL_BASE.customers || analysis.repeatCustomers < SMALL_BASE.repeatCustomers;
}

export type AnalysisOutcome = { ok: true; analysis: CustomerBaseAnalysis } | { ok: false; problem: string };

const FREQUENCY_BINS: readonly { label: string; min: number; max: number }[] = [
  { label: '0', min: 0, max: 0 },
  { label: '1', min: 1, max: 1 },
  { label: '2', min: 2, max: 2 },
  { label: '3–4', min: 3, max: 4 },
  { label: '5–9', min: 5, max: 9 },
  { label: '10+', min: 10, max: Infinity },
];
const SILENCE_BINS: readonly { label: string; max: number }[] = [
  { label: 'under 4', max: 4 },
  { label: '4–13', max: 13 },
  { label: '13–26', max: 26 },
  { label: '26–52', max: 52 },
  { label: '52+', max: Infinity },
];
const CHECK_FREQUENCIES = 7;

/** The models and the audit for a summarised log. */
export function analyseCustomerBase(
  summary: LogSummary,
  options: AnalysisOptions,
  /** The fits from an earlier call on the same summary, when only the valuation settings changed. */
  fitted?: { bgnbd: BgNbdFit; spend: SpendModel },
): AnalysisOutcome {
  const { customers } = summary;
  if (customers.length === 0) {
    return { ok: false, problem: 'There are no customers whose first purchase falls before the end of calibration.' };
  }
  if (customers.length < 2) {
    return {
      ok: false,
      problem:
        'The file holds one customer. The models learn from how customers differ, so they need many customers: hundreds at least, and ideally thousands.',
    };
  }
  const repeaters = customers.filter((c) => c.frequency > 0);
  if (repeaters.length === 0) {
    return {
      ok: false,
      problem:
        'No customer bought on more than one day before the end of calibration, so there is no repeat buying to learn from. The models need customers who came back: a longer log, or a later calibration end.',
    };
  }
  const bgnbd = fitted?.bgnbd ?? fitBgNbd(customers);
  const params = bgnbd.params;
  const spend = fitted?.spend ?? spendModel(repeaters);
  const { horizonWeeks, annualDiscountRate, margin } = options;
  const weeklyRate = Math.pow(1 + annualDiscountRate, 1 / WEEKS_PER_YEAR) - 1;
  const steps = Math.max(1, Math.ceil(horizonWeeks / 4));

  const n = customers.length;
  const rows: CustomerRows = {
    ids: customers.map((c) => c.customer),
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
    alive: new Float64Array(n),
    purchases: new Float64Array(n),
    value: new Float64Array(n),
    valueIfActive: new Float64Array(n),
  };
  // Customers with the same frequency and age share their purchase forecast if active.
  const forecasts = new Map<string, Float64Array>();
  const discounts = Array.from({ length: steps }, (_, i) =>
    Math.pow(1 + weeklyRate, -((horizonWeeks * (i + 1)) / steps)),
  );
  let totalPurchases = 0;
  let totalValue = 0;
  let active = 0;
  let aliveSum = 0;
  customers.forEach((c, i) => {
    const key = `${String(c.frequency)}|${String(c.T)}`;
    let cumulative = forecasts.get(key);
    if (!cumulative) {
      cumulative = new Float64Array(steps);
      for (let s = 0; s < steps; s++) {
        cumulative[s] = horizonWeeks === 0 ? 0 : expectedPurchasesIfActive(params, (horizonWeeks * (s + 1)) / steps, c);
      }
      forecasts.set(key, cumulative);
    }
    // A customer whose repeat purchases were all free (a mean of 0) gets the model's weighted
    // average of 0 and the population mean: the same formula, outside the model's check.
    const spendPerPurchase =
      (spend.fit && c.frequency > 0
        ? c.monetary > 0
          ? expectedAverageSpend(spend.fit.params, c)
          : (spend.fit.params.p * spend.fit.params.gamma) / (spend.fit.params.p * c.frequency + spend.fit.params.q - 1)
        : spend.meanSpend) * margin;
    let discounted = 0;
    let before = 0;
    for (let s = 0; s < steps; s++) {
      const now = cumulative[s] ?? 0;
      discounted += (now - before) * (discounts[s] ?? 1);
      before = now;
    }
    const alive = probabilityAlive(params, c);
    rows.frequency[i] = c.frequency;
    rows.recency[i] = c.recency;
    rows.T[i] = c.T;
    rows.monetary[i] = c.monetary;
    rows.alive[i] = alive;
    rows.purchases[i] = before * alive;
    rows.valueIfActive[i] = discounted * spendPerPurchase;
    rows.value[i] = discounted * spendPerPurchase * alive;
    totalPurchases += before * alive;
    totalValue += discounted * spendPerPurchase * alive;
    aliveSum += alive;
    if (alive >= LAPSED_BELOW) active++;
  });

  const byValue = Array.from({ length: n }, (_, i) => i).sort((x, y) => (rows.value[y] ?? 0) - (rows.value[x] ?? 0));
  return {
    ok: true,
    analysis: {
      customers: n,
      repeatCustomers: repeaters.length,
      bgnbd,
      spend,
      purchasesPerYearWhileActive: (params.r / params.alpha) * WEEKS_PER_YEAR,
      dropoutPerPurchase: params.a / (params.a + params.b),
      likelyActiveShare: active / n,
      meanAlive: aliveSum / n,
      totalPurchases,
      totalValue,
      newCustomerPurchases: horizonWeeks === 0 ? 0 : expectedPurchasesNewCustomer(params, horizonWeeks),
      deciles: decileShares(byValue, rows.value, totalValue),
      aliveGrid: aliveGrid(rows),
      holdout:
        summary.holdoutEnd === undefined
          ? undefined
          : holdoutCheck(summary, params, (summary.holdoutEnd - summary.calibrationEnd) / 7),
      tiers: valueTiers(byValue, rows),
      rows,
    },
  };
}

function spendModel(repeaters: readonly { frequency: number; monetary: number }[]): SpendModel {
  const observedMean =
    repeaters.reduce((sum, c) => sum + c.monetary * c.frequency, 0) /
    repeaters.reduce((sum, c) => sum + c.frequency, 0);
  const usable = repeaters.filter((c) => c.monetary > 0);
  if (usable.length < 2) {
    return {
      fit: undefined,
      problem: 'Fewer than two customers spent money on repeat purchases, too few to fit the spend model.',
      meanSpend: observedMean,
    };
  }
  const fit = fitGammaGamma(usable);
  if (fit.params.q <= 1) {
    return {
      fit: undefined,
      problem:
        'The spend model found no finite average spend (q ≤ 1): a few very large purchases dominate the data. Values use the average repeat purchase for everyone instead.',
      meanSpend: observedMean,
    };
  }
  return { fit, problem: undefined, meanSpend: (fit.params.p * fit.params.gamma) / (fit.params.q - 1) };
}

function decileShares(byValue: readonly number[], value: Float64Array, total: number): DecileShare[] {
  const n = byValue.length;
  const shares: DecileShare[] = [];
  let cumulative = 0;
  for (let d = 1; d <= 10; d++) {
    const from = Math.round(((d - 1) * n) / 10);
    const to = Math.round((d * n) / 10);
    let sum = 0;
    for (let k = from; k < to; k++) sum += value[byValue[k] ?? 0] ?? 0;
    cumulative += sum;
    shares.push({ decile: d, customers: to - from, value: sum, cumulativeShare: total > 0 ? cumulative / total : 0 });
  }
  return shares;
}

function aliveGrid(rows: CustomerRows): AliveGrid {
  const sums = FREQUENCY_BINS.map(() => SILENCE_BINS.map(() => ({ customers: 0, alive: 0 })));
  for (let i = 0; i < rows.ids.length; i++) {
    const f = rows.frequency[i] ?? 0;
    const silence = (rows.T[i] ?? 0) - (rows.recency[i] ?? 0);
    const fi = FREQUENCY_BINS.findIndex((b) => f >= b.min && f <= b.max);
    const si = SILENCE_BINS.findIndex((b) => silence < b.max);
    const cell = sums[fi]?.[si];
    if (!cell) continue;
    cell.customers++;
    cell.alive += rows.alive[i] ?? 0;
  }
  return {
    frequencies: FREQUENCY_BINS.map((b) => b.label),
    silences: SILENCE_BINS.map((b) => b.label),
    cells: sums.map((row) =>
      row.map((cell) => ({
        customers: cell.customers,
        meanAlive: cell.customers > 0 ? cell.alive / cell.customers : undefined,
      })),
    ),
  };
}

function holdoutCheck(summary: LogSummary, params: BgNbdParams, weeks: number): HoldoutCheck {
  const { customers, startDay, repeatsPerDay } = summary;
  const groups = Array.from({ length: CHECK_FREQUENCIES + 1 }, (_, k) => ({
    label: k === CHECK_FREQUENCIES ? `${String(k)}+` : String(k),
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  // Customers with the same summary share a forecast.
  const forecasts = new Map<string, number>();
  let actualTotal = 0;
  let predictedTotal = 0;
  for (const c of customers) {
    const key = `${String(c.frequency)}|${String(c.recency)}|${String(c.T)}`;
    let forecast = forecasts.get(key);
    if (forecast === undefined) {
      forecast = expectedPurchasesIfActive(params, weeks, c) * probabilityAlive(params, c);
      forecasts.set(key, forecast);
    }
    const group = groups[Math.min(c.frequency, CHECK_FREQUENCIES)];
    if (!group) continue;
    group.customers++;
    group.actual += c.holdoutFrequency;
    group.predicted += forecast;
    actualTotal += c.holdoutFrequency;
    predictedTotal += forecast;
  }
  // The cumulative curve: a new customer's expected repeat purchases d days after the first,
  // summed over customers by their first day.
  const span = repeatsPerDay.length;
  const newCustomer = new Float64Array(span);
  for (let d = 1; d < span; d++) newCustomer[d] = expectedPurchasesNewCustomer(params, d / 7);
  const firsts = new Int32Array(span);
  for (const c of customers) {
    const f = c.firstDay - startDay;
    firsts[f] = (firsts[f] ?? 0) + 1;
  }
  const totalWeeks = Math.ceil(span / 7);
  const weekly: WeeklyCheck[] = [];
  let actual = 0;
  for (let w = 1; w <= totalWeeks; w++) {
    const lastDay = Math.min(w * 7, span) - 1;
    for (let d = (w - 1) * 7; d <= lastDay; d++) actual += repeatsPerDay[d] ?? 0;
    let predicted = 0;
    for (let f = 0; f <= lastDay; f++) {
      const count = firsts[f] ?? 0;
      if (count > 0) predicted += count * (newCustomer[lastDay - f] ?? 0);
    }
    weekly.push({ week: w, actual, predicted });
  }
  return {
    weeks,
    calibrationWeeks: Math.ceil((span - Math.round(weeks * 7)) / 7),
    byFrequency: groups
      .filter((g) => g.customers > 0)
      .map((g) => ({
        label: g.label,
        customers: g.customers,
        actual: g.actual / g.customers,
        predicted: g.predicted / g.customers,
      })),
    weekly,
    actualTotal,
    predictedTotal,
  };
}

/** Top 10% by expected value, the next 20%, then the rest split by whether they are likely still active. */
function valueTiers(byValue: readonly number[], rows: CustomerRows): ValueTier[] {
  const n = byValue.length;
  const top = Math.max(1, Math.round(n * 0.1));
  const next = Math.round(n * 0.3) - top;
  const groups: { name: string; members: number[] }[] = [
    { name: 'Top 10%', members: byValue.slice(0, top) },
    { name: 'Next 20%', members: byValue.slice(top, top + next) },
    { name: 'The rest, active', members: [] },
    { name: 'Likely lapsed', members: [] },
  ];
  for (const i of byValue.slice(top + next)) {
    groups[(rows.alive[i] ?? 0) >= LAPSED_BELOW ? 2 : 3]?.members.push(i);
  }
  return groups
    .filter((g) => g.members.length > 0)
    .map((g) => ({
      name: g.name,
      customers: g.members.length,
      valuePerCustomer: mean(g.members, rows.value),
      potentialPerCustomer: mean(g.members, rows.valueIfActive),
    }));
}

function mean(members: readonly number[], values: Float64Array): number {
  let sum = 0;
  for (const i of members) sum += values[i] ?? 0;
  return sum / members.length;
}
