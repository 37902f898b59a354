import { describe, expect, test } from 'vitest';
import {
  columnExample,
  columnProblem,
  dateFormatNote,
  readSummaryText,
  shortDateFormat,
  skippedRowsSummary,
  skippedRowText,
  warningParts,
  type WarningPart,
} from './read-words';
import type { ReadReport } from './reader';
import type { ReadWarning } from './warnings';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** The CDNOW sample's read: 6,919 rows, all purchases, 2,357 customers. */
const cdnow: ReadReport = {
  rows: 6919,
  purchases: 6919,
  customers: 2357,
  badRows: 0,
  listedBadRows: [],
  refunds: 0,
  firstDay: day('1997-01-01'),
  lastDay: day('1998-06-30'),
  badDates: 0,
  swappedDates: 0,
  futureDates: 0,
  largest: undefined,
  medianAmount: undefined,
  earliestLine: 2,
  firstPercentileDay: day('1997-01-01'),
};

describe('the read summary', () => {
  test.each<[string, Partial<ReadReport>, Parameters<typeof readSummaryText>[1], string]>([
    [
      'a clean read says what was read and when',
      {},
      'utf-8',
      'Read 6,919 rows: 6,919 purchases by 2,357 customers, from 1997-01-01 to 1998-06-30.',
    ],
    [
      'one refund is left out, and said so in the singular',
      { rows: 85, purchases: 82, customers: 41, refunds: 1 },
      'utf-8',
      'Read 85 rows: 82 purchases by 41 customers, from 1997-01-01 to 1998-06-30. 1 row has a negative amount (a refund) and is left out.',
    ],
    [
      'refunds in the plural, and a file not in UTF-8',
      { refunds: 3 },
      'windows-1252',
      'Read 6,919 rows: 6,919 purchases by 2,357 customers, from 1997-01-01 to 1998-06-30. 3 rows have a negative amount (a refund) and are left out. The file was read as Windows-1252 (Latin-1) text.',
    ],
    [
      'no purchase read gives no dates',
      { purchases: 0, customers: 0, firstDay: undefined, lastDay: undefined },
      'utf-8',
      'Read 6,919 rows: 0 purchases by 0 customers.',
    ],
  ])('%s', (_, change, encoding, text) => {
    expect(readSummaryText({ ...cdnow, ...change }, encoding, 'en-US')).toBe(text);
  });

  test('the skipped rows are counted, and said to be cut when there are more than listed', () => {
    const two = {
      ...cdnow,
      badRows: 2,
      listedBadRows: [
        { line: 4, reason: '“abc” is not an amount' },
        { line: 6, reason: 'x' },
      ],
    };
    expect(skippedRowsSummary(two, 'en-US')).toBe('2 rows were skipped');
    expect(skippedRowsSummary({ ...two, badRows: 1, listedBadRows: [{ line: 4, reason: 'x' }] }, 'en-US')).toBe(
      '1 row was skipped',
    );
    expect(skippedRowsSummary({ ...two, badRows: 1234 }, 'en-US')).toBe('1,234 rows were skipped (the first 2 listed)');
    expect(skippedRowText({ line: 1204, reason: '“abc” is not an amount' }, 'en-US')).toBe(
      'Line 1,204: “abc” is not an amount',
    );
  });
});

