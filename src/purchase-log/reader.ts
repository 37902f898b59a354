/**
 * Turns the rows of a purchase log into purchases, one row at a time, so a file of a million rows
 * can stream through without being held as text. A row that cannot be read is skipped, counted
 * and (for the first 20) kept with its line number and the reason; refunds and other negative
 * amounts are left out and counted, because the spend model describes what customers pay.
 *
 * Purchases are kept in typed arrays (customer index, day, amount): about 16 bytes each.
 */
import { parseAmount, type DecimalSeparator } from './amounts';
import type { ColumnMapping } from './columns';
import { isoDate, parseDay, type DateFormat } from './dates';

/** How many skipped rows are listed; the rest are counted. */
export const LISTED_BAD_ROWS = 20;

export interface BadRow {
  /** 1-based line of the file. */
  line: number;
  reason: string;
}

/** What the amount column holds: what the row cost in all, or the price of one unit (times the quantity). */
export type AmountMeaning = 'total' | 'unit-price';

export interface ReadOptions {
  mapping: ColumnMapping;
  dateFormat: DateFormat;
  decimal: DecimalSeparator;
  /** With a quantity column, `'unit-price'` multiplies each amount by the row's quantity. */
  amountIs?: AmountMeaning;
  /**
   * The last day a purchase can fall on (today, as a day number, plus a day for time zones). A
   * later date is a typo, and one purchase in 2150 would stretch every customer's calendar: the
   * row is skipped. Leave it out to accept any date.
   */
  latestDay?: number;
}

/** The other reading of an ambiguous day/month date. */
const SWAPPED: Partial<Record<DateFormat, DateFormat>> = { dmy: 'mdy', mdy: 'dmy' };

/** A log read into columns. `customer[i]` indexes `customerIds`. */
export interface PurchaseLog {
  customerIds: string[];
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** Rows read as purchases (length of the arrays). */
  purchases: number;
  firstDay: number | undefined;
  lastDay: number | undefined;
}

export interface ReadReport {
  /** Data rows seen (blank lines and the header not counted). */
  rows: number;
  purchases: number;
  customers: number;
  badRows: number;
  /** The first `LISTED_BAD_ROWS` skipped rows. */
  listedBadRows: BadRow[];
  /** Rows with a negative amount (refunds), left out. */
  refunds: number;
  firstDay: number | undefined;
  lastDay: number | undefined;
  /** Skipped rows whose date did not read in the chosen format (or fell after `latestDay`). */
  badDates: number;
  /** Of `badDates`, how many read in the other day/month order (only for dd/mm and mm/dd formats). */
  swappedDates: number;
  /** Rows skipped because their date falls after `latestDay`. */
  futureDates: number;
  /** The largest purchase, where it is, and the median purchase (from a sample of up to 100,000). */
  largest: { amount: number; line: number; customer: string } | undefined;
  medianAmount: number | undefined;
  /** The earliest purchase's line, and the day by which 1% of purchases had been made. */
  earliestLine: number | undefined;
  firstPercentileDay: number | undefined;
}

/** The days a read log spans, as day numbers and as `yyyy-mm-dd`, for the calibration end's checks and messages. */
export interface ReportSpan {
  firstDay: number;
  lastDay: number;
  first: string;
  last: string;
}

/** The span of the purchases a report counted; `undefined` before a read or when none was read. */
export function reportSpan(report: ReadReport | undefined): ReportSpan | undefined {
  return report?.firstDay !== undefined && report.lastDay !== undefined
    ? {
        firstDay: report.firstDay,
        lastDay: report.lastDay,
        first: isoDate(report.firstDay),
        last: isoDate(report.lastDay),
      }
    : undefined;
}

/** Purchases sampled (evenly) for the median amount and the first percentile of dates. */
const QUANTILE_SAMPLE = 100_000;

/** The `q` quantile (0–1) of a sorted array. */
function quantile(sorted: Float64Array | Int32Array, q: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
}

/** Every k-th value, sorted, so a million purchases cost a sort of a hundred thousand. */
function sortedSample<T extends Float64Array | Int32Array>(values: T): T {
  const step = Math.max(1, Math.ceil(values.length / QUANTILE_SAMPLE));
  const sample = values.filter((_, i) => i % step === 0) as T;
  return sample.sort() as T;
}

/** The longest customer id kept; longer ids are refused as a sign of a wrong column. */
const MAX_ID_LENGTH = 200;

export class PurchaseLogReader {
  readonly #options: ReadOptions;
  readonly #index = new Map<string, number>();
  readonly #ids: string[] = [];
  #customer = new Int32Array(1024);
  #day = new Int32Array(1024);
  #amount = new Float64Array(1024);
  #count = 0;
  #rows = 0;
  #bad = 0;
  #badDates = 0;
  #swappedDates = 0;
  #futureDates = 0;
  #largest: { amount: number; line: number; index: number } | undefined;
  #earliestLine: number | undefined;
  #refunds = 0;
  readonly #listed: BadRow[] = [];
  #first: number | undefined;
  #last: number | undefined;

