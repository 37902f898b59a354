/**
 * The lifetime-value-credited ROI lab: one campaign, credited with its first sales and with the
 * lifetime value of the customers it brought. Thin: state lives in `src/stores/ltv-roi.ts`, figures
 * come from `src/calc/ltv-roi-report.ts`, the link format from `src/scenario/labs/ltv-roi.ts`, the
 * chart from `src/charts/ltv-roi.ts`, and the inputs, presets, link notice, chart figure and share
 * bar are the pieces every lab shares. On its own page (`/labs/ltv-roi/`) the lab keeps the URL
 * fragment in step with the scenario; embedded in a lesson it leaves the lesson's URL alone.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { ReferralCredit } from '../calc/ltv';
import type { SensitiveInput } from '../calc/ltv-insights';
import { campaignInputs, type LtvRoiReport, type Placement } from '../calc/ltv-roi-report';
import { mountChartWhenVisible } from '../charts/mount';
import { ltvRoiChartConfig, paybackTable, yearLabel } from '../charts/ltv-roi';
import {
  formatMoney,
  formatMoneyRounded,
  formatNumber,
  formatPercent,
  formatPoints,
  formatRoi,
} from '../course/format';
import { CURRENCIES, CURRENCY_NAMES, isCurrency } from '../scenario/currency';
import {
  LTV_ROI_LIMITS,
  LTV_ROI_PRESETS,
  ltvRoiScenario,
  type LtvRoiNumber,
  type LtvRoiState,
} from '../scenario/labs/ltv-roi';
import {
  $inputProblems,
  $ltvRoi,
  $ltvRoiChart,
  $ltvRoiReport,
  $revision,
  ltvRoiLab,
  setCurrency,
  setInputProblem,
  setNumber,
  setReferralCredit,
} from '../stores/ltv-roi';
import { ChartFigure, LabFrame, useDeferredValue } from './LabParts';
import { NumberInput } from './NumberInput';
import { kindFormats, type Kind } from './number-formats';
import { useStoreValue } from './use-store';

const SOURCE = '/sources/#budding-customer-relationship--credit-lifetime-value';
const ENGAGEMENT_SOURCE = '/sources/#budding-customer-relationship--measure-engagement-content';

interface FieldSpec {
  key: LtvRoiNumber;
  label: string;
  hint: string;
  kind: Kind;
  slider?: boolean;
}

const GROUPS: { legend: string; fields: FieldSpec[] }[] = [
  {
    legend: 'Campaign',
    fields: [
      { key: 'spend', label: 'Campaign spend', hint: 'Everything the campaign cost.', kind: 'money' },
      {
        key: 'customers',
        label: 'New customers',
        hint: 'Customers it brought who had not bought before.',
        kind: 'count',
      },
    ],
  },
  {
    legend: 'First purchase',
    fields: [
      {
        key: 'firstOrder',
        label: 'First-order value',
        hint: 'Revenue from a new customer’s first order.',
        kind: 'money',
      },
      {
        key: 'margin',
        label: 'Gross margin',
        hint: 'Share of revenue you keep after the cost of goods.',
        kind: 'percent',
        slider: true,
      },
    ],
  },
  {
    legend: 'The relationship',
    fields: [
      { key: 'repeatOrder', label: 'Repeat-order value', hint: 'Revenue from each later order.', kind: 'money' },
      {
        key: 'ordersPerYear',
        label: 'Orders per year',
        hint: 'Repeat orders a customer who stays places in a year.',
        kind: 'rate',
      },
      {
        key: 'retention',
        label: 'Annual retention',
        hint: 'Share of customers still buying a year later.',
        kind: 'percent',
        slider: true,
      },
    ],
  },
  {
    legend: 'Cost of money',
    fields: [
      {
        key: 'discount',
        label: 'Discount rate',
        hint: 'What money costs you a year: next year’s revenue is worth less today.',
        kind: 'percent',
        slider: true,
      },
      {
        key: 'years',
        label: 'Horizon',
        hint: 'Repeat years counted after the acquisition year.',
        kind: 'years',
        slider: true,
      },
    ],
  },
  {
    legend: 'Referrals',
    fields: [
      {
        key: 'referrals',
        label: 'Referrals per year',
        hint: 'New customers each customer who stays brings in a year (0.1 = one every ten years).',
        kind: 'rate',
        slider: true,
      },
    ],
  },
];

const COST_TO_SERVE: FieldSpec = {
  key: 'costToServe',
  label: 'Cost to serve per year',
  hint: 'Support, account management or perks for a customer who stays, each repeat year.',
  kind: 'money',
};

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

const CREDITS: { credit: ReferralCredit; label: string; hint: string }[] = [
  {
    credit: 'first-order',
    label: 'Their first order only',
    hint: 'The conservative default: the first order is soon seen, a lifetime is a forecast.',
  },
  {
    credit: 'lifetime',
    label: 'Their own lifetime value',
    hint: 'As if each referred customer behaved like the one who referred them (their own referrals not counted).',
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

/** Each number's setter, made once so the inputs' props stay the same between renders. */
const SETTERS = Object.fromEntries(
  Object.keys(LTV_ROI_LIMITS).map((key) => [key, (value: number) => setNumber(key as LtvRoiNumber, value)]),
) as Record<LtvRoiNumber, (value: number) => string | undefined>;

