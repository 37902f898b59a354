import { describe, expect, test } from 'vitest';
import { detectCurrency, detectDecimalSeparator, parseAmount } from './amounts';
import { detectLayout } from './columns';
import { detectDateFormat, isoDate, parseDay, type DateFormat } from './dates';
import { LISTED_BAD_ROWS, PurchaseLogReader, reportSpan, type ReadReport } from './reader';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('parseDay', () => {
  test.each<[string, DateFormat, string | undefined]>([
    ['2024-03-05', 'iso', '2024-03-05'],
    ['2024-3-5', 'iso', '2024-03-05'],
    ['2024/03/05', 'iso', '2024-03-05'],
    ['2024-03-05T23:59:59Z', 'iso', '2024-03-05'],
    ['2024-03-05 08:15', 'iso', '2024-03-05'],
    ['20240305', 'yyyymmdd', '2024-03-05'],
    ['19970101', 'yyyymmdd', '1997-01-01'],
    ['05/03/2024', 'dmy', '2024-03-05'],
    ['05.03.2024', 'dmy', '2024-03-05'],
    ['5/3/24', 'dmy', '2024-03-05'],
    ['03/05/2024', 'mdy', '2024-03-05'],
    ['3/5/2024 4:30 PM', 'mdy', '2024-03-05'],
    ['12/31/98', 'mdy', '1998-12-31'],
    ['2024-02-30', 'iso', undefined],
    ['2023-02-29', 'iso', undefined],
    ['2024-02-29', 'iso', '2024-02-29'],
    ['13/13/2024', 'dmy', undefined],
    ['31/12/2024', 'mdy', undefined],
    ['20241305', 'yyyymmdd', undefined],
    ['yesterday', 'iso', undefined],
    ['', 'iso', undefined],
    ['1850-01-01', 'iso', undefined],
  ])('%s as %s', (text, format, expected) => {
    const result = parseDay(text, format);
    expect(result === undefined ? undefined : isoDate(result)).toBe(expected);
  });
});

describe('detectDateFormat', () => {
  test('picks the format that reads the values', () => {
    expect(detectDateFormat(['2024-01-31', '2024-02-01']).format).toBe('iso');
    expect(detectDateFormat(['19970101', '19970318']).format).toBe('yyyymmdd');
    expect(detectDateFormat(['31/01/2024', '01/02/2024']).format).toBe('dmy');
    expect(detectDateFormat(['01/31/2024', '02/01/2024']).format).toBe('mdy');
  });

  test('says when day and month cannot be told apart, and follows the locale then', () => {
    const samples = ['01/02/2024', '03/04/2024'];
    expect(detectDateFormat(samples)).toEqual({ format: 'dmy', candidates: ['dmy', 'mdy'], share: 1 });
    expect(detectDateFormat(samples, true)).toEqual({ format: 'mdy', candidates: ['mdy', 'dmy'], share: 1 });
  });

  test('reports the share it reads, and nothing for text that holds no dates', () => {
    expect(detectDateFormat(['2024-01-01', 'soon', '2024-01-03', '']).share).toBeCloseTo(2 / 3);
    expect(detectDateFormat(['alice', 'bob']).format).toBeUndefined();
  });
});

describe('parseAmount', () => {
  test.each<[string, ',' | '.', number | undefined]>([
    ['12', '.', 12],
    ['29.33', '.', 29.33],
    ['$1,234.56', '.', 1234.56],
    ['USD 1,234.56', '.', 1234.56],
    ['1.234,56 €', ',', 1234.56],
    ['PLN 1 234,56', ',', 1234.56],
    ['1\u00a0234,5 zł', ',', 1234.5],
    ["CHF 1'234.50", '.', 1234.5],
    ['£0.99', '.', 0.99],
    ['.5', '.', 0.5],
    ['-12.00', '.', -12],
    ['−12.00', '.', -12],
    ['$-12.00', '.', -12],
    ['(12.00)', '.', -12],
    ['12.00-', '.', -12],
    ['+7', '.', 7],
    ['0', '.', 0],
    ['-0', '.', 0],
    ['12 apples', '.', undefined],
    ['1.2.3', '.', undefined],
    ['', '.', undefined],
    ['N/A', '.', undefined],
    ['1e400', '.', undefined],
  ])('%s with decimal %s', (text, decimal, expected) => {
    expect(parseAmount(text, decimal)).toBe(expected);
  });

  test('detects a decimal comma from the values', () => {
    expect(detectDecimalSeparator(['12,50', '3,99', '1.234,00'])).toBe(',');
    expect(detectDecimalSeparator(['12.50', '1,234.00', '7'])).toBe('.');
    expect(detectDecimalSeparator(['1.234.567', '2.000.000'])).toBe(',');
    // "1,234" alone is a thousand in most exports.
    expect(detectDecimalSeparator(['1,234', '12'])).toBe('.');
  });
});

