/**
 * What in a read purchase log deserves a second look before anyone trusts the models: dates that
 * the other day/month order would read, dates after today, one purchase far larger than the rest,
 * or a first purchase long before everything else. Each is a likely typo or a wrong choice that
 * silently moves every figure, so the lab says so beside the read summary, with what to do.
 */
import type { DateFormat } from './dates';
import type { ReadReport } from './reader';

export type ReadWarning =
  /**
   * Many dates failed in the chosen order and read in the other: the order is probably wrong.
   * `skipped` counts the rows whose date did not read (not those dated after today).
   */
  | { kind: 'date-order'; skipped: number; readOtherWay: number; suggested: DateFormat }
  /** Rows dated after today were skipped. */
  | { kind: 'future-dates'; skipped: number }
  /** The largest purchase is at least `LARGE_AMOUNT_RATIO` times the median. */
  | { kind: 'large-amount'; amount: number; line: number; customer: string; median: number }
  /** The earliest purchase is over `EARLY_DATE_GAP_DAYS` before 1% of purchases had been made. */
  | { kind: 'early-date'; day: number; line: number; usualStart: number };

/** How many times the median purchase makes one purchase worth a look. */
export const LARGE_AMOUNT_RATIO = 100;
/** How long before the first percentile of dates a first purchase looks like a typo (two years). */
export const EARLY_DATE_GAP_DAYS = 731;

const OTHER_ORDER: Partial<Record<DateFormat, DateFormat>> = { dmy: 'mdy', mdy: 'dmy' };

/** The warnings for a read, most consequential first. */
export function readWarnings(report: ReadReport, dateFormat: DateFormat | undefined): ReadWarning[] {
  const warnings: ReadWarning[] = [];
  const other = dateFormat ? OTHER_ORDER[dateFormat] : undefined;
  // A handful of typos read the other way by chance; a wrong order fails on every day above 12.
  const unread = report.badDates - report.futureDates;
  if (other && report.swappedDates > 0 && report.swappedDates >= Math.max(3, unread * 0.5)) {
    warnings.push({
      kind: 'date-order',
      skipped: unread,
      readOtherWay: report.swappedDates,
      suggested: other,
    });
  }
  if (report.futureDates > 0) warnings.push({ kind: 'future-dates', skipped: report.futureDates });
  const { largest, medianAmount } = report;
  if (
    largest &&
    medianAmount !== undefined &&
    medianAmount > 0 &&
    largest.amount >= LARGE_AMOUNT_RATIO * medianAmount
  ) {
    warnings.push({ kind: 'large-amount', ...largest, median: medianAmount });
  }
  const { firstDay, firstPercentileDay, earliestLine } = report;
  if (
    firstDay !== undefined &&
    firstPercentileDay !== undefined &&
    earliestLine !== undefined &&
    firstPercentileDay - firstDay > EARLY_DATE_GAP_DAYS
  ) {
    warnings.push({ kind: 'early-date', day: firstDay, line: earliestLine, usualStart: firstPercentileDay });
  }
  return warnings;
}