function Field({
  spec,
  value,
  formats,
  revision,
  disabled,
}: {
  spec: FieldSpec;
  value: number;
  formats: ReturnType<typeof kindFormats>;
  revision: number;
  disabled: boolean;
}) {
  const limits = LTV_ROI_LIMITS[spec.key];
  const kind = formats[spec.kind](limits.decimals);
  return (
    <NumberInput
      problemId={spec.key}
      label={spec.label}
      hint={spec.hint}
      value={value}
      limits={limits}
      slider={spec.slider ? SLIDER : undefined}
      format={kind.format}
      describe={kind.describe}
      grouping
      prefix={kind.prefix}
      suffix={kind.suffix}
      expect={`Enter ${kind.noun} from ${kind.describe(limits.min)} to ${kind.describe(limits.max)}.`}
      onValue={SETTERS[spec.key]}
      onProblem={setInputProblem}
      problemLabel={spec.label}
      revision={revision}
      disabled={disabled}
    />
  );
}

const SLIDER = {};

function placementWords(placement: Placement): string {
  return placement === 'within' ? 'within that range' : `${placement} it`;
}

/** The headline, as one sentence. */
function headline(state: LtvRoiState, report: LtvRoiReport): string {
  const { firstSaleRoi, lifetimeRoi } = report.campaign;
  if (state.customers === 0) {
    return `The campaign brought no new customers, so it returns ${formatRoi(firstSaleRoi)} however it is credited.`;
  }
  const customers = state.customers === 1 ? 'the 1 customer' : `the ${formatNumber(state.customers, 0)} customers`;
  return (
    `Credited with its first sales, the campaign returns ${formatRoi(firstSaleRoi)}; credited with the ` +
    `lifetime value of ${customers} it brought, ${formatRoi(lifetimeRoi)}.`
  );
}

/** The relative reading of Gupta's range, in words that hold for any multiple. */
function relativeReading(multiple: number, placement: Placement) {
  if (multiple <= 0) {
    return (
      <>
        As a relative increase in the return: the lifetime credit is {multiple === 0 ? 'nothing' : 'negative'}, because
        the repeat years lose more than the first sales earn, which is{' '}
        <strong data-placement={placement}>{placementWords(placement)}</strong>.
      </>
    );
  }
  const change =
    Math.abs(multiple - 1) < 0.0005
      ? 'the same margin as its first sales, no more'
      : `${formatNumber(multiple, 2)} times the margin its first sales earned, ${formatPercent(Math.abs(multiple - 1))} ${multiple > 1 ? 'more' : 'less'}`;
  return (
    <>
      As a relative increase in the return: the campaign is credited with {change}, which is{' '}
      <strong data-placement={placement}>{placementWords(placement)}</strong>.
    </>
  );
}

function paybackSentence(state: LtvRoiState, report: LtvRoiReport): string {
  const year = report.campaign.paybackYear;
  if (year === null) {
    return `Within the ${state.years}-year horizon, the customers never earn the spend back.`;
  }
  if (year === 0) return 'The first orders alone earn the spend back, in the acquisition year.';
  return `The customers earn the spend back in year ${year} after the acquisition year (year 0).`;
}

