import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dayNumber, summarizePurchases, type Purchase } from './summary';

const read = (name: string): string[][] =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));

/** The CDNOW sample's 6,919 purchases: masterid, sampleid, date (yyyymmdd), cds, sales. */
const log: Purchase[] = read('cdnow-sample-log.csv').map(([, id = '', date = '', , sales = '']) => ({
  customer: id,
  day: dayNumber(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))),
  amount: Number(sales),
}));
const shipped = new Map(read('cdnow-summary.csv').map(([id = '', ...rest]) => [id, rest.map(Number)]));

describe('the summary built from the CDNOW sample’s purchase log', () => {
  const summary = summarizePurchases(log, {
    calibrationEnd: dayNumber(1997, 9, 30),
    holdoutEnd: dayNumber(1998, 6, 30),
  });

  test('has every customer, with the shipped frequency exactly and recency, T and mean spend to 0.01', () => {
    expect(log).toHaveLength(6919);
    expect(summary).toHaveLength(2357);
    for (const row of summary) {
      const [x = NaN, tx = NaN, T = NaN, zbar = NaN] = shipped.get(row.customer) ?? [];
      expect(row.frequency, `frequency of ${row.customer}`).toBe(x);
      expect(Math.abs(row.recency - tx), `recency of ${row.customer}`).toBeLessThanOrEqual(0.01);
      expect(Math.abs(row.T - T), `T of ${row.customer}`).toBeLessThanOrEqual(0.01);
      expect(Math.abs(row.monetary - zbar), `mean spend of ${row.customer}`).toBeLessThanOrEqual(0.01);
    }
  });

  test('counts the 1,882 repeat purchase days of the 39-week holdout', () => {
    expect(summary.reduce((n, row) => n + row.holdoutFrequency, 0)).toBe(1882);
  });
});

describe('summarizePurchases', () => {
  test('merges a customer’s purchases on one day, and leaves the first purchase out of mean spend', () => {
    const [row] = summarizePurchases(
      [
        { customer: 'a', day: 0, amount: 10 },
        { customer: 'a', day: 0, amount: 5 },
        { customer: 'a', day: 7, amount: 20 },
        { customer: 'a', day: 7, amount: 2 },
        { customer: 'a', day: 21, amount: 30 },
        { customer: 'a', day: 40, amount: 99 },
      ],
      { calibrationEnd: 28 },
    );
    expect(row).toEqual({
      customer: 'a',
      firstDay: 0,
      firstAmount: 15,
      frequency: 2,
      recency: 3,
      T: 4,
      monetary: 26,
      holdoutFrequency: 0,
    });
  });

  test('a customer first seen after calibration is not in the cohort', () => {
    expect(summarizePurchases([{ customer: 'late', day: 30, amount: 1 }], { calibrationEnd: 28 })).toEqual([]);
  });
});
