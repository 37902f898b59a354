/**
 * The allocation lab below its results table: what treating everyone the same costs and where the
 * next unit of money goes, the lift per tier by strategy, and the curve of diminishing returns.
 * Loaded when the learner scrolls near it (`LazySection`); the figures are computed in the store.
 */
import { useId } from 'preact/hooks';
import type { StrategyResult, AllocationReport } from '../calc/allocation-report';
import { upliftByTierConfig, upliftCurveConfig } from '../charts/allocation';
import { mountChartWhenVisible } from '../kit/chart-mount';
import { formatMoney, formatMoneyRounded, formatNumber, formatPercent, formatRoi } from '../course/format';
import { CURRENCY_UNITS } from '../scenario/currency';
import { STRATEGY_NAMES, tierLabel, type AllocationState } from '../scenario/labs/allocation';
import { $allocationChart } from '../stores/allocation';
import { ChartFigure } from '../kit/ChartFigure';

/** Spend and lift per tier under each strategy, with the spend per customer the lesson asks about. */
function TierTable({ state, strategies }: { state: AllocationState; strategies: StrategyResult[] }) {
  const money = (v: number): string => formatMoneyRounded(v, state.currency);
  return (
    <table class="tier-table">
      <thead>
        <tr>
          <th scope="col">Tier</th>
          {strategies.map((s) => (
            <th scope="col" key={s.strategy}>
              {STRATEGY_NAMES[s.strategy]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {state.names.map((_, i) => {
          const customers = state.customers[i] ?? 0;
          return (
            <tr key={i}>
              <th scope="row">{tierLabel(state.names, i)}</th>
              {strategies.map((s) => {
                const spend = s.tiers[i]?.spend ?? 0;
                return (
                  <td key={s.strategy}>
                    <span class="tier-cell">Spend {money(spend)}</span>
                    {customers > 0 && (
                      <span class="tier-cell">
                        {formatMoney(Math.round((spend / customers) * 100) / 100, state.currency)} a customer
                      </span>
                    )}
                    <span class="tier-cell">Lift {money(s.tiers[i]?.uplift ?? 0)}</span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** What treating everyone the same gives up, and where the next unit of money would go. */
function EqualCost({ state, report }: { state: AllocationState; report: AllocationReport }) {
  const money = (v: number): string => formatMoneyRounded(v, state.currency);
  const unit = CURRENCY_UNITS[state.currency];
  const equal = report.strategies.find((s) => s.strategy === 'equal')?.totalUplift ?? 0;
  const best = report.strategies.find((s) => s.strategy === 'optimal')?.totalUplift ?? 0;
  const funded = report.funded.map((i) => tierLabel(state.names, i));
  return (
    <>
      <p>
        Spending the same on every customer is the customer-service instinct the article argues against: good service
        for all, but no more investment where the potential is. Here it lifts value by {money(equal)}, against{' '}
        {money(best)} for the best split
        {report.equalShortfall > 0 && equal > 0 ? (
          <>
            : it gives up <strong>{money(report.equalShortfall)}</strong>, and the best split lifts value{' '}
            {formatPercent(report.equalShortfall / equal)} more.
          </>
        ) : (
          '.'
        )}
      </p>
      {report.lastUnitReturn !== null && state.budget > 0 && (
        <p>
          Where the next {unit} goes: the best split spreads it across {funded.join(', ')}, where it returns about{' '}
          {formatNumber(report.lastUnitReturn, 2)} {unit}s of value.
          {report.lastUnitReturn < 1 &&
            ` That is less than the ${unit} itself: past this budget, more spend loses money.`}
          {report.nextUnfunded &&
            ` ${tierLabel(state.names, report.nextUnfunded.tier)} would get money only once that return falls to ${formatNumber(report.nextUnfunded.returnPerUnit, 2)}.`}
        </p>
      )}
    </>
  );
}

export interface AllocationDetailsProps {
  /** The scenario now. */
  state: AllocationState;
  report: AllocationReport | undefined;
  /** The scenario and figures a frame behind while the learner types, for the slower parts. */
  later: { state: AllocationState; report: AllocationReport | undefined };
  heading: 'h2' | 'h3';
}

export default function AllocationDetails({ state, report, later, heading: Heading }: AllocationDetailsProps) {
  const id = useId();
  const money = (v: number): string => formatMoneyRounded(v, state.currency);
  return (
    <>
      {later.report && (
        <section class="allocation-equal" aria-labelledby={`${id}-equal`}>
          <Heading id={`${id}-equal`}>“Treat everyone great” has a cost</Heading>
          <EqualCost state={later.state} report={later.report} />
        </section>
      )}

      {report && (
        <ChartFigure
          class="allocation-tiers"
          label={`Bar chart: lift in value per tier under each strategy. ${state.names
            .map(
              (_, i) =>
                `${tierLabel(state.names, i)}: ${report.strategies
                  .map((s) => `${STRATEGY_NAMES[s.strategy]} ${money(s.tiers[i]?.uplift ?? 0)}`)
                  .join(', ')}`,
            )
            .join('; ')}.`}
          caption="How much each strategy lifts each tier’s value. The table gives each tier’s spend, in all and per customer."
          mount={(canvas, onFail) => mountChartWhenVisible(canvas, $allocationChart, upliftByTierConfig, onFail)}
          summary="Show spend and lift per tier as a table"
          tableLabel="Spend and lift per tier, by strategy"
          table={() => <TierTable state={state} strategies={report.strategies} />}
        />
      )}
      {later.report && (
        <ChartFigure
          class="allocation-curve"
          label={`Line chart: the best lift in value at budgets from ${money(0)} to ${money(
            later.report.curve.at(-1)?.budget ?? 0,
          )}, rising ever more slowly, beside the line where the lift only equals the spend.`}
          caption={
            later.state.budget > 0
              ? `Diminishing returns: the best lift at each budget, from nothing to twice yours (the diamond). The curve’s slope is what the next ${CURRENCY_UNITS[later.state.currency]} returns; where it is flatter than the dashed line, the next ${CURRENCY_UNITS[later.state.currency]} returns less than it costs.`
              : `Diminishing returns: the best lift at each budget. The curve’s slope is what the next ${CURRENCY_UNITS[later.state.currency]} returns; where it is flatter than the dashed line, the next ${CURRENCY_UNITS[later.state.currency]} returns less than it costs.`
          }
          mount={(canvas, onFail) => mountChartWhenVisible(canvas, $allocationChart, upliftCurveConfig, onFail)}
          summary="Show the curve’s numbers as a table"
          tableLabel="Best lift by budget"
          table={() => (
            <table>
              <thead>
                <tr>
                  <th scope="col">Budget</th>
                  <th scope="col">Best lift in value</th>
                  <th scope="col">Next {CURRENCY_UNITS[later.state.currency]} returns</th>
                  <th scope="col">ROI</th>
                </tr>
              </thead>
              <tbody>
                {(later.report?.curve ?? []).map((p) => (
                  <tr key={p.budget}>
                    <th scope="row">{money(p.budget)}</th>
                    <td>{money(p.uplift)}</td>
                    <td>{p.nextReturn === null ? '–' : formatNumber(p.nextReturn, 2)}</td>
                    <td>{p.budget === 0 ? '–' : formatRoi((p.uplift - p.budget) / p.budget)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        />
      )}
    </>
  );
}
