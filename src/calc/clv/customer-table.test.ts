import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CustomerRows } from './analysis';
import {
  CUSTOMER_COLUMNS,
  csvCell,
  customerCell,
  customersCsv,
  FIRST_SORT,
  nextSort,
  sortedCustomers,
  type CustomerSortKey,
} from './customer-table';

/** Four customers, as the analysis lists them (the file's order). */
function rowsOf(
  customers: {
    id: string;
    frequency: number;
    recency: number;
    T: number;
    monetary: number;
    alive: number;
    purchases: number;
    value: number;
  }[],
): CustomerRows {
  const column = (key: Exclude<keyof (typeof customers)[number], 'id'>) => Float64Array.from(customers, (c) => c[key]);
  return {
    ids: customers.map((c) => c.id),
    frequency: column('frequency'),
    recency: column('recency'),
    T: column('T'),
    monetary: column('monetary'),
    alive: column('alive'),
    purchases: column('purchases'),
    value: column('value'),
    valueIfActive: column('value'),
  };
}

const rows = rowsOf([
  { id: 'C10', frequency: 2, recency: 30.5, T: 70, monetary: 25.5, alive: 0.9, purchases: 1.25, value: 40 },
  { id: 'C2', frequency: 0, recency: 0, T: 70, monetary: 0, alive: 1, purchases: 0.1, value: 3.5 },
  { id: 'C1', frequency: 5, recency: 60.25, T: 65.5, monetary: 12, alive: 0.95, purchases: 3.5, value: 40 },
  {
    id: '=HYPERLINK("http://evil.example","x")',
    frequency: 1,
    recency: 2,
    T: 10,
    monetary: 5,
    alive: 0.2,
    purchases: 0.01,
    value: 0.05,
  },
]);

describe('the customer table’s order', () => {
  test.each<[CustomerSortKey, boolean, number[]]>([
    // Equal values (C10 and C1 are both worth 40) keep the file's order, either way round.
    ['value', true, [0, 2, 1, 3]],
    ['value', false, [3, 1, 0, 2]],
    ['frequency', true, [2, 0, 3, 1]],
    ['alive', false, [3, 0, 2, 1]],
    // Names as people read them: C2 before C10 (and punctuation before letters).
    ['id', false, [3, 2, 1, 0]],
    ['id', true, [0, 1, 2, 3]],
  ])('by %s, descending %s', (key, descending, order) => {
    expect(sortedCustomers(rows, { key, descending })).toEqual(order);
  });

  test('starts with the most valuable; a header clicked again turns round; a new column starts largest first', () => {
    expect(FIRST_SORT).toEqual({ key: 'value', descending: true });
    expect(nextSort(FIRST_SORT, 'value')).toEqual({ key: 'value', descending: false });
    expect(nextSort({ key: 'value', descending: false }, 'value')).toEqual({ key: 'value', descending: true });
    expect(nextSort(FIRST_SORT, 'frequency')).toEqual({ key: 'frequency', descending: true });
    expect(nextSort(FIRST_SORT, 'id')).toEqual({ key: 'id', descending: false });
  });

  test('every order lists each customer once, and numbers in order', () => {
    const customer = fc.record({
      id: fc.string(),
      frequency: fc.integer({ min: 0, max: 5 }),
      recency: fc.double({ min: 0, max: 100, noNaN: true }),
      T: fc.double({ min: 0, max: 100, noNaN: true }),
      monetary: fc.double({ min: 0, max: 100, noNaN: true }),
      alive: fc.double({ min: 0, max: 1, noNaN: true }),
      purchases: fc.double({ min: 0, max: 10, noNaN: true }),
      value: fc.double({ min: 0, max: 1000, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(customer, { maxLength: 30 }),
        fc.constantFrom(...CUSTOMER_COLUMNS.map((c) => c.key)),
        fc.boolean(),
        (customers, key, descending) => {
          const table = rowsOf(customers);
          const order = sortedCustomers(table, { key, descending });
          expect([...order].sort((a, b) => a - b)).toEqual(customers.map((_, i) => i));
          if (key !== 'id') {
            const values = order.map((i) => table[key][i] ?? 0);
            for (let k = 1; k < values.length; k++) {
              const [before, after] = [values[k - 1] ?? 0, values[k] ?? 0];
              expect(descending ? before >= after : before <= after).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('the customer table’s cells', () => {
  test.each<[CustomerSortKey, number, string]>([
    ['id', 0, 'C10'],
    ['frequency', 2, '5'],
    ['recency', 2, '60.3'],
    ['T', 0, '70.0'],
    ['monetary', 0, '$25.50'],
    // A one-time buyer has no mean repeat spend.
    ['monetary', 1, '–'],
    ['alive', 0, '90.0%'],
    ['purchases', 0, '1.25'],
    ['value', 1, '$3.50'],
  ])('%s of row %d is “%s”', (key, i, text) => {
    expect(customerCell(rows, i, key, 'USD', 'en-US')).toBe(text);
  });
});

describe('the CSV export', () => {
  test.each<[string, string, string]>([
    ['a plain ID is left alone', 'C-001', 'C-001'],
    ['a formula is read as text', '=1+1', "'=1+1"],
    ['a leading plus is read as text', '+48123456789', "'+48123456789"],
    ['a leading minus is read as text', '-42', "'-42"],
    ['a leading at sign is read as text', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a leading tab is read as text', '\t=1+1', "'\t=1+1"],
    ['a leading carriage return is read as text, and quoted', '\r=1+1', `"'\r=1+1"`],
    [
      'a formula with a comma and quotes is guarded, then quoted with its quotes doubled',
      '=HYPERLINK("a","b")',
      `"'=HYPERLINK(""a"",""b"")"`,
    ],
    ['a comma is quoted', 'Smith, J', '"Smith, J"'],
    ['a quote is doubled', 'the "best"', '"the ""best"""'],
    ['a line break is quoted', 'a\nb', '"a\nb"'],
    ['a sign later in the ID is harmless', 'A=1', 'A=1'],
    ['an empty ID stays empty', '', ''],
  ])('%s', (_, id, cell) => {
    expect(csvCell(id)).toBe(cell);
  });

  test('no cell the guard writes can start a formula', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const cell = csvCell(id);
        const value = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(value).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  test('writes the header, then a row per customer in the table’s order, in plain numbers', () => {
    const csv = customersCsv(rows, [2, 1, 3]);
    expect(csv.split('\n')).toEqual([
      'customer,repeat_purchases,recency_weeks,age_weeks,mean_repeat_spend,p_alive,expected_purchases,expected_value',
      'C1,5,60.25,65.50,12.00,0.9500,3.5000,40.00',
      // A one-time buyer's mean repeat spend is blank, not 0.00.
      'C2,0,0.00,70.00,,1.0000,0.1000,3.50',
      `"'=HYPERLINK(""http://evil.example"",""x"")",1,2.00,10.00,5.00,0.2000,0.0100,0.05`,
      '',
    ]);
  });
});
