import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyseCustomerBase, isSmallBase, LAPSED_BELOW, type CustomerBaseAnalysis } from './analysis';
import { dayNumber, summarizeColumns, type LogSummary } from './summary';

/** The CDNOW sample's purchase log (masterid, sampleid, date, cds, sales). */
function cdnowLog() {
  const lines = readFileSync(new URL('./fixtures/cdnow-sample-log.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const ids: string[] = [];
  const index = new Map<string, number>();
  const customer: number[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (const line of lines.slice(1)) {
    const [id = '', , date = '', , sales = ''] = line.split(',');
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = ids.push(id) - 1));
    customer.push(i);
    day.push(dayNumber(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))));
    amount.push(Number(sales));
  }
  return {
    customerIds: ids,
    customer: Int32Array.from(customer),
    day: Int32Array.from(day),
    amount: Float64Array.from(amount),
  };
}

const options = { horizonWeeks: 52, annualDiscountRate: 0.1, margin: 0.3 };

function analyse(summary: LogSummary): CustomerBaseAnalysis {
  const outcome = analyseCustomerBase(summary, options);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.analysis;
}

describe('analyseCustomerBase on the CDNOW sample (39 weeks + 39-week holdout)', () => {
  const summary = summarizeColumns(cdnowLog(), {
    calibrationEnd: dayNumber(1997, 9, 30),
    holdoutEnd: dayNumber(1998, 6, 30),
  });
  const result = analyse(summary);

  test('fits both models with the published parameters', () => {
    expect(result.customers).toBe(2357);
    expect(result.repeatCustomers).toBe(946);
    expect(result.bgnbd.params.r).toBeCloseTo(0.243, 3);
    expect(result.bgnbd.converged).toBe(true);
    expect(result.spend.fit?.params.p).toBeCloseTo(6.25, 1);
  });

  test('translates the parameters into the plain figures the lab states', () => {
    // r/α = 0.243/4.414 a week, about 2.9 purchases a year while active; a/(a+b) = 0.793/3.219.
    expect(result.purchasesPerYearWhileActive).toBeCloseTo(2.87, 1);
    expect(result.dropoutPerPurchase).toBeCloseTo(0.246, 2);
    // Population mean spend pγ/(q−1) = 6.25 × 15.44 / 2.74 ≈ $35.2.
    expect(result.spend.meanSpend).toBeCloseTo(35.2, 0);
    expect(result.likelyActiveShare).toBeGreaterThan(0.5);
    expect(result.likelyActiveShare).toBeLessThan(1);
  });

  test('the holdout check: 1,882 repeat purchases happened, and the model forecasts fewer, as in the paper', () => {
    const holdout = result.holdout;
    expect(holdout?.weeks).toBe(39);
    expect(holdout?.actualTotal).toBe(1882);
    // Summed conditional expectations come to about 1,650. Fader, Hardie and Lee's figure of them shows the same
    // shortfall for customers with one or two repeat purchases.
    expect(holdout?.predictedTotal).toBeLessThan(1882);
    expect(holdout?.predictedTotal).toBeGreaterThan(1882 * 0.85);
    // The cumulative curve ends at calibration's plus the holdout's repeat purchases.
    const weekly = holdout?.weekly ?? [];
    const calibrationRepeats = summary.customers.reduce((n, c) => n + c.frequency, 0);
    expect(weekly.at(-1)?.actual).toBe(calibrationRepeats + 1882);
    expect(weekly).toHaveLength(78);
    // Week by week, the forecast keeps within 10% of what happened once the cohort is complete.
    for (const week of weekly.slice(20)) expect(Math.abs(week.predicted / week.actual - 1)).toBeLessThan(0.1);
    // Customers who bought more in calibration buy more in the holdout, in the forecast and in fact.
    const byFrequency = holdout?.byFrequency ?? [];
    expect(byFrequency.map((g) => g.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(byFrequency[0]?.customers).toBe(1411);
    expect(byFrequency.at(-1)?.predicted).toBeGreaterThan(byFrequency[1]?.predicted ?? Infinity);
    // As lesson 7 quotes them: the shortfall falls on those who had already come back.
    const quoted = byFrequency.slice(0, 3).map((g) => [g.actual.toFixed(2), g.predicted.toFixed(2)]);
    expect(quoted).toEqual([
      ['0.24', '0.23'],
      ['0.70', '0.52'],
      ['1.39', '1.04'],
    ]);
  });

  test('deciles add up to the whole value, the top decile first', () => {
    const { deciles, totalValue, rows } = result;
    expect(deciles).toHaveLength(10);
    expect(deciles.reduce((n, d) => n + d.customers, 0)).toBe(2357);
    expect(deciles.at(-1)?.cumulativeShare).toBeCloseTo(1, 10);
    for (let d = 1; d < 10; d++) expect(deciles[d]?.value).toBeLessThanOrEqual(deciles[d - 1]?.value ?? 0);
    expect(rows.value.reduce((a, b) => a + b, 0)).toBeCloseTo(totalValue, 6);
  });

  test('tiers partition the customers, each worth no more now than if all were active', () => {
    const { tiers } = result;
    expect(tiers.map((t) => t.name)).toEqual(['Top 10%', 'Next 20%', 'The rest, active', 'Likely lapsed']);
    expect(tiers.map((t) => t.customers)).toEqual([236, 471, expect.any(Number), expect.any(Number)]);
    expect(tiers.reduce((n, t) => n + t.customers, 0)).toBe(2357);
    for (const tier of tiers) expect(tier.potentialPerCustomer).toBeGreaterThanOrEqual(tier.valuePerCustomer);
    expect(tiers[0]?.valuePerCustomer).toBeGreaterThan(tiers[1]?.valuePerCustomer ?? Infinity);
  });

  test('P(alive) grid: customers who never came back count as alive, long-silent frequent buyers as lapsed', () => {
    const { aliveGrid } = result;
    expect(aliveGrid.cells.flat().reduce((n, c) => n + c.customers, 0)).toBe(2357);
    expect(aliveGrid.cells[0]?.every((c) => c.meanAlive === undefined || c.meanAlive === 1)).toBe(true);
    const frequentSilent = aliveGrid.cells[4]?.[3];
    expect(frequentSilent?.meanAlive).toBeLessThan(LAPSED_BELOW);
    const frequentRecent = aliveGrid.cells[4]?.[0];
    expect(frequentRecent?.meanAlive).toBeGreaterThan(0.85);
  });
});

describe('analyseCustomerBase refuses data the models cannot describe', () => {
  const summarise = (rows: [string, number, number][]) =>
    summarizeColumns(
      {
        customerIds: [...new Set(rows.map((r) => r[0]))],
        customer: Int32Array.from(rows.map((r) => [...new Set(rows.map((x) => x[0]))].indexOf(r[0]))),
        day: Int32Array.from(rows.map((r) => r[1])),
        amount: Float64Array.from(rows.map((r) => r[2])),
      },
      { calibrationEnd: 100 },
    );

  test.each([
    ['no customers', [] as [string, number, number][], /no customers/],
    [
      'one customer',
      [
        ['a', 1, 10],
        ['a', 5, 10],
      ] as [string, number, number][],
      /one customer/,
    ],
    [
      'nobody bought twice',
      [
        ['a', 1, 10],
        ['b', 2, 10],
        ['c', 3, 5],
      ] as [string, number, number][],
      /more than one day/,
    ],
    [
      'same-day purchases only',
      [
        ['a', 1, 10],
        ['a', 1, 4],
        ['b', 2, 10],
      ] as [string, number, number][],
      /more than one day/,
    ],
  ])('%s', (_, rows, message) => {
    const outcome = analyseCustomerBase(summarise(rows), options);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatch(message);
  });

  test('two repeat buyers are enough for a result, with an honest spend model note when spend cannot be fitted', () => {
    const outcome = analyseCustomerBase(
      summarise([
        ['a', 1, 10],
        ['a', 20, 0],
        ['b', 2, 10],
        ['c', 3, 8],
        ['c', 40, 12],
      ]),
      options,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.analysis.spend.fit).toBeUndefined();
    expect(outcome.analysis.spend.problem).toMatch(/fewer than two/i);
    expect(outcome.analysis.spend.meanSpend).toBeCloseTo(6, 10);
    for (const v of outcome.analysis.rows.value) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('analyseCustomerBase on a small log with a flat likelihood', () => {
  test('gives finite figures rather than failing', () => {
    // 41 customers: 40 with two purchases a month apart, one with two a fortnight apart.
    const ids = ['A-1', ...Array.from({ length: 40 }, (_, i) => `C${String(i)}`)];
    const rows: [number, number, number][] = [
      [0, dayNumber(2024, 1, 31), 1234.5],
      [0, dayNumber(2024, 2, 14), 99.9],
      ...Array.from({ length: 40 }, (_, i): [number, number, number] => [
        i + 1,
        dayNumber(2024, 3, (i % 9) + 1),
        10 + i,
      ]),
      ...Array.from({ length: 40 }, (_, i): [number, number, number] => [
        i + 1,
        dayNumber(2024, 4, 10 + (i % 9)),
        20 + i,
      ]),
    ];
    const summary = summarizeColumns(
      {
        customerIds: ids,
        customer: Int32Array.from(rows.map((r) => r[0])),
        day: Int32Array.from(rows.map((r) => r[1])),
        amount: Float64Array.from(rows.map((r) => r[2])),
      },
      { calibrationEnd: dayNumber(2024, 4, 18) },
    );
    const outcome = analyseCustomerBase(summary, options);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { bgnbd, totalValue, newCustomerPurchases } = outcome.analysis;
    expect(Object.values(bgnbd.params).every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    expect(Number.isFinite(totalValue) && totalValue > 0).toBe(true);
    expect(Number.isFinite(newCustomerPurchases) && newCustomerPurchases > 0).toBe(true);
  });
});

describe('isSmallBase', () => {
  test.each([
    [2357, 946, false],
    [200, 50, false],
    [199, 120, true],
    [5000, 49, true],
    [3, 2, true],
  ])('%i customers, %i repeat buyers: small is %s', (customers, repeatCustomers, small) => {
    expect(isSmallBase({ customers, repeatCustomers })).toBe(small);
  });
});
