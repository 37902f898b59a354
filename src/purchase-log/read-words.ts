/**
 * What the customer-base lab says about a read purchase log, in words: the read summary, the rows
 * skipped, what each role still needs, the date format's note and the warnings of `warnings.ts`.
 * Pure, so every sentence is tested without a browser; the lab renders the text (and, for a
 * warning, the one button a part asks for).
 */
import { formatCount, formatNumber } from '../course/format';
import type { LogLayout, Role } from './columns';
import { DATE_FORMAT_LABELS, isoDate, type DateFormat } from './dates';
import { ENCODING_LABELS, type TextEncoding } from './encoding';
import type { BadRow, ReadReport } from './reader';
import type { ReadWarning } from './warnings';

/** A piece of a warning: text, or a button that reads the dates in another format. */
export type WarningPart = string | { kind: 'read-dates-as'; format: DateFormat; label: string };

/** The short name of a date format, for sentences: "day/month/year". */
export function shortDateFormat(format: DateFormat): string {
  return (DATE_FORMAT_LABELS[format].split(' (')[0] ?? format).toLowerCase();
}

/** "Read 6,919 rows: 6,919 purchases by 2,357 customers, from 1997-01-01 to 1998-06-30." and what was left out. */
export function readSummaryText(report: ReadReport, encoding: TextEncoding, locale?: string): string {
  const count = (n: number, one: string, many: string): string => formatCount(n, one, many, locale);
  const span =
    report.firstDay !== undefined && report.lastDay !== undefined
      ? `, from ${isoDate(report.firstDay)} to ${isoDate(report.lastDay)}`
      : '';
  const refunds =
    report.refunds > 0
      ? ` ${count(report.refunds, 'row has', 'rows have')} a negative amount (a refund) and ${report.refunds === 1 ? 'is' : 'are'} left out.`
      : '';
  const read = encoding === 'utf-8' ? '' : ` The file was read as ${ENCODING_LABELS[encoding]} text.`;
  return `Read ${count(report.rows, 'row', 'rows')}: ${count(report.purchases, 'purchase', 'purchases')} by ${count(report.customers, 'customer', 'customers')}${span}.${refunds}${read}`;
}

/** The heading of the skipped rows' list: "2 rows were skipped", "(the first 20 listed)" when cut. */
export function skippedRowsSummary(report: ReadReport, locale?: string): string {
  const cut =
    report.badRows > report.listedBadRows.length ? ` (the first ${String(report.listedBadRows.length)} listed)` : '';
  return `${formatCount(report.badRows, 'row was', 'rows were', locale)} skipped${cut}`;
}

/** One skipped row: "Line 4: “abc” is not an amount". */
export function skippedRowText(bad: BadRow, locale?: string): string {
  return `Line ${formatNumber(bad.line, 0, locale)}: ${bad.reason}`;
}

/** What to do about a role the file still needs a column for. */
export function columnProblem(role: Exclude<Role, 'quantity'>): string {
  switch (role) {
    case 'customer':
      return 'Choose the column that identifies the customer.';
    case 'date':
      return 'Choose the purchase date column.';
    case 'amount':
      return 'Choose the column with the amount paid.';
  }
}

/** A column's first value, as the column picker shows it after the column's name: " (19970101)". */
export function columnExample(preview: readonly (readonly string[])[], column: number): string {
  const value = preview[0]?.[column]?.trim() ?? '';
  return value === '' ? '' : ` (${value.length > 16 ? `${value.slice(0, 15)}…` : value})`;
}

/** The note under the date format: where the format came from, or that none reads the dates. */
export function dateFormatNote(
  layout: Pick<LogLayout, 'mapping' | 'dateCandidates'>,
  missing: readonly (Role | 'dateFormat')[],
): { text: string; problem: boolean } {
  if (missing.includes('dateFormat')) {
    return { text: 'The date column’s values are in none of these formats.', problem: true };
  }
  return {
    text:
      layout.mapping.date === undefined
        ? 'Read from the purchase date column once it is chosen.'
        : layout.dateCandidates.length > 1
          ? 'These dates read both ways (day first or month first): check the choice.'
          : 'Detected from the file.',
    problem: false,
  };
}

/** A warning of `readWarnings` as the lab says it; `dateFormat` is the format the file was read in. */
export function warningParts(warning: ReadWarning, dateFormat: DateFormat | undefined, locale?: string): WarningPart[] {
  const count = (n: number, one: string, many: string): string => formatCount(n, one, many, locale);
  const whole = (v: number): string => formatNumber(v, 0, locale);
  const amount = (v: number): string => formatNumber(v, 2, locale);
  switch (warning.kind) {
    case 'date-order': {
      const { skipped, readOtherWay, suggested } = warning;
      const which =
        readOtherWay === skipped
          ? skipped === 1
            ? 'it reads'
            : 'every one of them reads'
          : `${whole(readOtherWay)} of them ${readOtherWay === 1 ? 'reads' : 'read'}`;
      const chosen = dateFormat ? shortDateFormat(dateFormat) : 'the chosen format';
      return [
        `${count(skipped, 'row was', 'rows were')} skipped because ${skipped === 1 ? 'its date does' : 'their dates do'} not read as ${chosen}, and ${which} as ${shortDateFormat(suggested)}: the dates are probably written ${suggested === 'mdy' ? 'month first' : 'day first'}. `,
        { kind: 'read-dates-as', format: suggested, label: `Read dates as ${shortDateFormat(suggested)}` },
      ];
    }
    case 'future-dates':
      return [
        `${count(warning.skipped, 'row is', 'rows are')} dated after today and ${warning.skipped === 1 ? 'was' : 'were'} skipped: a date in the future is a typo, and would stretch every customer’s calendar. The skipped rows are listed below.`,
      ];
    case 'large-amount':
      return [
        `One purchase, ${amount(warning.amount)} by customer “${warning.customer}” on line ${whole(warning.line)}, is ${whole(Math.floor(warning.amount / warning.median))} times the median purchase (${amount(warning.median)}). If it is a typo, correct the file: a few purchases this large move the spend model for every customer.`,
      ];
    case 'early-date':
      return [
        `The earliest purchase, on ${isoDate(warning.day)} (line ${whole(warning.line)}), comes years before the rest of the file, which starts around ${isoDate(warning.usualStart)}. If it is a typo, correct the file: each customer’s age is counted from their first purchase.`,
      ];
  }
}