  constructor(options: ReadOptions) {
    const { mapping } = options;
    if (mapping.customer === undefined || mapping.date === undefined || mapping.amount === undefined) {
      throw new RangeError('mapping needs the customer, date and amount columns');
    }
    this.#options = options;
  }

  /** Reads one row; `line` is its 1-based line in the file. Blank rows are ignored. */
  add(row: readonly string[], line: number): void {
    if (row.every((cell) => cell.trim() === '')) return;
    this.#rows++;
    const reason = this.#read(row, line);
    if (reason === undefined) return;
    this.#bad++;
    if (this.#listed.length < LISTED_BAD_ROWS) this.#listed.push({ line, reason });
  }

  /** Keeps the row's purchase (or counts its refund); the reason when the row cannot be read. */
  #read(row: readonly string[], line: number): string | undefined {
    const { mapping, dateFormat, decimal, latestDay } = this.#options;
    const id = (row[mapping.customer ?? 0] ?? '').trim();
    if (id === '') return 'no customer ID';
    if (id.length > MAX_ID_LENGTH) return `customer ID longer than ${String(MAX_ID_LENGTH)} characters`;
    const dateText = row[mapping.date ?? 0] ?? '';
    const day = parseDay(dateText, dateFormat);
    if (day === undefined) {
      this.#badDates++;
      const swapped = SWAPPED[dateFormat];
      if (swapped && parseDay(dateText, swapped) !== undefined) this.#swappedDates++;
      return dateText.trim() === '' ? 'no date' : `“${clip(dateText)}” is not a date in the chosen format`;
    }
    if (latestDay !== undefined && day > latestDay) {
      this.#badDates++;
      this.#futureDates++;
      return `“${clip(dateText)}” (${isoDate(day)}) is after today`;
    }
    const amountText = row[mapping.amount ?? 0] ?? '';
    let amount = parseAmount(amountText, decimal);
    if (amount === undefined) return amountText.trim() === '' ? 'no amount' : `“${clip(amountText)}” is not an amount`;
    if (this.#options.amountIs === 'unit-price' && mapping.quantity !== undefined) {
      const quantityText = row[mapping.quantity] ?? '';
      const quantity = parseAmount(quantityText, decimal);
      if (quantity === undefined) {
        return quantityText.trim() === '' ? 'no quantity' : `“${clip(quantityText)}” is not a quantity`;
      }
      amount *= quantity;
    }
    if (amount < 0) {
      this.#refunds++;
      return undefined;
    }
    let index = this.#index.get(id);
    if (index === undefined) {
      index = this.#ids.length;
      this.#index.set(id, index);
      this.#ids.push(id);
    }
    if (this.#count === this.#day.length) this.#grow();
    this.#customer[this.#count] = index;
    this.#day[this.#count] = day;
    this.#amount[this.#count] = amount;
    if (this.#largest === undefined || amount > this.#largest.amount) {
      this.#largest = { amount, line, index };
    }
    this.#count++;
    if (this.#first === undefined || day < this.#first) {
      this.#first = day;
      this.#earliestLine = line;
    }
    if (this.#last === undefined || day > this.#last) this.#last = day;
    return undefined;
  }

  report(): ReadReport {
    const largest = this.#largest;
    return {
      rows: this.#rows,
      purchases: this.#count,
      customers: this.#ids.length,
      badRows: this.#bad,
      listedBadRows: [...this.#listed],
      refunds: this.#refunds,
      firstDay: this.#first,
      lastDay: this.#last,
      badDates: this.#badDates,
      swappedDates: this.#swappedDates,
      futureDates: this.#futureDates,
      largest: largest && { amount: largest.amount, line: largest.line, customer: this.#ids[largest.index] ?? '' },
      medianAmount: quantile(sortedSample(this.#amount.subarray(0, this.#count)), 0.5),
      earliestLine: this.#earliestLine,
      firstPercentileDay: quantile(sortedSample(this.#day.subarray(0, this.#count)), 0.01),
    };
  }

  /** The purchases read so far. */
  log(): PurchaseLog {
    return {
      customerIds: this.#ids,
      customer: this.#customer.subarray(0, this.#count),
      day: this.#day.subarray(0, this.#count),
      amount: this.#amount.subarray(0, this.#count),
      purchases: this.#count,
      firstDay: this.#first,
      lastDay: this.#last,
    };
  }

  #grow(): void {
    const size = this.#day.length * 2;
    const customer = new Int32Array(size);
    customer.set(this.#customer);
    const day = new Int32Array(size);
    day.set(this.#day);
    const amount = new Float64Array(size);
    amount.set(this.#amount);
    this.#customer = customer;
    this.#day = day;
    this.#amount = amount;
  }
}

function clip(text: string): string {
  const value = text.trim();
  return value.length > 30 ? `${value.slice(0, 29)}…` : value;
}
