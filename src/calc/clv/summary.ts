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

export function summarizePurchases(purchases: Iterable<Purchase>, options: SummaryOptions): CustomerSummary[] {
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
  // Each customer's amount per purchase day.
  const byCustomer = new Map<string, Map<number, number>>();
  for (const { customer, day, amount } of purchases) {
    checkNumber(day, 'day', 'a whole day number', Number.isInteger);
    checkNumber(amount, 'amount', 'a number', () => true);
    let days = byCustomer.get(customer);
    if (!days) byCustomer.set(customer, (days = new Map<number, number>()));
    days.set(day, (days.get(day) ?? 0) + amount);
  }
  const summaries: CustomerSummary[] = [];
  for (const [customer, days] of byCustomer) {
    const sorted = [...days.keys()].sort((a, b) => a - b);
    const firstDay = sorted[0];
    // A customer whose first purchase comes after calibration is not part of the calibration cohort.
    if (firstDay === undefined || firstDay > calibrationEnd) continue;
    let frequency = 0;
    let last = firstDay;
    let repeatTotal = 0;
    let holdoutFrequency = 0;
    for (const day of sorted.slice(1)) {
      if (day <= calibrationEnd) {
        frequency++;
        last = day;
        repeatTotal += days.get(day) ?? 0;
      } else if (holdoutEnd !== undefined && day <= holdoutEnd) holdoutFrequency++;
    }
    summaries.push({
      customer,
      firstDay,
      firstAmount: days.get(firstDay) ?? 0,
      frequency,
      recency: (last - firstDay) / daysPerUnit,
      T: (calibrationEnd - firstDay) / daysPerUnit,
      monetary: frequency > 0 ? repeatTotal / frequency : 0,
      holdoutFrequency,
    });
  }
  return summaries;
}
