/**
 * The lifetime ROI lab's breakdowns below its headline figures: one customer's lifetime value split
 * into its parts, what moves lifetime ROI most, and the value of engagement content. Loaded when the
 * learner scrolls near them (`LazySection`), so the page fetches less before the lab is used; the
 * figures are computed in the store either way.
 */
import { useId } from 'preact/hooks';
import type { SensitiveInput } from '../calc/ltv-insights';
import { campaignInputs, paybackSentence, type LtvRoiReport } from '../calc/ltv-roi-report';
import { ltvRoiChartConfig, paybackTable, yearLabel } from '../charts/ltv-roi';
import { mountChartWhenVisible } from '../charts/mount';
import { formatMoney, formatMoneyRounded, formatNumber, formatPoints, formatRoi } from '../course/format';
import type { LtvRoiState } from '../scenario/labs/ltv-roi';
import { $ltvRoiChart } from '../stores/ltv-roi';
import { ChartFigure } from '../kit/ChartFigure';
import { Field, type FieldSpec, type LtvSectionProps } from './ltv-fields';
import type { kindFormats } from '../course/number-kinds';

const ENGAGEMENT_SOURCE = '/sources/#budding-customer-relationship--measure-engagement-content';

const ENGAGEMENT_FIELDS: FieldSpec[] = [
  {
    key: 'engaged',
    label: 'Customers who engaged',
    hint: 'How many downloaded, shared or used the content.',
    kind: 'count',
  },
  {
    key: 'retentionLift',
    label: 'Their retention lift',
    hint: 'Their annual retention minus that of similar customers who did not engage, in points.',
    kind: 'points',
  },
];

/** The lab's words for each input the sensitivity view ranks. */
const INPUT_NAMES: Record<SensitiveInput, string> = {
  firstOrderValue: 'First-order value',
  repeatOrderValue: 'Repeat-order value',
  ordersPerYear: 'Orders per year',
  grossMargin: 'Gross margin',
  retentionRate: 'Annual retention',
  discountRate: 'Discount rate',
  costToServePerYear: 'Cost to serve',
  referralsPerYear: 'Referrals per year',
  spend: 'Campaign spend',
  newCustomers: 'New customers',
};

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
        <p class="lab-note">
          Over an unlimited horizon, and before any cost to serve, the repeat years would be worth{' '}
          {formatNumber(report.marginMultiple, 2)} {formatNumber(report.marginMultiple, 2) === '1' ? 'year' : 'years'}{' '}
          of margin: Gupta and Lehmann’s margin multiple, retention ÷ (1 + discount rate − retention).
        </p>
      )}
    </section>
  );
}

/**
 * Where each input's figure usually comes from. Spend, customers and first-order value are in the
 * campaign report and margin comes from finance: they scale the whole result, so they usually top
 * the ranking, but there is little to firm up. The rest are forecasts about the relationship.
 */
const INPUT_ORIGIN: Record<SensitiveInput, 'campaign report' | 'finance' | 'forecast'> = {
  spend: 'campaign report',
  newCustomers: 'campaign report',
  firstOrderValue: 'campaign report',
  grossMargin: 'finance',
  repeatOrderValue: 'forecast',
  ordersPerYear: 'forecast',
  retentionRate: 'forecast',
  discountRate: 'finance',
  costToServePerYear: 'forecast',
  referralsPerYear: 'forecast',
};

function Sensitivity({ state, report, heading: Heading }: LtvSectionProps) {
  const id = useId();
  const rows = report.sensitivity;
  const inputs = campaignInputs(state);
  const largest = Math.max(...rows.map((r) => r.swing), 0);
  const topForecast = rows.find((r) => INPUT_ORIGIN[r.input] === 'forecast' && r.swing > 0);
  return (
    <section class="ltv-sensitivity" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>What moves lifetime ROI most</Heading>
      <p>
        Each input moved 10% down and 10% up on its own, ranked by how far lifetime ROI moves. Spend, customers and
        first-order value come from the campaign report, and margin and the discount rate from finance; they often top
        the ranking because they scale everything. The forecasts about the relationship are where the care goes.
      </p>
      <p class="ltv-top-forecast">
        {topForecast
          ? `The forecast that moves lifetime ROI most here: ${INPUT_NAMES[topForecast.input].toLowerCase()} (${formatPoints(topForecast.swing).replace(/^\+/, '')} for ±10%). Firm it up before anyone relies on the result.`
          : 'No forecast about the relationship moves lifetime ROI here: the repeat years add nothing yet.'}
      </p>
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

/** What the engaged customers' retention lift is worth, in words that hold for a loss too. */
function engagementSentence(
  state: LtvRoiState,
  engagement: Extract<LtvRoiReport['engagement'], { ok: true }>,
  money: (v: number) => string,
): string {
  const { perCustomer, total } = engagement.value;
  const lifted = `${formatNumber(engagement.engagedRetention, 1)}%${engagement.capped ? ` (retention + lift, held at ${engagement.engagedRetention === 100 ? 'the 100% ceiling' : 'the 0% floor'})` : ''}`;
  const who = state.engaged === 1 ? 'the 1 customer' : `${formatNumber(state.engaged, 0)} customers`;
  const each =
    Math.round(perCustomer * 100) === 0
      ? 'about the same'
      : perCustomer > 0
        ? `${money(perCustomer)} more`
        : `${money(-perCustomer)} less`;
  const all =
    Math.round(total) === 0
      ? 'next to nothing in lifetime value'
      : total > 0
        ? `${formatMoneyRounded(total, state.currency)} of lifetime value`
        : `a loss of ${formatMoneyRounded(-total, state.currency)} in lifetime value`;
  return `With retention at ${lifted} instead of ${formatNumber(state.retention, 1)}%, each engaged customer is worth ${each}; across ${who} the content is worth ${all}.`;
}

function Engagement({
  values,
  state,
  report,
  formats,
  revision,
  disabled,
  heading: Heading,
}: {
  /** The scenario now, for the inputs. */
  values: LtvRoiState;
  /** The scenario the result sentence describes (a frame behind while a slider moves). */
  state: LtvRoiState;
  report: LtvRoiReport | undefined;
  formats: ReturnType<typeof kindFormats>;
  revision: number;
  disabled: boolean;
  heading: 'h2' | 'h3';
}) {
  const id = useId();
  const money = (v: number): string => formatMoney(Math.round(v * 100) / 100, state.currency);
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
        {engagement === undefined
          ? ''
          : engagement.ok
            ? engagementSentence(state, engagement, money)
            : engagement.reason === 'no-engaged'
              ? 'Enter how many customers engaged with the content to see what it is worth.'
              : 'Enter the retention lift you measured. The lab has no default: the article gives no figure, and an invented lift would give a confident value for nothing.'}
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
      label={`Line chart: the customers’ cumulative discounted contribution by year against the campaign spend of ${moneyRounded(state.spend)}. ${rows
        .map((r) => `${yearLabel(r.year)}: ${moneyRounded(r.cumulative)}`)
        .join('; ')}. ${paybackSentence(state, report)}`}
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
