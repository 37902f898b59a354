/**
 * What the customer-base lab shows once the models are fitted: the fit in plain words (parameters
 * for analysts), the holdout checks, the share of value by decile, P(alive) by purchases and
 * silence, the per-customer table (virtualised, sortable, exportable as CSV) and the tiers to
 * invest across, handed to the allocation lab as a scenario link. Fetched while the page is idle.
 */
import type { ReadableAtom } from 'nanostores';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { isSmallBase, LAPSED_BELOW, SMALL_BASE, type CustomerBaseAnalysis } from '../calc/clv/analysis';
import { suggestedBudget } from '../calc/clv/suggested-budget';
import { frequencyCheckConfig, lorenzConfig, weeklyCheckConfig } from '../charts/customer-base';
import { mountChartWhenVisible } from '../charts/mount';
import { ChartFigure } from '../kit/ChartFigure';
import {
  formatFixedNumber as fixedNumber,
  formatFixedPercent as fixedPercent,
  formatMoney,
  formatMoneyInColumn as moneyInColumn,
  formatMoneyRounded,
  formatNumber,
  formatPercent,
} from '../course/format';
import { isoDate } from '../purchase-log/dates';
import type { Currency } from '../scenario/currency';
import type { AnalysisSettings } from '../workers/customer-base-protocol';
import { allocationLinkInWorker } from '../workers/customer-base-client';

export interface ResultsProps {
  analysis: CustomerBaseAnalysis;
  settings: AnalysisSettings;
  currency: Currency;
  timings: { readMs: number; summaryMs: number; fitMs: number };
  /**
   * Why the figures are not those of the settings on screen: a new fit is running, or a setting
   * cannot be used (its reason is beside it) and these are the last usable settings' figures.
   */
  stale: 'working' | 'settings' | undefined;
}

const n0 = (v: number): string => formatNumber(v, 0);

/** "1 customer", "2,357 customers". */
const count = (n: number, one: string, many: string): string => `${n0(n)} ${n === 1 ? one : many}`;

/** "the next year", "the next 2 years", "the next 1.5 years". */
function horizonText(weeks: number): string {
  const years = weeks / (365.25 / 7);
  const rounded = Math.round(years);
  if (Math.abs(years - rounded) < 0.01) return rounded === 1 ? 'the next year' : `the next ${n0(rounded)} years`;
  return `the next ${formatNumber(years, 2)} years`;
}

