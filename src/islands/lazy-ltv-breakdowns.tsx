/**
 * The lifetime ROI lab's breakdowns below its headline figures: one customer's lifetime value split
 * into its parts, what moves lifetime ROI most, and the value of engagement content. Loaded when the
 * learner scrolls near them (`LazySection`), so the page fetches less before the lab is used; the
 * figures are computed in the store either way.
 */
import { useId } from 'preact/hooks';
import { campaignInputs, type LtvRoiReport } from '../calc/ltv-roi-report';
import { ltvRoiChartConfig, paybackTable, yearLabel } from '../charts/ltv-roi';
import { mountChartWhenVisible } from '../kit/chart-mount';
import { formatMoney, formatMoneyRounded, formatPoints, formatRoi } from '../course/format';
import {
  INPUT_NAMES,
  INPUT_ORIGIN,
  engagementSentence,
  marginMultipleNote,
  paybackChartLabel,
  topForecastSentence,
} from '../labs/ltv-roi/breakdowns';
import type { LtvRoiState } from '../scenario/labs/ltv-roi';
import { $ltvRoiChart } from '../stores/ltv-roi';
import { ChartFigure } from '../kit/ChartFigure';
import { ENGAGEMENT_FIELDS } from '../labs/ltv-roi/inputs';
import { Field, type LtvSectionProps } from './ltv-fields';
import type { kindFormats } from '../course/number-kinds';

const ENGAGEMENT_SOURCE = '/sources/#budding-customer-relationship--measure-engagement-content';

/** The lifetime value of one customer, split into its parts, as a bar and as numbers. */
function ValueSplit({ state, report, heading: Heading }: LtvSectionProps) {
  const id = useId();
  const { clv } = report;
  const parts = [
    { key: 'first', label: 'First order', value: clv.firstOrder },
    { key: 'repeat', label: 'Repeat years', value: clv.repeat },
    { key: 'referral', label: 'Referrals', value: clv.referral },
  ];
  const positive = parts.reduce((sum, p) => sum + Math.max(0, p.value), 0);
  const money = (v: number): string => formatMoney(Math.round(v * 100) / 100, state.currency);
  return (
    <section class="ltv-split" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>One customer’s lifetime value: {money(clv.total)}</Heading>
      {positive > 0 && (
        <div class="ltv-split-bar" aria-hidden="true">
          {parts
            .filter((p) => p.value > 0)
            .map((p) => (
              <span key={p.key} class={`ltv-split-${p.key}`} style={{ width: `${(100 * p.value) / positive}%` }} />
            ))}
        </div>
      )}
      <dl class="ltv-split-parts">
        {parts.map((p) => (
          <div key={p.key}>
            <dt>
              <span class={`ltv-swatch ltv-split-${p.key}`} aria-hidden="true" />
              {p.label}
            </dt>
            <dd>{money(p.value)}</dd>
          </div>
        ))}
      </dl>
      {clv.repeat < 0 && (
        <p class="lab-note">
          The repeat years lose money: serving a customer who stays costs more each year than their orders earn.
        </p>
      )}
      {report.marginMultiple !== null && clv.repeat >= 0 && (
        <p class="lab-note">{marginMultipleNote(report.marginMultiple)}</p>
      )}
    </section>
  );
}

