/**
 * The customer-base models behind `/labs/customer-base/`, as DESIGN.md states their contract: time in
 * weeks, dates as `yyyy-mm-dd`. The lab itself reads logs in columns (`summarizeColumns`) and
 * analyses them with `analyseCustomerBase`; this entry point serves code that holds transactions
 * as objects.
 */
import { dayNumber, summarizePurchases } from './summary';

export { fitBgNbd, probabilityAlive, expectedPurchases, expectedPurchasesNewCustomer } from './bgnbd';
export { fitGammaGamma, expectedAverageSpend } from './gamma-gamma';
export { discountedClv } from './clv';
export { analyseCustomerBase } from './analysis';
export { summarizeColumns } from './summary';

export interface Transaction {
  customerId: string;
  /** `yyyy-mm-dd`. */
  date: string;
  amount: number;
}

export interface TransactionSummary {
  customerId: string;
  frequency: number;
  recency: number;
  T: number;
  /** Mean value of the repeat purchases; 0 without any. */
  monetary: number;
}

function day(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const value = m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  if (!m || new Date(value * 86_400_000).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`date must be a calendar date as yyyy-mm-dd (got ${JSON.stringify(date)})`);
  }
  return value;
}

/**
 * Per-customer summaries in weeks: same-day purchases merged, `calibrationEnd` inclusive (default
 * the last date in `tx`). Throws `RangeError` for a malformed date.
 */
export function summarize(tx: readonly Transaction[], options: { calibrationEnd?: string } = {}): TransactionSummary[] {
  const purchases = tx.map((t) => ({ customer: t.customerId, day: day(t.date), amount: t.amount }));
  const end =
    options.calibrationEnd === undefined
      ? purchases.reduce((last, p) => Math.max(last, p.day), -Infinity)
      : day(options.calibrationEnd);
  if (!Number.isFinite(end)) return [];
  return summarizePurchases(purchases, { calibrationEnd: end }).map((s) => ({
    customerId: s.customer,
    frequency: s.frequency,
    recency: s.recency,
    T: s.T,
    monetary: s.monetary,
  }));
}