describe('the column choices’ words', () => {
  test.each([
    ['customer', 'Choose the column that identifies the customer.'],
    ['date', 'Choose the purchase date column.'],
    ['amount', 'Choose the column with the amount paid.'],
  ] as const)('a missing %s column asks: “%s”', (role, text) => {
    expect(columnProblem(role)).toBe(text);
  });

  test.each<[string, string[][], number, string]>([
    ['a short value is shown whole', [['00001', '19970101', '1', '11.77']], 1, ' (19970101)'],
    ['a long value is cut to 15 characters', [['a-very-long-customer-identifier']], 0, ' (a-very-long-cus…)'],
    ['an empty value shows nothing', [['', ' ']], 1, ''],
    ['no preview row shows nothing', [], 0, ''],
  ])('%s', (_, preview, column, text) => {
    expect(columnExample(preview, column)).toBe(text);
  });

  const mapping = { customer: 0, date: 1, amount: 2, quantity: undefined };
  test.each<[string, Parameters<typeof dateFormatNote>, { text: string; problem: boolean }]>([
    [
      'no format reads the dates',
      [{ mapping, dateCandidates: [] }, ['dateFormat']],
      { text: 'The date column’s values are in none of these formats.', problem: true },
    ],
    [
      'no date column yet',
      [{ mapping: { ...mapping, date: undefined }, dateCandidates: [] }, ['date']],
      { text: 'Read from the purchase date column once it is chosen.', problem: false },
    ],
    [
      'dates that read both ways',
      [{ mapping, dateCandidates: ['dmy', 'mdy'] }, []],
      { text: 'These dates read both ways (day first or month first): check the choice.', problem: false },
    ],
    ['one format', [{ mapping, dateCandidates: ['iso'] }, []], { text: 'Detected from the file.', problem: false }],
  ])('the date format’s note when %s', (_, args, note) => {
    expect(dateFormatNote(...args)).toEqual(note);
  });

  test('a date format’s short name is its label’s first words', () => {
    expect(shortDateFormat('dmy')).toBe('day/month/year');
    expect(shortDateFormat('mdy')).toBe('month/day/year');
    expect(shortDateFormat('iso')).toBe('year-month-day');
    expect(shortDateFormat('yyyymmdd')).toBe('yyyymmdd');
  });
});

describe('the read warnings in words', () => {
  test.each<[string, ReadWarning, WarningPart[]]>([
    [
      'dates read the wrong way round offer the other order as a button',
      { kind: 'date-order', skipped: 40, readOtherWay: 40, suggested: 'dmy' },
      [
        '40 rows were skipped because their dates do not read as month/day/year, and every one of them reads as day/month/year: the dates are probably written day first. ',
        { kind: 'read-dates-as', format: 'dmy', label: 'Read dates as day/month/year' },
      ],
    ],
    [
      'some of the skipped dates read the other way',
      { kind: 'date-order', skipped: 410, readOtherWay: 1, suggested: 'mdy' },
      [
        '410 rows were skipped because their dates do not read as month/day/year, and 1 of them reads as month/day/year: the dates are probably written month first. ',
        { kind: 'read-dates-as', format: 'mdy', label: 'Read dates as month/day/year' },
      ],
    ],
    [
      'one row skipped',
      { kind: 'date-order', skipped: 1, readOtherWay: 1, suggested: 'dmy' },
      [
        '1 row was skipped because its date does not read as month/day/year, and it reads as day/month/year: the dates are probably written day first. ',
        { kind: 'read-dates-as', format: 'dmy', label: 'Read dates as day/month/year' },
      ],
    ],
    [
      'dates after today',
      { kind: 'future-dates', skipped: 1 },
      [
        '1 row is dated after today and was skipped: a date in the future is a typo, and would stretch every customer’s calendar. The skipped rows are listed below.',
      ],
    ],
    [
      'an outsized purchase',
      { kind: 'large-amount', amount: 250000, line: 103, customer: 'K4', median: 24 },
      [
        'One purchase, 250,000 by customer “K4” on line 103, is 10,416 times the median purchase (24). If it is a typo, correct the file: a few purchases this large move the spend model for every customer.',
      ],
    ],
    [
      'an early first purchase',
      { kind: 'early-date', day: day('2004-05-06'), line: 1208, usualStart: day('2023-01-01') },
      [
        'The earliest purchase, on 2004-05-06 (line 1,208), comes years before the rest of the file, which starts around 2023-01-01. If it is a typo, correct the file: each customer’s age is counted from their first purchase.',
      ],
    ],
  ])('%s', (_, warning, parts) => {
    expect(warningParts(warning, 'mdy', 'en-US')).toEqual(parts);
  });

  test('without a chosen format the sentence says so', () => {
    const [text] = warningParts(
      { kind: 'date-order', skipped: 2, readOtherWay: 2, suggested: 'dmy' },
      undefined,
      'en-US',
    );
    expect(text).toContain('do not read as the chosen format, and');
  });
});