function Results({
  state,
  report,
  heading: Heading,
}: {
  state: LtvRoiState;
  report: LtvRoiReport;
  heading: 'h2' | 'h3';
}) {
  const { campaign, returnMultiple, relativePlacement, pointsPlacement } = report;
  return (
    <>
      <dl class="lab-values ltv-rois">
        <div>
          <dt>ROI credited with the first sale</dt>
          <dd>{formatRoi(campaign.firstSaleRoi)}</dd>
        </div>
        <div>
          <dt>ROI credited with lifetime value</dt>
          <dd>{formatRoi(campaign.lifetimeRoi)}</dd>
        </div>
        <div>
          <dt>Uplift</dt>
          <dd class="lab-small-value">{formatPoints(campaign.uplift)}</dd>
        </div>
        <div>
          <dt>Return, lifetime ÷ first sale</dt>
          <dd class="lab-small-value">
            {returnMultiple === null ? 'no first-sale margin' : `${formatNumber(returnMultiple, 2)}×`}
          </dd>
        </div>
      </dl>
      <p class="ltv-payback">{paybackSentence(state, report)}</p>
      <section class="ltv-gupta" aria-labelledby="ltv-gupta-heading">
        <Heading id="ltv-gupta-heading">Against Gupta’s 30–60%</Heading>
        <p>
          Shiv Gupta puts it at a 30 to 60 percent increase in ROI for most businesses that do not sell subscriptions (
          <a href={SOURCE}>Sources</a>); for subscription businesses he expects lifetime value to be multiples of the
          first sale. He gives no data behind the range and does not say whether he means percentage points or a
          relative increase, so here are both readings.
        </p>
        <ul>
          <li>
            In points: your uplift of {formatPoints(campaign.uplift)} is{' '}
            <strong data-placement={pointsPlacement}>{placementWords(pointsPlacement)}</strong>.
          </li>
          <li>
            {returnMultiple === null || relativePlacement === null
              ? 'As a relative increase in the return: the first orders earn no margin, so there is nothing to compare the lifetime credit with.'
              : relativeReading(returnMultiple, relativePlacement)}
          </li>
        </ul>
      </section>
    </>
  );
}

