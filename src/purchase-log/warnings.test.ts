import { describe, expect, test } from 'vitest';
import type { ReadReport } from './reader';
import { readWarnings } from './warnings';

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** A clean read of 1,000 purchases in 2024, median purchase 20. */
const clean: ReadReport = {
  rows: 1000,
  purchases: 1000,
  customers: 300,
  badRows: 0,
  listedBadRows: [],
  refunds: 0,
  firstDay: day('2024-01-02'),
  lastDay: day('2024-12-30'),
  badDates: 0,
  swappedDates: 0,
  futureDates: 0,
  largest: { amount: 400, line: 17, customer: 'C-9' },
  medianAmount: 20,
  earliestLine: 2,
  firstPercentileDay: day('2024-01-05'),
};

describe('readWarnings', () => {
  test('a clean read has nothing to say', () => {
    expect(readWarnings(clean, 'iso')).toEqual([]);
  });

  test('dates that read the other way round suggest the other order', () => {
    const report = { ...clean, badRows: 410, badDates: 410, swappedDates: 405 };
    expect(readWarnings(report, 'dmy')).toEqual([
      { kind: 'date-order', skipped: 410, readOtherWay: 405, suggested: 'mdy' },
    ]);
    expect(readWarnings(report, 'mdy')[0]).toMatchObject({ suggested: 'dmy' });
    // Two typos that happen to read the other way are not a wrong order.
    expect(readWarnings({ ...clean, badRows: 2, badDates: 2, swappedDates: 2 }, 'dmy')).toEqual([]);
    // Nor are dates that mostly fail both ways.
    expect(readWarnings({ ...clean, badRows: 50, badDates: 50, swappedDates: 10 }, 'dmy')).toEqual([]);
  });

  test('rows after today are not counted as read the wrong way round', () => {
    const report = { ...clean, badRows: 411, badDates: 411, swappedDates: 405, futureDates: 1 };
    expect(readWarnings(report, 'dmy')[0]).toEqual({
      kind: 'date-order',
      skipped: 410,
      readOtherWay: 405,
      suggested: 'mdy',
    });
  });

  test('rows after today are reported', () => {
    expect(readWarnings({ ...clean, badRows: 1, badDates: 1, futureDates: 1 }, 'iso')).toEqual([
      { kind: 'future-dates', skipped: 1 },
    ]);
  });

  test('one purchase a hundred times the median is worth a look', () => {
    const huge = { ...clean, largest: { amount: 2000, line: 812, customer: 'C-7' } };
    expect(readWarnings(huge, 'iso')).toEqual([
      { kind: 'large-amount', amount: 2000, line: 812, customer: 'C-7', median: 20 },
    ]);
    expect(readWarnings({ ...huge, largest: { amount: 1999, line: 812, customer: 'C-7' } }, 'iso')).toEqual([]);
    // A free sample as the median purchase does not make everything an outlier.
    expect(readWarnings({ ...huge, medianAmount: 0 }, 'iso')).toEqual([]);
  });

  test('a first purchase years before the rest of the file looks like a typo', () => {
    const early = { ...clean, firstDay: day('1924-03-05'), earliestLine: 4410 };
    expect(readWarnings(early, 'iso')).toEqual([
      { kind: 'early-date', day: day('1924-03-05'), line: 4410, usualStart: day('2024-01-05') },
    ]);
    expect(readWarnings({ ...clean, firstDay: day('2022-02-01') }, 'iso')).toEqual([]);
  });
});
