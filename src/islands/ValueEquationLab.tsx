/**
 * The value equation lab: two offers, four levers each, and what follows from Smith's equation.
 * Thin: state lives in `src/stores/value-equation.ts`, figures and sentences come from `src/calc/`,
 * the link format from `src/scenario/`, the chart from `src/charts/`. On its own page
 * (`/labs/value-equation/`) the lab keeps the URL fragment in step with the scenario; embedded in a
 * lesson it leaves the lesson's URL alone and its Copy link points to the lab's own page.
 */
import { useId, useState } from 'preact/hooks';
import type { Lever, Offer } from '../calc/value-equation';
import {
  LEVER_NAMES,
  describeValueEquation,
  guessVerdict,
  rankingRevealed,
  type ValueEquationReport,
} from '../calc/value-equation-report';
import { mountChartWhenVisible } from '../kit/chart-mount';
import { valueEquationChartConfig, valueEquationTable } from '../charts/value-equation';
import { cleanText } from '../scenario/fields';
import { NAME_MAX_LENGTH, RATING_LIMITS, displayNames } from '../scenario/labs/value-equation';
import {
  $inputProblems,
  $scenarioRevision,
  $valueEquation,
  $valueEquationReport,
  setInputProblem,
  setLever,
  setOfferName,
  type Side,
  valueEquationLab,
} from '../stores/value-equation';
import { LEVERS } from '../labs/value-equation/inputs';
import { ChartFigure } from '../kit/ChartFigure';
import { LabFrame } from '../kit/LabFrame';
import { memo } from '../kit/memo';
import { NameField } from '../kit/NameField';
import { NumberInput } from '../kit/NumberInput';
import { useStoreValue } from '../kit/hooks';
import { formatFieldNumber, formatFixedNumber } from '../course/format';
import { capitalise } from '../course/text';
import './value-equation.css';

const NAME_MAX = NAME_MAX_LENGTH;
const RATING = RATING_LIMITS;
const SLIDER = { step: 0.1 };
const cleanOfferName = (text: string): string => cleanText(text, NAME_MAX);

/** The two offers, each with the state field that holds its name. */
const SIDES = [
  { side: 'you', nameKey: 'yourName' },
  { side: 'competitor', nameKey: 'competitorName' },
] as const;

/** A rating as a number field shows it, in the learner's locale ("7,5" in Poland, "7.5" in the UK). */
function ratingText(value: number): string {
  return formatFieldNumber(value, 1);
}

/** Each lever's setter, made once so the inputs' props stay the same between renders. */
const SETTERS = Object.fromEntries(
  SIDES.flatMap(({ side }) =>
    LEVERS.map(({ lever }) => [`${side}.${lever}`, (value: number) => setLever(side, lever, value)]),
  ),
) as Record<`${Side}.${Lever}`, (value: number) => string | undefined>;

const ratingValueText = (value: number): string => `${ratingText(value)} out of 10`;

interface OfferFieldsetProps {
  side: Side;
  offer: Offer;
  /** The name as typed (may be empty). */
  name: string;
  /** The name the lab shows for it (the starting name when empty). */
  displayName: string;
  revision: number;
  disabled: boolean;
}

const OfferFieldset = memo(function OfferFieldset({
  side,
  offer,
  name,
  displayName,
  revision,
  disabled,
}: OfferFieldsetProps) {
  const legend = side === 'you' ? 'Your offer' : 'The competitor';
  return (
    <fieldset class={`offer offer-${side}`} disabled={disabled}>
      <legend>{legend}</legend>
      <NameField
        labelClass="field-label"
        value={name}
        clean={cleanOfferName}
        maxLength={NAME_MAX}
        revision={revision}
        onRename={(text) => {
          setOfferName(side, text);
        }}
      />
      {LEVERS.map(({ lever, label, hint }) => (
        <NumberInput
          key={lever}
          problemId={`${side}.${lever}`}
          label={label}
          hint={hint}
          value={offer[lever]}
          limits={RATING}
          slider={SLIDER}
          format={ratingText}
          describe={ratingText}
          valueText={ratingValueText}
          fieldLabel={`${label} of ${displayName}, exact rating from 0 to 10`}
          expect="Enter a rating from 0 to 10."
          limitsOwner="the scale’s"
          onValue={SETTERS[`${side}.${lever}`]}
          onProblem={setInputProblem}
          problemLabel={`${displayName}’s ${label.toLowerCase()}`}
          revision={revision}
        />
      ))}
    </fieldset>
  );
});