/** The lifetime value of one customer, split into its parts, as a bar and as numbers. */
function ValueSplit({
  state,
  report,
  heading: Heading,
}: {
  state: LtvRoiState;
  report: LtvRoiReport;
  heading: 'h2' | 'h3';
}) {
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
        <p class="ltv-note">
          The repeat years lose money: serving a customer who stays costs more each year than their orders earn.
        </p>
      )}
      {report.marginMultiple !== null && clv.repeat >= 0 && (
        <p class="ltv-note">
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

function Sensitivity({
  state,
  report,
  heading: Heading,
}: {
  state: LtvRoiState;
  report: LtvRoiReport;
  heading: 'h2' | 'h3';
}) {
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
      <p class="ltv-note">Lifetime ROI with each input 10% lower and 10% higher; the swing is the gap between them.</p>
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
      <fieldset class="ltv-group" disabled={disabled}>
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
      <p class="ltv-note">
        Compare like with like: customers who were already loyal are more likely to engage, so a comparison with all
        other customers overstates the lift.
      </p>
    </section>
  );
}

export interface LtvRoiLabProps {
  /** Inside a lesson: do not touch the page's URL. */
  embedded?: boolean;
}

export default function LtvRoiLab({ embedded = false }: LtvRoiLabProps) {
  const state = useStoreValue($ltvRoi);
  const result = useStoreValue($ltvRoiReport);
  const revision = useStoreValue($revision);
  const problems = useStoreValue($inputProblems);
  const formats = useMemo(() => kindFormats(state.currency), [state.currency]);
  const heading = embedded ? 'h3' : 'h2';
  // The folded inputs open by themselves when a link, preset or saved scenario sets them, so nothing
  // that drives the figures is out of sight.
  const [moreOpen, setMoreOpen] = useState(false);
  const advanced = state.costToServe > 0 || state.referralCredit !== 'first-order';
  useEffect(() => {
    if (advanced) setMoreOpen(true);
  }, [revision]);
  const id = useId();

  const report = result.ok ? result : undefined;
  // The breakdowns below the headline figures follow a frame later while a slider is dragged.
  const later = useDeferredValue(useMemo(() => ({ state, report }), [state, report]));
  const said = report ? headline(state, report) : result.ok ? '' : result.message;
  const pending = Object.values(problems).filter((p) => p !== undefined);
  const rows = report ? paybackTable(state, report) : [];
  const moneyRounded = (v: number): string => formatMoneyRounded(v, state.currency);

  return (
    <LabFrame
      id="ltv-roi"
      lab={ltvRoiLab}
      definition={ltvRoiScenario}
      presets={LTV_ROI_PRESETS}
      state={state}
      embedded={embedded}
      headline={said}
      shareTitle="Lifetime ROI scenario"
      credit={
        <>
          Crediting a campaign with its customers’ lifetime value is Shiv Gupta’s argument, from{' '}
          <cite>Can Marketers ID a Budding Customer Relationship?</cite> (Quantum Sight; see{' '}
          <a href={SOURCE}>Sources</a>). The margin multiple is from Gupta and Lehmann, “Customers as Assets” (2003).
          All numbers here are illustrative until you enter your own.
        </>
      }
      summary={
        report && (
          <>
            <span>First sale {formatRoi(report.campaign.firstSaleRoi)}</span>
            <span>Lifetime {formatRoi(report.campaign.lifetimeRoi)}</span>
          </>
        )
      }
    >
      {({ ready }) => (
        <>
          <div class="ltv-currency">
            <label for={`${id}-currency`}>Currency</label>
            <select
              id={`${id}-currency`}
              value={state.currency}
              disabled={!ready}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (isCurrency(value)) setCurrency(value);
              }}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c} · {CURRENCY_NAMES[c]}
                </option>
              ))}
            </select>
          </div>
          <div class="ltv-inputs">
            {GROUPS.map((group) => (
              <fieldset key={group.legend} class="ltv-group" disabled={!ready}>
                <legend>{group.legend}</legend>
                {group.fields.map((spec) => (
                  <Field
                    key={spec.key}
                    spec={spec}
                    value={state[spec.key]}
                    formats={formats}
                    revision={revision}
                    disabled={!ready}
                  />
                ))}
              </fieldset>
            ))}
          </div>
          <details
            class="ltv-more"
            open={moreOpen}
            onToggle={(e) => {
              setMoreOpen(e.currentTarget.open);
            }}
          >
            <summary>More inputs: cost to serve, and how referrals are credited</summary>
            <fieldset class="ltv-group" disabled={!ready}>
              <legend>Cost to serve</legend>
              <Field
                spec={COST_TO_SERVE}
                value={state.costToServe}
                formats={formats}
                revision={revision}
                disabled={!ready}
              />
            </fieldset>
            <fieldset class="ltv-group ltv-credit" disabled={!ready}>
              <legend>A referred customer is credited with</legend>
              {CREDITS.map(({ credit, label, hint }) => (
                <label key={credit} class="ltv-credit-option">
                  <input
                    type="radio"
                    name={`${id}-credit`}
                    value={credit}
                    checked={state.referralCredit === credit}
                    onChange={() => {
                      setReferralCredit(credit);
                    }}
                  />
                  <span>
                    {label}
                    <span class="number-input-hint">{hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </details>

          <section class="lab-results" aria-label="Results">
            <p class="lab-headline">{said}</p>
            {pending.length > 0 && (
              <p class="lab-pending">
                {pending
                  .map((p) => `${p.label}: the figures use ${p.using} until the field holds a valid number.`)
                  .join(' ')}
              </p>
            )}
            {report && <Results state={state} report={report} heading={heading} />}
          </section>

          {report && (
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
          )}
          {later.report && <ValueSplit state={later.state} report={later.report} heading={heading} />}
          {later.report && <Sensitivity state={later.state} report={later.report} heading={heading} />}
          <Engagement
            values={state}
            state={later.state}
            report={later.report}
            formats={formats}
            revision={revision}
            disabled={!ready}
            heading={heading}
          />
        </>
      )}
    </LabFrame>
  );
}