export default function CustomerBaseResults({ analysis, settings, currency, timings, stale }: ResultsProps) {
  const id = useId();
  const money = (v: number): string => formatMoneyRounded(v, currency);
  const { bgnbd, spend, deciles, holdout } = analysis;
  const top = deciles[0]?.cumulativeShare ?? 0;
  const horizon = horizonText(settings.horizonWeeks);
  return (
    <div class="cb-results" aria-busy={stale === 'working' || undefined} data-stale={stale}>
      <section aria-labelledby={`${id}-says`}>
        <h2 id={`${id}-says`}>What the models say</h2>
        {stale === 'settings' && (
          <p class="cb-stale-note" role="note">
            <strong>Out of date:</strong> these figures are for the last settings that could be used. Correct the
            setting marked above to bring them up to date.
          </p>
        )}
        {isSmallBase(analysis) && (
          <p class="cb-warning" role="note">
            <strong>Read these figures as an illustration.</strong> They rest on{' '}
            {count(analysis.customers, 'customer', 'customers')}, {n0(analysis.repeatCustomers)} of whom came back: too
            few for the models to tell a pattern from chance, so a handful of customers can swing every figure. As a
            rule of thumb (the course’s, not a published threshold), steadier estimates need at least{' '}
            {n0(SMALL_BASE.customers)} customers with {n0(SMALL_BASE.repeatCustomers)} or more repeat buyers, and
            ideally thousands.
          </p>
        )}
        <ul class="cb-says">
          <li>
            {count(analysis.customers, 'customer', 'customers')} made their first purchase by{' '}
            {isoDate(settings.calibrationEnd)}; {n0(analysis.repeatCustomers)} of them (
            {formatPercent(analysis.repeatCustomers / analysis.customers)}) came back at least once.
          </li>
          <li>
            While active, customers buy on average about{' '}
            <strong>{formatNumber(analysis.purchasesPerYearWhileActive, 1)} times a year</strong> (most less often, a
            few far more), and the chance that any one repeat purchase is their last is about{' '}
            <strong>{formatPercent(analysis.dropoutPerPurchase)}</strong>.
          </li>
          <li>
            <strong>{formatPercent(analysis.likelyActiveShare)} of customers are likely still active</strong> (a
            probability of {formatPercent(LAPSED_BELOW)} or more); the average probability is{' '}
            {formatPercent(analysis.meanAlive)}. Customers who never came back count as active in this model, which can
            only see a customer drop out after a repeat purchase: for them, read expected purchases instead.
          </li>
          <li>
            Counting from the day after calibration ends ({isoDate(settings.calibrationEnd + 1)}), over {horizon} they
            are expected to make {n0(analysis.totalPurchases)} repeat purchases, worth{' '}
            <strong>{money(analysis.totalValue)}</strong> in margin in today’s money ({formatPercent(settings.margin)}{' '}
            margin, discounted at {formatPercent(settings.annualDiscountRate)} a year).
          </li>
          <li>
            <strong>The top 10% of customers hold {formatPercent(top)} of that value.</strong>
          </li>
          <li>
            A customer’s repeat purchases are worth about {formatMoney(spend.meanSpend, currency)} each, on average
            across customers; a customer who joins today is expected to make{' '}
            {formatNumber(analysis.newCustomerPurchases, 2)} repeat purchases in {horizon}.
          </li>
        </ul>
        {!bgnbd.converged && (
          <p class="cb-warning" role="note">
            The purchase model’s fit did not settle within its search budget: treat these figures with care, and check
            them against a holdout.
          </p>
        )}
        {spend.problem && (
          <p class="cb-warning" role="note">
            {spend.problem}
          </p>
        )}
        <p class="cb-caveat">
          These are forecasts from purchases alone, under the models’ assumptions: customers buy at their own steady
          rate until they quietly drop out, and how much they spend does not depend on how often they buy. The lesson{' '}
          <a href="/lessons/know-your-customer-base/">Know your customer base</a> explains when not to rely on them.
        </p>
        <details class="cb-parameters">
          <summary>Parameters for analysts</summary>
          <table>
            <caption>Maximum-likelihood estimates (time in weeks)</caption>
            <tbody>
              <tr>
                <th scope="row">BG/NBD r, α, a, b</th>
                <td>
                  {[bgnbd.params.r, bgnbd.params.alpha, bgnbd.params.a, bgnbd.params.b]
                    .map((v) => formatNumber(v, 4))
                    .join(', ')}
                </td>
              </tr>
              <tr>
                <th scope="row">BG/NBD log-likelihood</th>
                <td>
                  {formatNumber(bgnbd.logLikelihood, 1)} ({bgnbd.converged ? 'converged' : 'not converged'},{' '}
                  {n0(bgnbd.evaluations)} evaluations)
                </td>
              </tr>
              <tr>
                <th scope="row">Gamma-gamma p, q, γ</th>
                <td>
                  {spend.fit
                    ? [spend.fit.params.p, spend.fit.params.q, spend.fit.params.gamma]
                        .map((v) => formatNumber(v, 4))
                        .join(', ')
                    : 'not fitted'}
                </td>
              </tr>
              {spend.fit && (
                <tr>
                  <th scope="row">Gamma-gamma log-likelihood</th>
                  <td>
                    {formatNumber(spend.fit.logLikelihood, 1)} ({spend.fit.converged ? 'converged' : 'not converged'},{' '}
                    {n0(analysis.repeatCustomers)} repeat customers)
                  </td>
                </tr>
              )}
              <tr>
                <th scope="row">Time on this device</th>
                <td>
                  read {n0(timings.readMs)} ms, summary {n0(timings.summaryMs)} ms, fits and values {n0(timings.fitMs)}{' '}
                  ms
                </td>
              </tr>
            </tbody>
          </table>
        </details>
      </section>

      {holdout && <HoldoutSection holdout={holdout} id={id} />}
      <DecileSection analysis={analysis} currency={currency} id={id} horizon={horizon} />
      <AliveSection analysis={analysis} id={id} />
      <CustomerTable analysis={analysis} currency={currency} id={id} horizon={horizon} />
      <TierSection analysis={analysis} currency={currency} id={id} horizon={horizon} />
    </div>
  );
}