/** One offer's perceived value with the arithmetic behind it. */
function OfferValue({ name, offer, value }: { name: string; offer: Offer; value: number }) {
  const { productQuality, serviceQuality, price, hassle } = offer;
  return (
    <div>
      <dt>{name}</dt>
      <dd>
        {formatFixedNumber(value, 2)}
        <span class="lab-formula">
          {`(${ratingText(productQuality)} + ${ratingText(serviceQuality)}) ÷ (${ratingText(price)} + ${ratingText(hassle)})`}
        </span>
      </dd>
    </div>
  );
}

/** `heading` is the level that fits where the lab sits: h2 on its own page, h3 inside a lesson section. */
function Prediction({
  report,
  heading: Heading,
  announce,
}: {
  report: ValueEquationReport;
  heading: 'h2' | 'h3';
  announce: (text: string) => void;
}) {
  const id = useId();
  const [guess, setGuess] = useState<Lever | undefined>();
  // The report the guess was judged against: once the offer changes, the verdict no longer applies.
  const [revealedFor, setRevealedFor] = useState<ValueEquationReport | undefined>();
  const revealed = revealedFor !== undefined;
  const verdict = guess === undefined || revealedFor !== report ? undefined : guessVerdict(report, guess);
  return (
    <section class="lab-prediction" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>Which lever buys the most value for one step?</Heading>
      {!revealed ? (
        <>
          <p>Make your guess for your offer, then reveal the ranking.</p>
          <div class="prediction-options" role="radiogroup" aria-label="Your guess">
            {LEVERS.map(({ lever, label }) => (
              <label key={lever}>
                <input
                  type="radio"
                  name={`${id}-guess`}
                  value={lever}
                  checked={guess === lever}
                  onChange={() => {
                    setGuess(lever);
                  }}
                />
                {label}
              </label>
            ))}
          </div>
          <button
            type="button"
            class="course-button primary"
            onClick={() => {
              setRevealedFor(report);
              announce(rankingRevealed(report));
            }}
          >
            {guess ? 'Reveal the ranking' : 'Skip the guess and reveal'}
          </button>
        </>
      ) : (
        <>
          <div>
            {verdict && <p class="prediction-verdict">{verdict}</p>}
            <ol class="lever-ranking">
              {report.steps.map(({ lever, gain, tied, noGainReason }) => (
                <li key={lever}>
                  <span class="lever-ranking-name">
                    {capitalise(LEVER_NAMES[lever])}
                    {tied && <span class="lever-ranking-tie"> (tie)</span>}
                  </span>
                  <span>{gain > 0 ? `+${formatFixedNumber(gain, 2)} value` : `no gain: ${noGainReason ?? ''}`}</span>
                </li>
              ))}
            </ol>
          </div>
          <p class="lab-why">
            Why: one more point of quality adds 1 ÷ (price + hassle) to value, while one point less of price or hassle
            shrinks the denominator, which pays more when quality is high and costs are already low. Price and hassle
            tie whenever each has a full point to cut; a price cut gives up revenue on every sale, while removing hassle
            leaves the price alone.
          </p>
          <button
            type="button"
            class="course-button"
            onClick={() => {
              setRevealedFor(undefined);
              setGuess(undefined);
            }}
          >
            Guess again
          </button>
        </>
      )}
    </section>
  );
}