describe('detectCurrency', () => {
  test.each<[string[], string | undefined]>([
    [['$12.00', '$5.50'], 'USD'],
    [['1.234,50 €', '99,90 €'], 'EUR'],
    [['£12', '£3.40'], 'GBP'],
    [['1 234,50 zł', '99,90 zł'], 'PLN'],
    [['¥1200', '¥300'], 'JPY'],
    [['₹1,200', 'Rs. 300'], 'INR'],
    [['PLN 12,00', 'PLN 3,00', '€4'], 'PLN'],
    [['12.00', '5.50', 'Total (EUR)'], 'EUR'],
    [['12.00', '5.50'], undefined],
    [['CA$12', 'A$5'], undefined],
  ])('%j is %s', (samples, currency) => {
    expect(detectCurrency(samples)).toBe(currency);
  });
});

describe('detectLayout', () => {
  test('reads a header that names the columns, quantity included', () => {
    const layout = detectLayout([
      ['masterid', 'sampleid', 'date', 'cds', 'sales'],
      ['4', '1', '19970101', '2', '29.33'],
      ['4', '1', '19970118', '2', '29.73'],
      ['18', '2', '19970101', '1', '14.96'],
    ]);
    expect(layout.hasHeader).toBe(true);
    expect(layout.mapping).toEqual({ customer: 0, date: 2, amount: 4, quantity: 3 });
    expect(layout.dateFormat).toBe('yyyymmdd');
  });

  test.each([
    ['UnitPrice', 'unit-price'],
    ['unit_price', 'unit-price'],
    ['Price each', 'unit-price'],
    ['Price', 'unit-price'],
    ['Line total', 'total'],
    ['Sales', 'total'],
    ['Amount', 'total'],
    ['Net price', 'total'],
  ] as const)('beside a quantity, a money column headed “%s” is read as the %s', (header, meaning) => {
    const layout = detectLayout([
      ['Customer', 'Date', 'Quantity', header],
      ['A-1', '2024-01-31', '3', '33.33'],
      ['A-1', '2024-02-14', '1', '9.90'],
    ]);
    expect(layout.mapping.quantity).toBe(2);
    expect(layout.mapping.amount).toBe(3);
    expect(layout.amountIs).toBe(meaning);
  });

  test('without a quantity column, a price is the row’s total', () => {
    const layout = detectLayout([
      ['Customer', 'Date', 'UnitPrice'],
      ['A-1', '2024-01-31', '33.33'],
    ]);
    expect(layout.amountIs).toBe('total');
  });

  test('a header in other words and another order', () => {
    const layout = detectLayout([
      ['Order date', 'Net sales', 'Client'],
      ['31/01/2024', '1.234,50', 'C-0012'],
      ['01/02/2024', '99,90', 'C-0013'],
    ]);
    expect(layout.mapping).toEqual({ customer: 2, date: 0, amount: 1, quantity: undefined });
    expect(layout.dateFormat).toBe('dmy');
    expect(layout.decimal).toBe(',');
  });

  test('no header: dates and money found by their values, the customer in the first column left', () => {
    const layout = detectLayout([
      ['00004', '0001', '19970101', '2', '29.33'],
      ['00004', '0001', '19970118', '2', '29.73'],
      ['00018', '0002', '19970101', '1', '14.96'],
    ]);
    expect(layout.hasHeader).toBe(false);
    expect(layout.names[0]).toBe('Column 1');
    expect(layout.mapping).toEqual({ customer: 0, date: 2, amount: 4, quantity: undefined });
  });

  test('finds nothing to map in a file of words', () => {
    const layout = detectLayout([
      ['apples', 'pears'],
      ['plums', 'figs'],
    ]);
    expect(layout.mapping.date).toBeUndefined();
    expect(layout.mapping.amount).toBeUndefined();
  });
});