/**
 * The smallest store the chart mount needs (its value and change listeners), made here rather than
 * with nanostores' `atom` so this lazy module shares no chunk with the other labs' stores.
 */
function useChartStore<T>(value: T): ReadableAtom<T> {
  const store = useMemo(() => {
    let current = value;
    const listeners = new Set<(v: T) => void>();
    return {
      get: () => current,
      listen: (listener: (v: T) => void) => {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
      set: (next: T) => {
        current = next;
        for (const listener of listeners) listener(next);
      },
    };
  }, []);
  useEffect(() => {
    store.set(value);
  }, [value]);
  return store as unknown as ReadableAtom<T>;
}

function HoldoutSection({ holdout, id }: { holdout: NonNullable<CustomerBaseAnalysis['holdout']>; id: string }) {
  const store = useChartStore(holdout);
  const gap = holdout.actualTotal > 0 ? holdout.predictedTotal / holdout.actualTotal - 1 : 0;
  return (
    <section aria-labelledby={`${id}-holdout`}>
      <h2 id={`${id}-holdout`}>Check the forecast against the holdout</h2>
      <p>
        In the {formatNumber(holdout.weeks, 1)} weeks after calibration, these customers made{' '}
        <strong>{n0(holdout.actualTotal)}</strong> repeat purchases; the models, fitted without seeing them, forecast{' '}
        <strong>{n0(holdout.predictedTotal)}</strong> ({gap >= 0 ? '+' : '−'}
        {formatPercent(Math.abs(gap))}).
      </p>
      <div class="cb-charts">
        <ChartFigure
          label="Bar chart: mean repeat purchases in the holdout, actual and forecast, by repeat purchases in calibration"
          caption="Mean repeat purchases in the holdout, by how many repeat purchases customers made in calibration."
          summary="Show the holdout check by frequency as a table"
          tableLabel="Holdout check by frequency"
          mount={(canvas, onFail) => mountChartWhenVisible(canvas, store, frequencyCheckConfig, onFail)}
          table={() => (
            <table>
              <thead>
                <tr>
                  <th scope="col">Repeat purchases in calibration</th>
                  <th scope="col">Customers</th>
                  <th scope="col">Actual (mean)</th>
                  <th scope="col">Forecast (mean)</th>
                </tr>
              </thead>
              <tbody>
                {holdout.byFrequency.map((g) => (
                  <tr key={g.label}>
                    <th scope="row">{g.label}</th>
                    <td>{n0(g.customers)}</td>
                    <td>{fixedNumber(g.actual, 2)}</td>
                    <td>{fixedNumber(g.predicted, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
        <ChartFigure
          label="Line chart: cumulative repeat purchases week by week, actual and forecast"
          caption={`Cumulative repeat purchases, week by week; calibration ends in week ${String(holdout.calibrationWeeks)}.`}
          summary="Show the weekly check as a table"
          tableLabel="Weekly cumulative repeat purchases"
          // A row a week: printed only when the chart was not drawn (src/scripts/print-charts.ts).
          class="lab-chart--long-table"
          mount={(canvas, onFail) => mountChartWhenVisible(canvas, store, weeklyCheckConfig, onFail)}
          table={() => (
            <table>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col">Actual</th>
                  <th scope="col">Forecast</th>
                </tr>
              </thead>
              <tbody>
                {holdout.weekly.map((w) => (
                  <tr key={w.week}>
                    <th scope="row">{w.week}</th>
                    <td>{n0(w.actual)}</td>
                    <td>{n0(w.predicted)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
      </div>
    </section>
  );
}

/** What each results section needs: the analysis, the currency, an id prefix and the horizon in words. */
interface SectionProps {
  analysis: CustomerBaseAnalysis;
  currency: Currency;
  id: string;
  horizon: string;
}

function DecileSection({ analysis, currency, id, horizon }: SectionProps) {
  const store = useChartStore(analysis.deciles);
  return (
    <section aria-labelledby={`${id}-deciles`}>
      <h2 id={`${id}-deciles`}>Where the future value sits</h2>
      <ChartFigure
        class="cb-lorenz"
        label="Line chart: cumulative share of expected value against share of customers, most valuable first"
        caption={`Share of the expected value over ${horizon}, customers ranked from most to least valuable. The further the curve bows above the dashed line, the more the value is concentrated.`}
        summary="Show the deciles as a table"
        tableLabel="Expected value by decile"
        mount={(canvas, onFail) =>
          mountChartWhenVisible(canvas, store, (deciles, colors) => lorenzConfig(deciles, colors), onFail)
        }
        table={() => (
          <table>
            <thead>
              <tr>
                <th scope="col">Decile</th>
                <th scope="col">Customers</th>
                <th scope="col">Expected value</th>
                <th scope="col">Cumulative share</th>
              </tr>
            </thead>
            <tbody>
              {analysis.deciles.map((d) => (
                <tr key={d.decile}>
                  <th scope="row">
                    {d.decile === 1 ? 'Top 10%' : `${String((d.decile - 1) * 10)}–${String(d.decile * 10)}%`}
                  </th>
                  <td>{n0(d.customers)}</td>
                  <td>{formatMoneyRounded(d.value, currency)}</td>
                  <td>{fixedPercent(d.cumulativeShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      />
    </section>
  );
}

function AliveSection({ analysis, id }: { analysis: CustomerBaseAnalysis; id: string }) {
  const { aliveGrid } = analysis;
  return (
    <section aria-labelledby={`${id}-alive`}>
      <h2 id={`${id}-alive`}>Who is likely still active</h2>
      <p>
        The probability that a customer is still active, averaged over customers with the same number of repeat
        purchases and the same silence since their last purchase. A frequent buyer who has gone quiet is more likely
        gone than an occasional one. Customers who never came back count as active in this model: it only lets a
        customer drop out after a repeat purchase, so their low value comes from their low buying rate.
      </p>
      <p>Rows: repeat purchases. Columns: weeks since the last purchase.</p>
      <div
        class="lab-table-scroll"
        role="region"
        aria-label="P(alive) by repeat purchases and weeks of silence"
        tabIndex={0}
      >
        <table class="cb-grid">
          <caption>Mean P(alive), customers in brackets</caption>
          <thead>
            <tr>
              <th scope="col">Repeat purchases</th>
              {aliveGrid.silences.map((s) => (
                <th scope="col" key={s}>
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {aliveGrid.frequencies.map((f, fi) => (
              <tr key={f}>
                <th scope="row">{f}</th>
                {aliveGrid.silences.map((s, si) => {
                  const cell = aliveGrid.cells[fi]?.[si];
                  const alive = cell?.meanAlive;
                  return (
                    <td
                      key={s}
                      class="cb-heat"
                      style={alive === undefined ? undefined : { '--alive': String(Math.round(alive * 100)) }}
                    >
                      {alive === undefined ? '–' : fixedPercent(alive)}
                      {cell && cell.customers > 0 && <span class="cb-count"> ({n0(cell.customers)})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type SortKey = 'id' | 'frequency' | 'recency' | 'T' | 'monetary' | 'alive' | 'purchases' | 'value';

const COLUMNS: { key: SortKey; label: string; csv: string }[] = [
  { key: 'id', label: 'Customer', csv: 'customer' },
  { key: 'frequency', label: 'Repeat purchases', csv: 'repeat_purchases' },
  { key: 'recency', label: 'Last repeat in week', csv: 'recency_weeks' },
  { key: 'T', label: 'Age (weeks)', csv: 'age_weeks' },
  { key: 'monetary', label: 'Mean repeat spend', csv: 'mean_repeat_spend' },
  { key: 'alive', label: 'P(alive)', csv: 'p_alive' },
  { key: 'purchases', label: 'Expected purchases', csv: 'expected_purchases' },
  { key: 'value', label: 'Expected value', csv: 'expected_value' },
];

const ROW_HEIGHT = 36;
const VISIBLE_ROWS = 12;
const OVERSCAN = 6;

/** A spreadsheet must not run a customer ID as a formula. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function CustomerTable({ analysis, currency, id, horizon }: SectionProps) {
  const { rows } = analysis;
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'value', descending: true });
  const [scrollTop, setScrollTop] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const total = rows.ids.length;
  const order = useMemo(() => {
    const index = Array.from({ length: total }, (_, i) => i);
    const sign = sort.descending ? -1 : 1;
    if (sort.key === 'id') {
      const collator = new Intl.Collator(undefined, { numeric: true });
      index.sort((a, b) => sign * collator.compare(rows.ids[a] ?? '', rows.ids[b] ?? ''));
    } else {
      const values = rows[sort.key];
      index.sort((a, b) => sign * ((values[a] ?? 0) - (values[b] ?? 0)) || a - b);
    }
    return index;
  }, [rows, sort]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, first + VISIBLE_ROWS + 2 * OVERSCAN);
  const cell = (i: number, key: SortKey): string => {
    switch (key) {
      case 'id':
        return rows.ids[i] ?? '';
      case 'frequency':
        return n0(rows.frequency[i] ?? 0);
      case 'recency':
      case 'T':
        return fixedNumber(rows[key][i] ?? 0, 1);
      case 'monetary':
        return (rows.frequency[i] ?? 0) > 0 ? moneyInColumn(rows.monetary[i] ?? 0, currency) : '–';
      case 'alive':
        return fixedPercent(rows.alive[i] ?? 0);
      case 'purchases':
        return fixedNumber(rows.purchases[i] ?? 0, 2);
      case 'value':
        return moneyInColumn(rows.value[i] ?? 0, currency);
    }
  };
  const exportCsv = (): void => {
    const lines = [COLUMNS.map((c) => c.csv).join(',')];
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
    const url = URL.createObjectURL(new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'customer-base.csv';
    link.click();
    window.setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
  };
  return (
    <section aria-labelledby={`${id}-table`}>
      <h2 id={`${id}-table`}>Every customer</h2>
      <p>
        {count(total, 'customer', 'customers')}; expected purchases and value over {horizon} from the end of calibration
        ({currency}). Weeks count from each customer’s first purchase: “Last repeat in week” is when their latest repeat
        purchase came, “Age” how long they had been a customer when calibration ended. Sort by any column; the table
        scrolls.{' '}
        <button type="button" class="course-button small" onClick={exportCsv}>
          Download as CSV
        </button>
      </p>
      <div
        ref={scroller}
        class="cb-table-scroll"
        role="region"
        aria-label="Customers"
        tabIndex={0}
        style={{ maxHeight: `${String((VISIBLE_ROWS + 1) * ROW_HEIGHT)}px` }}
        onScroll={(e) => {
          setScrollTop(e.currentTarget.scrollTop);
        }}
      >
        <table class="cb-table" aria-rowcount={total + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <th
                  scope="col"
                  key={c.key}
                  aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    onClick={() => {
                      setSort((s) => ({ key: c.key, descending: s.key === c.key ? !s.descending : c.key !== 'id' }));
                      scroller.current?.scrollTo({ top: 0 });
                    }}
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && (
              <tr aria-hidden="true" style={{ height: `${String(first * ROW_HEIGHT)}px` }}>
                <td colSpan={COLUMNS.length} />
              </tr>
            )}
            {order.slice(first, last).map((i, k) => (
              <tr key={i} aria-rowindex={first + k + 2} style={{ height: `${String(ROW_HEIGHT)}px` }}>
                {COLUMNS.map((c) =>
                  c.key === 'id' ? (
                    <th scope="row" key={c.key}>
                      {cell(i, c.key)}
                    </th>
                  ) : (
                    <td key={c.key}>{cell(i, c.key)}</td>
                  ),
                )}
              </tr>
            ))}
            {last < total && (
              <tr aria-hidden="true" style={{ height: `${String((total - last) * ROW_HEIGHT)}px` }}>
                <td colSpan={COLUMNS.length} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TierSection({ analysis, currency, id, horizon }: SectionProps) {
  const { tiers } = analysis;
  const suggested = useMemo(() => suggestedBudget(tiers), [tiers]);
  const [budgetText, setBudgetText] = useState(String(suggested));
  const [fragment, setFragment] = useState<string | undefined>();
  useEffect(() => {
    setBudgetText(String(suggested));
  }, [suggested]);
  const budget = Number(budgetText.replace(/[\s,]/g, ''));
  const budgetProblem =
    budgetText.trim() === '' || !(budget > 0 && budget <= 1e9)
      ? 'Enter a budget above 0 and up to 1,000,000,000.'
      : undefined;
  useEffect(() => {
    if (budgetProblem) return undefined;
    let current = true;
    allocationLinkInWorker({ tiers, budget, currency }).then(
      (answer) => {
        if (current && answer.kind === 'allocation') setFragment(answer.fragment);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [tiers, budget, currency, budgetProblem]);
  return (
    <section aria-labelledby={`${id}-tiers`}>
      <h2 id={`${id}-tiers`}>Invest across these tiers</h2>
      <p>
        Customers ranked by expected value: the top 10%, the next 20%, and the rest split by whether they are likely
        still active. “Potential” is what a tier would be worth over {horizon} if every customer in it were still
        active; the gap is what winning back the quiet ones could bring. Growth in what active customers buy is not in a
        purchase log: add it in the allocation lab if you have evidence for it.
      </p>
      <div class="lab-table-scroll" role="region" aria-label="Value tiers" tabIndex={0}>
        <table class="cb-tiers">
          <thead>
            <tr>
              <th scope="col">Tier</th>
              <th scope="col">Customers</th>
              <th scope="col">Value now per customer</th>
              <th scope="col">Potential per customer</th>
              <th scope="col">Tier value now</th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((t) => (
              <tr key={t.name}>
                <th scope="row">{t.name}</th>
                <td>{n0(t.customers)}</td>
                <td>{moneyInColumn(t.valuePerCustomer, currency)}</td>
                <td>{moneyInColumn(t.potentialPerCustomer, currency)}</td>
                <td>{formatMoneyRounded(t.valuePerCustomer * t.customers, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="cb-fields">
        <div class="cb-field">
          <label for={`${id}-budget`}>Budget to allocate ({currency})</label>
          <input
            id={`${id}-budget`}
            inputMode="decimal"
            value={budgetText}
            aria-invalid={budgetProblem ? true : undefined}
            aria-describedby={`${id}-budget-note${budgetProblem ? ` ${id}-budget-problem` : ''}`}
            onInput={(e) => {
              setBudgetText(e.currentTarget.value);
            }}
          />
          <p class="cb-hint" id={`${id}-budget-note`}>
            Suggested: a tenth of the tiers’ value now ({formatMoneyRounded(suggested, currency)}).
          </p>
          {budgetProblem && (
            <p class="field-error" id={`${id}-budget-problem`}>
              {budgetProblem}
            </p>
          )}
        </div>
      </div>
      <p>
        The allocation lab also needs, for each tier, the spend per customer that wins back half of its upside. A
        purchase log cannot tell you that: the link sets it to a quarter of the upside per customer, an illustrative
        assumption to change there. Values per customer travel rounded to the cent, so the allocation lab’s totals can
        differ from these by a few units of currency.
      </p>
      <p>
        {fragment && !budgetProblem ? (
          // A new tab: going back from the allocation lab would otherwise find this page without its
          // file, which is never stored unless the learner asks.
          <a class="cb-allocation-link" href={`/labs/allocation/#${fragment}`} target="_blank">
            Open these tiers in the allocation lab
            <span class="cb-new-tab"> (in a new tab; these results stay here)</span>
          </a>
        ) : (
          <span>Enter a budget to build the link to the allocation lab.</span>
        )}
      </p>
    </section>
  );
}
