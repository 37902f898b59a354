/**
 * The value equation lab: two offers, four levers each, and what follows from Smith's equation.
 * Thin: state lives in `src/stores/value-equation.ts`, figures come from `src/calc/`, the link
 * format from `src/scenario/`, the chart from `src/charts/`. On its own page (`/labs/value-equation/`)
 * the lab keeps the URL fragment in step with the scenario; embedded in a lesson it leaves the
 * lesson's URL alone and its Copy link points to the lab's own page.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Lever, Offer } from '../calc/value-equation';
import type { ValueEquationReport } from '../calc/value-equation-report';
import { mountChartWhenVisible } from '../charts/mount';
import { valueEquationChartConfig, valueEquationTable } from '../charts/value-equation';
import { encodeScenario, type ScenarioIssue } from '../scenario/codec';
import { cleanText, parseNumberText } from '../scenario/fields';
import { VALUE_EQUATION_PRESETS, valueEquationScenario } from '../scenario/labs/value-equation';
import { bindScenarioToUrl, scenarioUrl } from '../stores/scenario-url';
import {
  $valueEquation,
  $valueEquationReport,
  applyPreset,
  resetLab,
  setLever,
  setOfferName,
  type Side,
} from '../stores/value-equation';
import { memo } from './memo';
import { useStoreValue } from './use-store';

const LAB_PATH = '/labs/value-equation/';
const NAME_MAX = 40;

const LEVERS: { lever: Lever; label: string; hint: string }[] = [
  { lever: 'productQuality', label: 'Product quality', hint: '10 = the best customers can get' },
  { lever: 'serviceQuality', label: 'Service quality', hint: '10 = outstanding service' },
  { lever: 'price', label: 'Price', hint: '10 = feels very expensive' },
  { lever: 'hassle', label: 'Hassle', hint: '10 = very inconvenient' },
];

const LEVER_NAMES: Record<Lever, string> = {
  productQuality: 'product quality',
  serviceQuality: 'service quality',
  price: 'price',
  hassle: 'hassle',
};

const number2 = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number1 = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A name placed mid-sentence: "The market" becomes "the market", "Your offer" "your offer". */
function inSentence(name: string): string {
  return /^(The|Your|Our) /.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** A rating as typed in a number field: plain digits with a point, one decimal at most. */
function ratingText(value: number): string {
  return String(Math.round(value * 10) / 10);
}

interface LeverInputProps {
  side: Side;
  lever: Lever;
  label: string;
  hint: string;
  value: number;
  offerName: string;
}

/** One lever: a slider and an exact number field, with a message when the typed value cannot be used. */
const LeverInput = memo(function LeverInput({ side, lever, label, hint, value, offerName }: LeverInputProps) {
  const id = useId();
  const [text, setText] = useState(ratingText(value));
  const [error, setError] = useState<string | undefined>();

  // A preset, a reset or a link changed the value: show it, unless the field holds the same number.
  useEffect(() => {
    const typed = parseNumberText(text, { min: 0, max: 10, decimals: 1 });
    if (!typed.ok || typed.value !== value) {
      setText(ratingText(value));
      setError(undefined);
    }
    // Only external changes of `value` matter here; `text` is the learner's own, so it is not a dependency.
  }, [value]);

  const apply = (raw: string, fromSlider: boolean): void => {
    const parsed = parseNumberText(raw, { min: 0, max: 10, decimals: 1 });
    if (!parsed.ok) {
      setText(raw);
      setError(
        parsed.reason === 'was empty'
          ? 'Enter a rating from 0 to 10.'
          : `${parsed.reason.replace(/ is (below|above) the (minimum|maximum) of/, ' is $1 the scale’s $2,')}. Enter a rating from 0 to 10.`,
      );
      return;
    }
    if (!setLever(side, lever, parsed.value)) {
      setText(fromSlider ? ratingText(value) : raw);
      setError('Price and hassle cannot both be 0: an offer that is free and effortless has unbounded value.');
      return;
    }
    // From the slider, the number follows through the effect on `value` above.
    if (!fromSlider) setText(raw);
    setError(undefined);
  };

  return (
    <div class="lever" data-invalid={error ? 'true' : undefined}>
      <label class="lever-label" for={`${id}-range`}>
        {label}
        <span class="lever-hint">{hint}</span>
      </label>
      <input
        id={`${id}-range`}
        type="range"
        min={0}
        max={10}
        step={0.5}
        value={value}
        aria-valuetext={`${ratingText(value)} out of 10`}
        onInput={(e) => {
          apply(e.currentTarget.value, true);
        }}
      />
      <input
        class="lever-number"
        type="text"
        inputMode="decimal"
        autocomplete="off"
        aria-label={`${label} of ${offerName}, exact rating from 0 to 10`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        value={text}
        onInput={(e) => {
          apply(e.currentTarget.value, false);
        }}
      />
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
});

const OfferFieldset = memo(function OfferFieldset({ side, offer, name }: { side: Side; offer: Offer; name: string }) {
  const id = useId();
  const legend = side === 'you' ? 'Your offer' : 'The competitor';
  // The field keeps what the learner types (spaces included); the scenario keeps it cleaned.
  const [nameText, setNameText] = useState(name);
  useEffect(() => {
    if (cleanText(nameText, NAME_MAX) !== name) setNameText(name);
  }, [name]);
  return (
    <fieldset class={`offer offer-${side}`}>
      <legend>{legend}</legend>
      <label class="offer-name" for={`${id}-name`}>
        Name
      </label>
      <input
        id={`${id}-name`}
        type="text"
        maxLength={NAME_MAX}
        value={nameText}
        onInput={(e) => {
          setNameText(e.currentTarget.value);
          setOfferName(side, cleanText(e.currentTarget.value, NAME_MAX));
        }}
      />
      {LEVERS.map(({ lever, label, hint }) => (
        <LeverInput
          key={lever}
          side={side}
          lever={lever}
          label={label}
          hint={hint}
          value={offer[lever]}
          offerName={name || legend}
        />
      ))}
    </fieldset>
  );
});

/** What the value-equivalent price means for this scenario, in one sentence. */
function equivalentPriceSentence(report: ValueEquationReport, price: number, competitor: string): string {
  const eq = report.equivalentPrice;
  const headroom = report.costHeadroom;
  if (eq === undefined || headroom === undefined) {
    return `${competitor} offers no value at all (both its qualities are 0), so there is no price to match.`;
  }
  if (Math.abs(headroom) < 0.005) return `Your price is exactly where your value equals that of ${competitor}.`;
  if (headroom > 0) {
    return eq > 10
      ? `Even at the top of the price scale (10) customers would still get more value from you than from ${competitor}.`
      : `You could raise your price rating from ${number1.format(price)} to ${number2.format(eq)} before losing your value advantage over ${competitor}.`;
  }
  const cut = number2.format(-headroom);
  return eq >= 0
    ? `To match ${competitor}, cut your price rating from ${number1.format(price)} to ${number2.format(eq)}, or cut hassle by the same ${cut} points: in the equation they weigh the same.`
    : `Even a free offer would not match ${competitor}: you would need to cut price and hassle together by ${cut} points, or raise quality.`;
}

function IssuesNotice({ issues, restored }: { issues: ScenarioIssue[]; restored: boolean }) {
  if (!restored) return null;
  return (
    <div class={`lab-notice ${issues.length > 0 ? 'has-issues' : ''}`} role="status">
      <p>
        {issues.length > 0
          ? 'This scenario was opened from a link, but some of its values could not be used and were reset:'
          : 'This scenario was opened from a shared link.'}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue.field + issue.message}>{issue.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** `heading` is the level that fits where the lab sits: h2 on its own page, h3 inside a lesson section. */
function Prediction({ report, heading: Heading }: { report: ValueEquationReport; heading: 'h2' | 'h3' }) {
  const id = useId();
  const [guess, setGuess] = useState<Lever | undefined>();
  const [revealed, setRevealed] = useState(false);
  const best = report.gains[0];
  const bestGain = best?.gain ?? 0;
  const winners = report.gains.filter((g) => Math.abs(g.gain - bestGain) < 1e-9).map((g) => g.lever);
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
              setRevealed(true);
            }}
          >
            {guess ? 'Reveal the ranking' : 'Skip the guess and reveal'}
          </button>
        </>
      ) : (
        <>
          {guess && (
            <p class="prediction-verdict">
              {winners.includes(guess)
                ? `Right: ${LEVER_NAMES[guess]} buys the most value for one step.`
                : `Not this time: you guessed ${LEVER_NAMES[guess]}, but ${winners.map((w) => LEVER_NAMES[w]).join(' and ')} buys more.`}
            </p>
          )}
          <ol class="lever-ranking">
            {report.gains.map(({ lever, gain }) => (
              <li key={lever}>
                <span>{LEVER_NAMES[lever].replace(/^./, (c) => c.toUpperCase())}</span>
                <span>{gain > 0 ? `+${number2.format(gain)} value` : 'no gain (at the end of the scale)'}</span>
              </li>
            ))}
          </ol>
          <p class="lab-why">
            Why: one more point of quality adds 1 ÷ (price + hassle) to value, while one point less of price or hassle
            shrinks the denominator, which pays more when quality is high and costs are already low. Price and hassle
            always tie; a price cut gives up revenue on every sale, while removing hassle leaves the price alone.
          </p>
          <button
            type="button"
            class="course-button"
            onClick={() => {
              setRevealed(false);
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

function ShareBar({ fragment }: { fragment: string }) {
  const [status, setStatus] = useState('');
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  const url = scenarioUrl(LAB_PATH, fragment);
  return (
    <div class="lab-share">
      <button
        type="button"
        class="course-button"
        onClick={() => {
          navigator.clipboard.writeText(url).then(
            () => {
              setStatus('Link copied. Anyone who opens it sees this scenario.');
            },
            () => {
              setStatus('Your browser did not allow copying. Select the link below and copy it.');
            },
          );
        }}
      >
        Copy link
      </button>
      {canShare && (
        <button
          type="button"
          class="course-button"
          onClick={() => {
            navigator.share({ title: 'Value equation scenario', url }).catch(() => undefined);
          }}
        >
          Share…
        </button>
      )}
      <p class="lab-share-status" role="status">
        {status}
      </p>
      <p class="lab-share-url">
        <a href={url}>{url}</a>
      </p>
    </div>
  );
}

export interface ValueEquationLabProps {
  /** Inside a lesson: do not touch the page's URL. */
  embedded?: boolean;
}

export default function ValueEquationLab({ embedded = false }: ValueEquationLabProps) {
  const state = useStoreValue($valueEquation);
  const report = useStoreValue($valueEquationReport);
  const [restored, setRestored] = useState<{ issues: ScenarioIssue[] } | undefined>();
  const canvas = useRef<HTMLCanvasElement>(null);
  // Marks the lab as interactive once hydrated (the server-rendered HTML shows figures but cannot respond yet).
  const [ready, setReady] = useState(false);
  // The data table is built only while it is open: fewer nodes to update on every slider step.
  const [tableOpen, setTableOpen] = useState(false);
  useEffect(() => {
    setReady(true);
  }, []);

  useEffect(() => {
    if (embedded) return undefined;
    return bindScenarioToUrl($valueEquation, valueEquationScenario, setRestored);
  }, [embedded]);

  useEffect(() => {
    if (!canvas.current) return undefined;
    return mountChartWhenVisible(canvas.current, $valueEquation, valueEquationChartConfig);
  }, []);

  const yourName = inSentence(state.yourName || 'Your offer');
  const theirName = inSentence(state.competitorName || 'the competitor');
  const relative = report.relative;
  const headline =
    relative === undefined
      ? `${theirName} offers customers no value at all, so any value you offer wins.`
      : Math.abs(relative - 1) < 0.005
        ? `Customers get the same value from ${yourName} as from ${theirName}.`
        : relative > 1
          ? `Customers get ${number2.format(relative)}× more value from ${yourName} than from ${theirName}.`
          : `Customers get ${number2.format(1 / relative)}× more value from ${theirName} than from ${yourName}.`;
  const table = valueEquationTable(state);
  // The state in the store is valid by construction; encode once per change, not per element.
  const fragment = useMemo(() => encodeScenario(valueEquationScenario, state), [state]);

  return (
    <div class="lab value-equation-lab not-content" data-lab="value-equation" data-ready={ready ? 'true' : 'false'}>
      <IssuesNotice issues={restored?.issues ?? []} restored={restored !== undefined} />
      <div class="lab-presets" role="group" aria-label="Start from a scenario">
        <span class="lab-presets-label">Start from (illustrative):</span>
        {VALUE_EQUATION_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            class="course-button"
            title={preset.story}
            onClick={() => {
              applyPreset(preset.id);
              setRestored(undefined);
            }}
          >
            {preset.title}
          </button>
        ))}
        <button
          type="button"
          class="course-button"
          onClick={() => {
            resetLab();
            setRestored(undefined);
          }}
        >
          Reset
        </button>
      </div>
      <div class="lab-offers">
        <OfferFieldset side="you" offer={state.you} name={state.yourName} />
        <OfferFieldset side="competitor" offer={state.competitor} name={state.competitorName} />
      </div>

      <section class="lab-results" aria-label="Results">
        <p class="lab-headline" aria-live="polite">
          {headline}
        </p>
        <dl class="lab-values">
          <div>
            <dt>{yourName}</dt>
            <dd>
              {number2.format(report.yourValue)}
              <span class="lab-formula">
                ({number1.format(state.you.productQuality)} + {number1.format(state.you.serviceQuality)}) ÷ (
                {number1.format(state.you.price)} + {number1.format(state.you.hassle)})
              </span>
            </dd>
          </div>
          <div>
            <dt>{state.competitorName || 'The competitor'}</dt>
            <dd>
              {number2.format(report.competitorValue)}
              <span class="lab-formula">
                ({number1.format(state.competitor.productQuality)} + {number1.format(state.competitor.serviceQuality)})
                ÷ ({number1.format(state.competitor.price)} + {number1.format(state.competitor.hassle)})
              </span>
            </dd>
          </div>
        </dl>
        <p class="lab-equivalent">{equivalentPriceSentence(report, state.you.price, theirName)}</p>
      </section>

      <Prediction report={report} heading={embedded ? 'h3' : 'h2'} />

      <figure class="lab-chart">
        <div class="lab-chart-canvas">
          <canvas
            ref={canvas}
            role="img"
            aria-label={`Bar chart: what customers get and give for each offer. ${table
              .map((r) => `${r.name}: gets ${number1.format(r.get)}, gives ${number1.format(r.give)}`)
              .join('; ')}.`}
          />
        </div>
        <figcaption>
          What customers get (product + service quality) beside what they give (price + hassle). Value is the first
          divided by the second.
        </figcaption>
        <details
          onToggle={(e) => {
            setTableOpen(e.currentTarget.open);
          }}
        >
          <summary>Show the chart’s numbers as a table</summary>
          {tableOpen && (
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
                    <td>{number1.format(row.productQuality)}</td>
                    <td>{number1.format(row.serviceQuality)}</td>
                    <td>{number1.format(row.get)}</td>
                    <td>{number1.format(row.price)}</td>
                    <td>{number1.format(row.hassle)}</td>
                    <td>{number1.format(row.give)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </details>
      </figure>

      <ShareBar fragment={fragment} />
      {embedded && (
        <p class="lab-standalone">
          <a href={scenarioUrl(LAB_PATH, fragment)}>Open this scenario on the lab’s own page</a>
        </p>
      )}
      <p class="lab-credit">
        The value equation is Shaun Smith’s, from <cite>Where value comes from</cite> (smith+co, 2008). All ratings here
        are illustrative until you enter your own.
      </p>
    </div>
  );
}
