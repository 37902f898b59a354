/**
 * The customer-base results' figures with a chart or a grid: the holdout check, the share of value
 * by decile, and P(alive) by repeat purchases and silence. Part of the lazy results module.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { useEffect, useMemo } from 'preact/hooks';
import type { CustomerBaseAnalysis } from '../calc/clv/analysis';
import { frequencyCheckConfig, lorenzConfig, weeklyCheckConfig } from '../charts/customer-base';
import { mountChartWhenVisible } from '../kit/chart-mount';
import {
  formatFixedNumber as fixedNumber,
  formatFixedPercent as fixedPercent,
  formatMoneyRounded,
  formatNumber,
  formatPercent,
} from '../course/format';
import { ChartFigure } from '../kit/ChartFigure';
import type { ResultsSectionProps } from './lazy-customer-base-results';

const n0 = (v: number): string => formatNumber(v, 0);

/** A store of `value` for a chart to follow: the chart redraws itself when the value changes. */
function useChartStore<T>(value: T): ReadableAtom<T> {
  const store = useMemo(() => atom(value), []);
  useEffect(() => {
    store.set(value);
  }, [value]);
  return store;
}

export function HoldoutSection({ holdout, id }: { holdout: NonNullable<CustomerBaseAnalysis['holdout']>; id: string }) {
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

export function DecileSection({ analysis, currency, id, horizon }: ResultsSectionProps) {
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

export function AliveSection({ analysis, id }: { analysis: CustomerBaseAnalysis; id: string }) {
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
