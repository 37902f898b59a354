/**
 * Which column of a purchase log holds what. The learner's export may name its columns anything
 * (`Customer ID`, `client`, `Order date`, `Net sales`…) or not name them at all, so detection reads
 * the header's words first and the values second; the learner can override every choice.
 */
import { detectCurrency, detectDecimalSeparator, parseAmount, type DecimalSeparator } from './amounts';
import { detectDateFormat, type DateFormat } from './dates';

export const ROLES = ['customer', 'date', 'amount', 'quantity'] as const;
export type Role = (typeof ROLES)[number];

/** Column index per role; quantity is optional, the others are needed to read a purchase. */
export interface ColumnMapping {
  customer: number | undefined;
  date: number | undefined;
  amount: number | undefined;
  quantity: number | undefined;
}

export const ROLE_LABELS: Record<Role, string> = {
  customer: 'Customer ID',
  date: 'Purchase date',
  amount: 'Amount',
  quantity: 'Quantity (optional)',
};

const headerWords: Record<Role, RegExp> = {
  customer: /cust|client|buyer|member|account|user|shopper|patron|\bid\b|_id\b|id$/i,
  date: /date|time|\bday\b|when|ordered|purchased/i,
  amount: /amount|sales|revenue|value|total|price|spend|dollar|net|gross|paid|sum\b|€|\$|£/i,
  quantity: /qty|quantit|units|items|count|number|cds|pieces/i,
};

/** The order roles claim header words in: "number_of_cds" is a quantity before it is an id. */
const claimOrder: Role[] = ['date', 'amount', 'quantity', 'customer'];

export interface LogLayout {
  /** Whether the first row names the columns. */
  hasHeader: boolean;
  /** A name per column: the header's, or "Column 1", "Column 2"… */
  names: string[];
  mapping: ColumnMapping;
  dateFormat: DateFormat | undefined;
  /** Formats that read the sample dates equally well (two when day and month are ambiguous). */
  dateCandidates: DateFormat[];
  decimal: DecimalSeparator;
  /** Whether the amount is the row's total or the price of one unit (times the quantity). */
  amountIs: 'total' | 'unit-price';
  /** The currency the amounts are written in, when their symbols or codes say so (ISO 4217). */
  currency: string | undefined;
}

function isNumberLike(value: string): boolean {
  return parseAmount(value, '.') !== undefined || parseAmount(value, ',') !== undefined;
}

function column(rows: readonly (readonly string[])[], index: number): string[] {
  return rows.map((row) => (row[index] ?? '').trim()).filter((v) => v !== '');
}

function dateShare(values: readonly string[]): number {
  return detectDateFormat(values).share;
}

/**
 * The layout of a log from its first rows (a few dozen are plenty). `preferMonthFirst` settles
 * ambiguous dates the way the learner's locale writes them.
 */
