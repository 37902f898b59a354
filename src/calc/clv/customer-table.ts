/**
 * The customer-base lab's table of every customer: its columns, their order when sorted, each
 * cell as the table shows it, and the same rows as a CSV file. Pure, so the order and the export
 * (with its guard against spreadsheet formulas) are tested without a browser.
 */
import { formatFixedNumber, formatFixedPercent, formatMoneyInColumn, formatNumber } from '../../course/format';
import type { CustomerRows } from './analysis';

export type CustomerSortKey = 'id' | 'frequency' | 'recency' | 'T' | 'monetary' | 'alive' | 'purchases' | 'value';

export interface CustomerSort {
  key: CustomerSortKey;
  descending: boolean;
}

/** The table's columns, in order: the header the page shows and the one the CSV file has. */
export const CUSTOMER_COLUMNS: readonly { key: CustomerSortKey; label: string; csv: string }[] = [
  { key: 'id', label: 'Customer', csv: 'customer' },
  { key: 'frequency', label: 'Repeat purchases', csv: 'repeat_purchases' },
  { key: 'recency', label: 'Last repeat in week', csv: 'recency_weeks' },
  { key: 'T', label: 'Age (weeks)', csv: 'age_weeks' },
  { key: 'monetary', label: 'Mean repeat spend', csv: 'mean_repeat_spend' },
  { key: 'alive', label: 'P(alive)', csv: 'p_alive' },
  { key: 'purchases', label: 'Expected purchases', csv: 'expected_purchases' },
  { key: 'value', label: 'Expected value', csv: 'expected_value' },
];

/** The most valuable customers first. */
export const FIRST_SORT: CustomerSort = { key: 'value', descending: true };

/**
 * The sort after a click on `key`'s header: the same column turns round; another column starts
 * with its largest values (customers by name, A first).
 */
export function nextSort(current: CustomerSort, key: CustomerSortKey): CustomerSort {
  return { key, descending: current.key === key ? !current.descending : key !== 'id' };
}

/**
 * The rows' indices in the table's order. Names compare as people read them ("C2" before "C10");
 * equal numbers keep the file's order, whichever way the column is sorted.
 */
export function sortedCustomers(rows: CustomerRows, sort: CustomerSort): number[] {
  const index = Array.from({ length: rows.ids.length }, (_, i) => i);
  const sign = sort.descending ? -1 : 1;
  if (sort.key === 'id') {
    const collator = new Intl.Collator(undefined, { numeric: true });
    index.sort((a, b) => sign * collator.compare(rows.ids[a] ?? '', rows.ids[b] ?? ''));
  } else {
    const values = rows[sort.key];
    index.sort((a, b) => sign * ((values[a] ?? 0) - (values[b] ?? 0)) || a - b);
  }
  return index;
}

/** Row `i`'s cell in column `key`, as the table shows it (money in `currency`). */
export function customerCell(
  rows: CustomerRows,
  i: number,
  key: CustomerSortKey,
  currency: string,
  locale?: string,
): string {
  switch (key) {
    case 'id':
      return rows.ids[i] ?? '';
    case 'frequency':
      return formatNumber(rows.frequency[i] ?? 0, 0, locale);
    case 'recency':
    case 'T':
      return formatFixedNumber(rows[key][i] ?? 0, 1, locale);
    case 'monetary':
      // A one-time buyer has no repeat purchases to average.
      return (rows.frequency[i] ?? 0) > 0 ? formatMoneyInColumn(rows.monetary[i] ?? 0, currency, locale) : '–';
    case 'alive':
      return formatFixedPercent(rows.alive[i] ?? 0, locale);
    case 'purchases':
      return formatFixedNumber(rows.purchases[i] ?? 0, 2, locale);
    case 'value':
      return formatMoneyInColumn(rows.value[i] ?? 0, currency, locale);
  }
}

/**
 * One CSV cell. A customer ID comes from the learner's file and may start like a formula
 * (`=HYPERLINK(…)`, `+1`, `-1`, `@SUM(…)`, or a tab or carriage return before one): a spreadsheet
 * opening the export would run it, so such a cell starts with an apostrophe and is read as text.
 * A cell with a quote, comma or line break is quoted, its quotes doubled.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rows in `order` as a CSV file: a header of `CUSTOMER_COLUMNS`' names, then plain numbers (a
 * point for decimals, no grouping, no currency) so any spreadsheet reads them; ends with a line break.
 */
export function customersCsv(rows: CustomerRows, order: readonly number[]): string {
  const lines = [CUSTOMER_COLUMNS.map((c) => c.csv).join(',')];
  for (const i of order) {
    lines.push(
      [
        csvCell(rows.ids[i] ?? ''),
        String(rows.frequency[i] ?? 0),
        (rows.recency[i] ?? 0).toFixed(2),
        (rows.T[i] ?? 0).toFixed(2),
        // A one-time buyer has no repeat purchases to average: blank, not 0.00.
        (rows.frequency[i] ?? 0) > 0 ? (rows.monetary[i] ?? 0).toFixed(2) : '',
        (rows.alive[i] ?? 0).toFixed(4),
        (rows.purchases[i] ?? 0).toFixed(4),
        (rows.value[i] ?? 0).toFixed(2),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
