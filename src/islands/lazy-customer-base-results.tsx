/**
 * What the customer-base lab shows once the models are fitted: the fit in plain words (parameters
 * for analysts), the holdout checks, the share of value by decile, P(alive) by purchases and
 * silence, the per-customer table (virtualised, sortable, exportable as CSV) and the tiers to
 * invest across, handed to the allocation lab as a scenario link. Fetched while the page is idle.
 */
import { useId } from 'preact/hooks';
import { isSmallBase, LAPSED_BELOW, SMALL_BASE, type CustomerBaseAnalysis } from '../calc/clv/analysis';
import { horizonInWords } from '../calc/clv/lab-settings';
import { formatCount, formatMoney, formatMoneyRounded, formatNumber, formatPercent } from '../course/format';
import { isoDate } from '../purchase-log/dates';
import type { Currency } from '../scenario/currency';
import type { AnalysisSettings } from '../workers/customer-base-protocol';
import { AliveSection, DecileSection, HoldoutSection } from './CustomerBaseCharts';
import { CustomerTable } from './CustomerBaseTable';
import { TierSection } from './CustomerBaseTiers';

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

/** What each section of the results takes: the analysis, its currency, ids and the horizon in words. */
export interface ResultsSectionProps {
  analysis: CustomerBaseAnalysis;
  currency: Currency;
  /** The results' id, for headings' ids. */
  id: string;
  /** The forecast's horizon in words: "the next 3 years". */
  horizon: string;
}

const n0 = (v: number): string => formatNumber(v, 0);
const count = (n: number, one: string, many: string): string => formatCount(n, one, many);

export default function CustomerBaseResults({ analysis, settings, currency, timings, stale }: ResultsProps) {
  const id = useId();
  const money = (v: number): string => formatMoneyRounded(v, currency);
  const { bgnbd, spend, deciles, holdout } = analysis;
  const top = deciles[0]?.cumulativeShare ?? 0;
  const horizon = horizonInWords(settings.horizonWeeks);
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
