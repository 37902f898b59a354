/**
 * From a purchase log to the per-customer summary the models read, as the literature builds it
 * (Fader, Hardie & Lee 2005): a customer's purchases on the same day are one purchase (amounts
 * added); the first purchase starts the customer's clock; frequency is the number of later purchase
 * days up to the end of calibration, recency the time from the first purchase to the last of them,
 * T the time from the first purchase to the end of calibration, and monetary the mean value of the
 * repeat purchase days (the first purchase left out). An optional holdout period counts each
 * customer's purchase days after calibration, for checking forecasts.
 *
 * Days are whole days since 1 January 1970 (UTC), so no time zone can move a purchase.
 * Pure: invalid input throws `RangeError` naming the field.
 */
import { checkNumber } from '../checks';

export interface Purchase {
  customer: string;
  /** Whole days since 1970-01-01 (UTC). */
  day: number;
  amount: number;
}

export interface SummaryOptions {
  /** The last day of the calibration period (inclusive). */
  calibrationEnd: number;
  /** The last day of the holdout period (inclusive), after calibrationEnd; none when omitted. */
  holdoutEnd?: number;
  /** Days per time unit: 7 for weeks (the literature's), 1 for days. Default 7. */
  daysPerUnit?: number;
}

export interface CustomerSummary {
  customer: string;
  /** The day of the first purchase. */
  firstDay: number;
  /** Value of the first purchase day. */
  firstAmount: number;
  frequency: number;
  recency: number;
  T: number;
  /** Mean value of the repeat purchase days in calibration; 0 when there are none. */
  monetary: number;
  /** Purchase days in the holdout period (0 without one). */
  holdoutFrequency: number;
}

/** The day number of a calendar date (UTC). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** Purchases in columns, as a streaming reader keeps them: `customer[i]` indexes `customerIds`. */
export interface PurchaseColumns {
  customerIds: readonly string[];
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
}

export interface LogSummary {
  customers: CustomerSummary[];
  calibrationEnd: number;
  /** The last day of the holdout; `undefined` without one. */
  holdoutEnd: number | undefined;
  /** The first day of the calibration cohort's first purchases (the start of `repeatsPerDay`). */
  startDay: number;
  /**
   * Repeat purchase days of the cohort per calendar day, from `startDay` to the end of the holdout
   * (or of calibration without one): the aggregate curve the models' forecast is checked against.
   */
  repeatsPerDay: Int32Array;
}

export function summarizePurchases(purchases: Iterable<Purchase>, options: SummaryOptions): CustomerSummary[] {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (const purchase of purchases) {
    checkNumber(purchase.day, 'day', 'a whole day number', Number.isInteger);
    checkNumber(purchase.amount, 'amount', 'a number', () => true);
    let i = index.get(purchase.customer);
    if (i === undefined) {
      i = ids.length;
      index.set(purchase.customer, i);
      ids.push(purchase.customer);
    }
    customer.push(i);
    day.push(purchase.day);
    amount.push(purchase.amount);
  }
  return summarizeColumns(
    {
      customerIds: ids,
      customer: Int32Array.from(customer),
      day: Int32Array.from(day),
      amount: Float64Array.from(amount),
    },
    options,
  ).customers;
}

/**
 * The summary of purchases held in columns, in time linear in the number of purchases (customers
 * are bucketed, not sorted), for logs of a million rows. Customers appear in order of their first
 * row in the log.
 */
export function summarizeColumns(log: PurchaseColumns, options: SummaryOptions): LogSummary {
  const { calibrationEnd, holdoutEnd, daysPerUnit = 7 } = options;
  checkNumber(calibrationEnd, 'calibrationEnd', 'a whole day number', Number.isInteger);
  if (holdoutEnd !== undefined) {
    checkNumber(
      holdoutEnd,
      'holdoutEnd',
      'a whole day after calibrationEnd',
      (n) => Number.isInteger(n) && n > calibrationEnd,
    );
  }
  checkNumber(daysPerUnit, 'daysPerUnit', 'a positive number', (n) => n > 0);
  const n = log.day.length;
  const customers = log.customerIds.length;
  // Bucket the purchases by customer: offsets[c] .. offsets[c + 1] in `order`.
  const offsets = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) {
    const c = (log.customer[i] ?? 0) + 1;
    offsets[c] = (offsets[c] ?? 0) + 1;
  }
  for (let c = 0; c < customers; c++) offsets[c + 1] = (offsets[c + 1] ?? 0) + (offsets[c] ?? 0);
  const fill = offsets.slice(0, customers);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = log.customer[i] ?? 0;
    const at = fill[c] ?? 0;
    order[at] = i;
    fill[c] = at + 1;
  }
  const end = holdoutEnd ?? calibrationEnd;
  const summaries: CustomerSummary[] = [];
  const repeats: number[] = [];
  let startDay = Infinity;
  const days: number[] = [];
  const totals: number[] = [];
  for (let c = 0; c < customers; c++) {
    const from = offsets[c] ?? 0;
    const to = offsets[c + 1] ?? 0;
    const rows = Array.from(order.subarray(from, to)).sort((a, b) => (log.day[a] ?? 0) - (log.day[b] ?? 0));
    // Same-day purchases are one purchase, amounts added.
    days.length = 0;
    totals.length = 0;
    for (const row of rows) {
      const d = log.day[row] ?? 0;
      const a = log.amount[row] ?? 0;
      if (days.length > 0 && days[days.length - 1] === d)
        totals[totals.length - 1] = (totals[totals.length - 1] ?? 0) + a;
      else {
        days.push(d);
        totals.push(a);
      }
    }
    const firstDay = days[0];
    // A customer whose first purchase comes on the last day of calibration or later is not part of
    // the calibration cohort: with an age of 0 there is nothing yet to learn from them.
    if (firstDay === undefined || firstDay >= calibrationEnd) continue;
    startDay = Math.min(startDay, firstDay);
    let frequency = 0;
    let last = firstDay;
    let repeatTotal = 0;
    let holdoutFrequency = 0;
    for (let k = 1; k < days.length; k++) {
      const d = days[k] ?? 0;
      if (d <= calibrationEnd) {
        frequency++;
        last = d;
        repeatTotal += totals[k] ?? 0;
      } else if (holdoutEnd !== undefined && d <= holdoutEnd) holdoutFrequency++;
      if (d <= end) repeats.push(d);
    }
    summaries.push({
      customer: log.customerIds[c] ?? '',
      firstDay,
      firstAmount: totals[0] ?? 0,
      frequency,
      recency: (last - firstDay) / daysPerUnit,
      T: (calibrationEnd - firstDay) / daysPerUnit,
      monetary: frequency > 0 ? repeatTotal / frequency : 0,
      holdoutFrequency,
    });
  }
  if (!Number.isFinite(startDay)) startDay = calibrationEnd;
  const repeatsPerDay = new Int32Array(end - startDay + 1);
  for (const day of repeats) {
    const d = day - startDay;
    repeatsPerDay[d] = (repeatsPerDay[d] ?? 0) + 1;
  }
  return { customers: summaries, calibrationEnd, holdoutEnd, startDay, repeatsPerDay };
}