describe('PurchaseLogReader', () => {
  const mapping = { customer: 0, date: 1, amount: 2, quantity: undefined };

  test('reads purchases, skips bad rows with their lines and reasons, counts refunds apart', () => {
    const reader = new PurchaseLogReader({ mapping, dateFormat: 'iso', decimal: '.' });
    const rows = [
      ['a', '2024-01-01', '10.00'],
      ['', '2024-01-02', '5'],
      ['b', '2024-02-30', '5'],
      ['b', '2024-01-03', 'ten'],
      ['', '', ''],
      ['c', '2024-01-04', '-3.50'],
      ['c', '2024-01-05', '(1.00)'],
      ['a', '2024-01-06', '$4'],
      ['d', '2024-01-07'],
    ];
    rows.forEach((row, i) => {
      reader.add(row, i + 2);
    });
    const report = reader.report();
    expect(report).toMatchObject({ rows: 8, purchases: 2, customers: 1, badRows: 4, refunds: 2 });
    expect(report.listedBadRows).toEqual([
      { line: 3, reason: 'no customer ID' },
      { line: 4, reason: '“2024-02-30” is not a date in the chosen format' },
      { line: 5, reason: '“ten” is not an amount' },
      { line: 10, reason: 'no amount' },
    ]);
    expect(isoDate(report.firstDay ?? 0)).toBe('2024-01-01');
    expect(isoDate(report.lastDay ?? 0)).toBe('2024-01-06');
    const log = reader.log();
    expect([...log.day]).toEqual([day('2024-01-01'), day('2024-01-06')]);
    expect([...log.amount]).toEqual([10, 4]);
  });

  test('lists the first 20 bad rows and counts the rest', () => {
    const reader = new PurchaseLogReader({ mapping, dateFormat: 'iso', decimal: '.' });
    for (let line = 1; line <= 50; line++) reader.add(['x', 'never', '1'], line);
    const report = reader.report();
    expect(report.badRows).toBe(50);
    expect(report.listedBadRows).toHaveLength(LISTED_BAD_ROWS);
    expect(report.listedBadRows.at(-1)?.line).toBe(20);
  });

  test('grows past its first allocation without losing purchases', () => {
    const reader = new PurchaseLogReader({ mapping, dateFormat: 'yyyymmdd', decimal: '.' });
    for (let i = 0; i < 5000; i++) reader.add([`c${String(i % 700)}`, '20240101', String(i)], i + 1);
    const log = reader.log();
    expect(log.purchases).toBe(5000);
    expect(log.amount[4999]).toBe(4999);
    expect(log.customerIds).toHaveLength(700);
  });

  test('counts the dates that read the other way round, and finds the largest and the median purchase', () => {
    const reader = new PurchaseLogReader({ mapping, dateFormat: 'dmy', decimal: '.' });
    // Month-first dates read as day first: any day above 12 fails, and reads as month first.
    const rows = [
      ['a', '01/02/2024', '10'],
      ['a', '03/14/2024', '12'],
      ['b', '04/15/2024', '11'],
      ['b', '31/31/2024', '9'],
      ['c', '05/06/2024', '2500'],
    ];
    rows.forEach((row, i) => {
      reader.add(row, i + 2);
    });
    const report = reader.report();
    expect(report).toMatchObject({ purchases: 2, badDates: 3, swappedDates: 2, futureDates: 0, medianAmount: 10 });
    expect(report.largest).toEqual({ amount: 2500, line: 6, customer: 'c' });
    expect(report.earliestLine).toBe(2);
  });

  test('needs the three columns', () => {
    expect(
      () => new PurchaseLogReader({ mapping: { ...mapping, amount: undefined }, dateFormat: 'iso', decimal: '.' }),
    ).toThrow(RangeError);
  });
});

describe('reportSpan', () => {
  test('gives the first and last purchase days, as numbers and dates; nothing before a read or without purchases', () => {
    const first = Math.round(Date.parse('1997-01-01T00:00:00Z') / 86_400_000);
    const last = Math.round(Date.parse('1998-06-30T00:00:00Z') / 86_400_000);
    const report = { firstDay: first, lastDay: last } as ReadReport;
    expect(reportSpan(report)).toEqual({ firstDay: first, lastDay: last, first: '1997-01-01', last: '1998-06-30' });
    expect(reportSpan(undefined)).toBeUndefined();
    expect(reportSpan({ ...report, firstDay: undefined, lastDay: undefined })).toBeUndefined();
  });
});