export interface ValueEquationLabProps {
  /** Inside a lesson: do not touch the page's URL. */
  embedded?: boolean;
}

export default function ValueEquationLab({ embedded = false }: ValueEquationLabProps) {
  const state = useStoreValue($valueEquation);
  const report = useStoreValue($valueEquationReport);
  const revision = useStoreValue($scenarioRevision);
  const problems = useStoreValue($inputProblems);

  const names = displayNames(state);
  const said = describeValueEquation(state.you, report, names);
  const table = valueEquationTable(state);
  const pending = Object.values(problems).filter((p) => p !== undefined);

  return (
    <LabFrame
      id="value-equation"
      lab={valueEquationLab}
      state={state}
      embedded={embedded}
      headline={said.headline}
      shareTitle="Value equation scenario"
      credit={
        <>
          The value equation is Shaun Smith’s, from <cite>Where value comes from (Part 2)</cite> (smith+co, 2008; see{' '}
          <a href="/sources/#where-value-comes-from--value-equation">Sources</a>). All ratings here are illustrative
          until you enter your own.
        </>
      }
      summary={
        <>
          <span>
            {names.you} {formatFixedNumber(report.yourValue, 2)}
          </span>
          <span>
            {names.competitor} {formatFixedNumber(report.competitorValue, 2)}
          </span>
        </>
      }
    >
      {({ ready, announce }) => (
        <>
          <div class="lab-offers">
            {SIDES.map(({ side, nameKey }) => (
              <OfferFieldset
                key={side}
                side={side}
                offer={state[side]}
                name={state[nameKey]}
                displayName={names[side]}
                revision={revision}
                disabled={!ready}
              />
            ))}
          </div>

          <section class="lab-results" aria-label="Results">
            <p class="lab-headline">{said.headline}</p>
            {pending.length > 0 && (
              <p class="lab-pending">
                {pending.map((p) => `${p.label}: the figures use ${p.using} until the field holds a rating.`).join(' ')}
              </p>
            )}
            <dl class="lab-values">
              <OfferValue name={names.you} offer={state.you} value={report.yourValue} />
              <OfferValue name={names.competitor} offer={state.competitor} value={report.competitorValue} />
              <div>
                <dt>Relative value</dt>
                <dd class="lab-small-value">{said.relativeLabel}</dd>
              </div>
              <div>
                <dt>Value-equivalent price</dt>
                <dd class="lab-small-value">{said.equivalentLabel}</dd>
              </div>
            </dl>
            <p class="lab-equivalent">{said.equivalentSentence}</p>
          </section>

          <Prediction key={revision} report={report} heading={embedded ? 'h3' : 'h2'} announce={announce} />

          <ChartFigure
            label={`Bar chart: what customers get and give for each offer. ${table
              .map((r) => `${r.name}: gets ${ratingText(r.get)}, gives ${ratingText(r.give)}`)
              .join('; ')}.`}
            caption="What customers get (product + service quality) beside what they give (price + hassle). Value is the first divided by the second."
            mount={(canvas, onFail) => mountChartWhenVisible(canvas, $valueEquation, valueEquationChartConfig, onFail)}
            tableLabel="The chart’s numbers"
            table={() => (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Offer</th>
                    <th scope="col">Product quality</th>
                    <th scope="col">Service quality</th>
                    <th scope="col">Gets</th>
                    <th scope="col">Price</th>
                    <th scope="col">Hassle</th>
                    <th scope="col">Gives</th>
                  </tr>
                </thead>
                <tbody>
                  {table.map((row) => (
                    <tr key={row.name}>
                      <th scope="row">{row.name}</th>
                      <td>{ratingText(row.productQuality)}</td>
                      <td>{ratingText(row.serviceQuality)}</td>
                      <td>{ratingText(row.get)}</td>
                      <td>{ratingText(row.price)}</td>
                      <td>{ratingText(row.hassle)}</td>
                      <td>{ratingText(row.give)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          />
        </>
      )}
    </LabFrame>
  );
}