export function detectLayout(
  rows: readonly (readonly string[])[],
  { preferMonthFirst = false, hasHeader: header }: { preferMonthFirst?: boolean; hasHeader?: boolean } = {},
): LogLayout {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const first = rows[0] ?? [];
  const body = rows.slice(1);
  // A header row has a cell that is not a number or a date where the rows below mostly are, or a
  // cell naming a role.
  const hasHeader =
    header ??
    (first.some((cell) => ROLES.some((role) => headerWords[role].test(cell)) && !isNumberLike(cell)) ||
      first.some((cell, i) => {
        const below = column(body, i);
        if (below.length === 0 || cell.trim() === '' || isNumberLike(cell)) return false;
        const typed = below.filter((v) => isNumberLike(v)).length + below.length * dateShare(below);
        return typed >= below.length * 0.8;
      }));
  const data = hasHeader ? body : rows;
  const names = Array.from({ length: width }, (_, i) =>
    hasHeader && (first[i] ?? '').trim() !== '' ? (first[i] ?? '').trim() : `Column ${i + 1}`,
  );
  const mapping: ColumnMapping = { customer: undefined, date: undefined, amount: undefined, quantity: undefined };
  const taken = new Set<number>();
  const claim = (role: Role, index: number | undefined): void => {
    if (index === undefined || taken.has(index)) return;
    mapping[role] = index;
    taken.add(index);
  };
  const values = Array.from({ length: width }, (_, i) => column(data, i));
  // Date: the column whose values read best as dates, by name first.
  const dateShares = values.map((v) => dateShare(v));
  if (hasHeader) {
    for (const role of claimOrder) {
      const index = names.findIndex((name, i) => !taken.has(i) && headerWords[role].test(name));
      if (index < 0) continue;
      if (role === 'date' && (dateShares[index] ?? 0) < 0.5) continue;
      if ((role === 'amount' || role === 'quantity') && !mostly(values[index] ?? [], isNumberLike)) continue;
      claim(role, index);
    }
  }
  if (mapping.date === undefined) {
    const best = argmax(dateShares, (share, i) => share >= 0.5 && !taken.has(i));
    claim('date', best);
  }
  if (mapping.amount === undefined) {
    // Prefer a column with decimals (money) over whole numbers (quantities, ids).
    const scores = values.map((v, i) =>
      taken.has(i) || !mostly(v, isNumberLike) ? -1 : v.filter((x) => /[.,]\d{1,2}\b|\p{Sc}/u.test(x)).length + 1,
    );
    // Among equals, the later column: exports lead with ids and end with money.
    claim(
      'amount',
      argmax(scores, (s) => s >= 1, true),
    );
  }
  if (mapping.customer === undefined) {
    // The first column left: exports usually lead with the customer.
    const index = values.findIndex((v, i) => !taken.has(i) && v.length > 0);
    claim('customer', index < 0 ? undefined : index);
  }
  if (mapping.quantity === undefined && hasHeader) {
    const index = names.findIndex((name, i) => !taken.has(i) && headerWords.quantity.test(name));
    claim('quantity', index < 0 ? undefined : index);
  }
  const dates = mapping.date === undefined ? undefined : detectDateFormat(values[mapping.date] ?? [], preferMonthFirst);
  const amounts = mapping.amount === undefined ? [] : (values[mapping.amount] ?? []);
  return {
    hasHeader,
    names,
    mapping,
    dateFormat: dates?.format,
    dateCandidates: dates?.candidates ?? [],
    decimal: detectDecimalSeparator(amounts),
    amountIs: amountMeaning(hasHeader ? names[mapping.amount ?? -1] : undefined, mapping.quantity !== undefined),
    currency: detectCurrency([...amounts, ...(mapping.amount === undefined ? [] : [names[mapping.amount] ?? ''])]),
  };
}

/**
 * A money column is the row's total unless its header names the price of one unit ("UnitPrice",
 * "unit_price", "Price each", "Price") and a quantity column is there to multiply it by. Exports
 * name their money column "Total" or "Sales" far more often; the learner can say otherwise.
 */
function amountMeaning(header: string | undefined, hasQuantity: boolean): 'total' | 'unit-price' {
  if (!hasQuantity || header === undefined) return 'total';
  const words = header
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .trim();
  if (/total|sum|amount|sales|revenue|net|gross|line|value/.test(words)) return 'total';
  return /unit|each|per (item|unit)|^(item |sale )?price$/.test(words.replace(/(?<=[a-z])(?=price)/, ' '))
    ? 'unit-price'
    : 'total';
}

function mostly(values: readonly string[], test: (v: string) => boolean): boolean {
  return values.length > 0 && values.filter(test).length >= values.length * 0.8;
}

function argmax(
  scores: readonly number[],
  allowed: (score: number, index: number) => boolean,
  laterWins = false,
): number | undefined {
  let best: number | undefined;
  scores.forEach((score, i) => {
    if (!allowed(score, i)) return;
    const top = best === undefined ? -Infinity : (scores[best] ?? -Infinity);
    if (score > top || (laterWins && score === top)) best = i;
  });
  return best;
}

/**
 * The mapping after the learner gives `role` the column `index` (`undefined`: no column). One column,
 * one role: a role that had this column gives it up, and is then missing, so the lab asks for it again.
 */
export function assignColumn(mapping: ColumnMapping, role: Role, index: number | undefined): ColumnMapping {
  const next: ColumnMapping = { ...mapping, [role]: index };
  if (index === undefined) return next;
  for (const other of ROLES) if (other !== role && next[other] === index) next[other] = undefined;
  return next;
}
