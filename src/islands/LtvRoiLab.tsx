/**
 * The lifetime-value-credited ROI lab: one campaign, credited with its first sales and with the
 * lifetime value of the customers it brought. Thin: state lives in `src/stores/ltv-roi.ts`, figures
 * come from `src/calc/ltv-roi-report.ts`, the link format from `src/scenario/labs/ltv-roi.ts`, the
 * chart from `src/charts/ltv-roi.ts`, and the inputs, presets, link notice, chart figure and share
 * bar are the pieces every lab shares. On its own page (`/labs/ltv-roi/`) the lab keeps the URL
 * fragment in step with the scenario; embedded in a lesson it leaves the lesson's URL alone.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { paybackSentence, type Placement } from '../calc/ltv-roi-report';
import { formatNumber, formatPercent, formatPoints, formatRoi } from '../course/format';
import {
  $inputProblems,
  $ltvRoi,
  $ltvRoiReport,
  $revision,
  ltvRoiLab,
  setCurrency,
  setReferralCredit,
} from '../stores/ltv-roi';
import { ltvRoiHeadline } from '../labs/ltv-roi/headline';
import { CurrencyPicker } from '../kit/CurrencyPicker';
import { PendingNote } from '../kit/PendingNote';
import { LabFrame } from '../kit/LabFrame';
import { LazySection } from '../kit/LazySection';
import { useDeferredValue } from '../kit/hooks';
import { COST_TO_SERVE, CREDITS, GROUPS } from '../labs/ltv-roi/inputs';
import { Field, type LtvSectionProps } from './ltv-fields';
import { kindFormats } from '../course/number-kinds';
import { useStoreValue } from '../kit/hooks';
import './ltv-roi.css';

const SOURCE = '/sources/#budding-customer-relationship--credit-lifetime-value';

function placementWords(placement: Placement): string {
  return placement === 'within' ? 'within that range' : `${placement} it`;
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

function Results({ state, report, heading: Heading }: LtvSectionProps) {
  const { campaign, returnMultiple, relativePlacement, pointsPlacement } = report;
  return (
    <>
      <dl class="lab-values lab-values--tabular">
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
  const heading: 'h2' | 'h3' = embedded ? 'h3' : 'h2';
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
  const said = report ? ltvRoiHeadline(state, report) : result.ok ? '' : result.message;

  return (
    <LabFrame
      id="ltv-roi"
      lab={ltvRoiLab}
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
          <CurrencyPicker value={state.currency} disabled={!ready} onChange={setCurrency} />
          <div class="lab-inputs">
            {GROUPS.map((group) => (
              <fieldset key={group.legend} class="lab-group" disabled={!ready}>
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
            <fieldset class="lab-group" disabled={!ready}>
              <legend>Cost to serve</legend>
              <Field
                spec={COST_TO_SERVE}
                value={state.costToServe}
                formats={formats}
                revision={revision}
                disabled={!ready}
              />
            </fieldset>
            <fieldset class="lab-group ltv-credit" disabled={!ready}>
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
                    <span class="field-note">{hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </details>

          <section class="lab-results" aria-label="Results">
            <p class="lab-headline">{said}</p>
            <PendingNote problems={problems} />
            {report && <Results state={state} report={report} heading={heading} />}
          </section>

          <LazySection
            name="ltv-breakdowns"
            load={() => import('./lazy-ltv-breakdowns')}
            props={{
              now: { state, report },
              values: state,
              state: later.state,
              report: later.report,
              formats,
              revision,
              disabled: !ready,
              heading,
            }}
          />
        </>
      )}
    </LabFrame>
  );
}