function Sensitivity({ state, report, heading: Heading }: LtvSectionProps) {
  const id = useId();
  const rows = report.sensitivity;
  const inputs = campaignInputs(state);
  const largest = Math.max(...rows.map((r) => r.swing), 0);
  return (
    <section class="ltv-sensitivity" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>What moves lifetime ROI most</Heading>
      <p>
        Each input moved 10% down and 10% up on its own, ranked by how far lifetime ROI moves. Spend, customers and
        first-order value come from the campaign report, and margin and the discount rate from finance; they often top
        the ranking because they scale everything. The forecasts about the relationship are where the care goes.
      </p>
      <p class="ltv-top-forecast">{topForecastSentence(report)}</p>
      <div class="lab-table-scroll" role="region" aria-label="Sensitivity of lifetime ROI" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Input</th>
              <th scope="col">At −10%</th>
              <th scope="col">At +10%</th>
              <th scope="col">Swing</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.input}>
                <th scope="row">
                  {INPUT_NAMES[row.input]}
                  <span class="ltv-origin">{INPUT_ORIGIN[row.input]}</span>
                </th>
                <td>{formatRoi(row.low)}</td>
                <td>{formatRoi(row.high)}</td>
                <td class="ltv-swing">
                  {row.swing === 0 ? (
                    inputs[row.input] === 0 ? (
                      'not used: it is 0'
                    ) : (
                      'no effect here'
                    )
                  ) : (
                    <>
                      <span
                        class="ltv-swing-bar"
                        aria-hidden="true"
                        style={{ width: `${largest > 0 ? (3 * row.swing) / largest : 0}rem` }}
                      />
                      {formatPoints(row.swing).replace(/^\+/, '')}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="lab-note">Lifetime ROI with each input 10% lower and 10% higher; the swing is the gap between them.</p>
    </section>
  );
}

function Engagement({
  values,
  state,
  report,
  formats,
  revision,
  disabled,
  heading: Heading,
}: Omit<LtvBreakdownsProps, 'now'>) {
  const id = useId();
  const engagement = report?.engagement;
  return (
    <section class="ltv-engagement" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Credit for engagement content</Heading>
      <p>
        Gupta’s example is an online clothier’s style guide: customers who download or share it show intent and
        affinity, yet the guide rarely sits next to a sale, so attribution gives it little credit. He asks that such
        content be measured and valued (<a href={ENGAGEMENT_SOURCE}>Sources</a>) but gives no method. This lab’s is its
        own: if customers who engaged stay longer than similar customers who did not, the difference in their lifetime
        value is what the content is worth, provided the content caused the difference.
      </p>
      <fieldset class="lab-group" disabled={disabled}>
        <legend>A piece of content</legend>
        {ENGAGEMENT_FIELDS.map((spec) => (
          <Field
            key={spec.key}
            spec={spec}
            value={values[spec.key]}
            formats={formats}
            revision={revision}
            disabled={disabled}
          />
        ))}
      </fieldset>
      <p class="ltv-engagement-result" data-testid="engagement-result">
        {engagement === undefined ? '' : engagementSentence(state, engagement)}
      </p>
      <p class="lab-note">
        Compare like with like: customers who were already loyal are more likely to engage, so a comparison with all
        other customers overstates the lift.
      </p>
    </section>
  );
}

/** The cohort's cumulative contribution against the spend, by year, with its table. */
function PaybackChart({ state, report }: { state: LtvRoiState; report: LtvRoiReport }) {
  const rows = paybackTable(state, report);
  const moneyRounded = (v: number): string => formatMoneyRounded(v, state.currency);
  return (
    <ChartFigure
      label={paybackChartLabel(state, report)}
      caption="What the customers the campaign won have contributed so far, year by year, discounted to today, against what the campaign cost. The diamond marks the payback year."
      mount={(canvas, onFail) => mountChartWhenVisible(canvas, $ltvRoiChart, ltvRoiChartConfig, onFail)}
      tableLabel="The chart’s numbers"
      table={() => (
        <table>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Cumulative contribution</th>
              <th scope="col">Campaign spend</th>
              <th scope="col">Paid back?</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.year}>
                <th scope="row">{yearLabel(row.year)}</th>
                <td>{moneyRounded(row.cumulative)}</td>
                <td>{moneyRounded(row.spend)}</td>
                <td>{row.payback ? 'Yes: payback year' : row.cumulative >= row.spend ? 'Yes' : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

export interface LtvBreakdownsProps {
  /** The scenario and figures now, for the chart (which follows every change itself). */
  now: { state: LtvRoiState; report: LtvRoiReport | undefined };
  /** The scenario now, for the engagement inputs. */
  values: LtvRoiState;
  /** The scenario the breakdowns describe (a frame behind while a slider moves). */
  state: LtvRoiState;
  report: LtvRoiReport | undefined;
  formats: ReturnType<typeof kindFormats>;
  revision: number;
  disabled: boolean;
  heading: 'h2' | 'h3';
}

export default function LtvBreakdowns({
  now,
  values,
  state,
  report,
  formats,
  revision,
  disabled,
  heading,
}: LtvBreakdownsProps) {
  return (
    <>
      {now.report && <PaybackChart state={now.state} report={now.report} />}
      {report && <ValueSplit state={state} report={report} heading={heading} />}
      {report && <Sensitivity state={state} report={report} heading={heading} />}
      <Engagement
        values={values}
        state={state}
        report={report}
        formats={formats}
        revision={revision}
        disabled={disabled}
        heading={heading}
      />
    </>
  );
}
