/**
 * The value equation lab: two offers, four levers each, and what follows from Smith's equation.
 * Thin: state lives in `src/stores/value-equation.ts`, figures and sentences come from `src/calc/`,
 * the link format from `src/scenario/`, the chart from `src/charts/`. On its own page
 * (`/labs/value-equation/`) the lab keeps the URL fragment in step with the scenario; embedded in a
 * lesson it leaves the lesson's URL alone and its Copy link points to the lab's own page.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Lever, Offer } from '../calc/value-equation';
import { describeValueEquation, type ValueEquationReport } from '../calc/value-equation-report';
import { mountChartWhenVisible } from '../charts/mount';
import { valueEquationChartConfig, valueEquationTable } from '../charts/value-equation';
import { decodeScenario, encodeScenario, isScenarioFragment, type ScenarioIssue } from '../scenario/codec';
import { cleanText, parseNumberText } from '../scenario/fields';
import {
  NAME_MAX_LENGTH,
  RATING_LIMITS,
  VALUE_EQUATION_PRESETS,
  displayNames,
  valueEquationScenario,
  type ValueEquationState,
} from '../scenario/labs/value-equation';
import { bindScenarioToUrl, scenarioUrl } from '../stores/scenario-url';
import {
  $inputProblems,
  $scenarioRevision,
  $valueEquation,
  $valueEquationReport,
  applyPreset,
  loadScenario,
  resetLab,
  setInputProblem,
  setLever,
  setOfferName,
  type Side,
} from '../stores/value-equation';
import { LinkNotice, ShareBar } from './LabParts';
import { memo } from './memo';
import { useStoreValue } from './use-store';
import { capitalise } from '../course/text';

const LAB_PATH = '/labs/value-equation/';
const NAME_MAX = NAME_MAX_LENGTH;
const RATING = RATING_LIMITS;

const LEVERS: { lever: Lever; label: string; hint: string }[] = [
  { lever: 'productQuality', label: 'Product quality', hint: '10 = the best customers can get' },
  { lever: 'serviceQuality', label: 'Service quality', hint: '10 = outstanding service' },
  { lever: 'price', label: 'Price', hint: '10 = feels very expensive' },
  { lever: 'hassle', label: 'Hassle', hint: '10 = very inconvenient' },
];

/** The two offers, each with the state field that holds its name. */
const SIDES = [
  { side: 'you', nameKey: 'yourName' },
  { side: 'competitor', nameKey: 'competitorName' },
] as const;

const LEVER_NAMES: Record<Lever, string> = {
  productQuality: 'product quality',
  serviceQuality: 'service quality',
  price: 'price',
  hassle: 'hassle',
};

const two = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  numberingSystem: 'latn',
});
// Latin digits: the number fields must read back what they show.
const one = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, useGrouping: false, numberingSystem: 'latn' });

/** A rating as a number field shows it, in the learner's locale ("7,5" in Poland, "7.5" in the UK). */
function ratingText(value: number): string {
  return one.format(value);
}

interface LeverInputProps {
  side: Side;
  lever: Lever;
  label: string;
  hint: string;
  value: number;
  offerName: string;
  /** Changes when the whole scenario is replaced: drop any half-typed text. */
  revision: number;
}

/** One lever: a slider and an exact number field, with a message when the typed value cannot be used. */
const LeverInput = memo(function LeverInput({ side, lever, label, hint, value, offerName, revision }: LeverInputProps) {
  const id = useId();
  const [text, setText] = useState(ratingText(value));
  const [error, setError] = useState<string | undefined>();
  // The latest typed text, read by the effect below (its closure may be a render behind fast typing).
  const typed = useRef(text);
  // The value before the learner started typing: what the figures fall back to while the text is unusable.
  const beforeEdit = useRef(value);
  const problemId = `${side}.${lever}`;
  // While the learner types here, the text is theirs: value changes are the echo of their own typing.
  const field = useRef<HTMLInputElement>(null);

  const show = (next: string, message: string | undefined): void => {
    typed.current = next;
    setText(next);
    setError(message);
  };

  // A slider, preset, reset or link changed the value: show it, unless the field already says it.
  useEffect(() => {
    if (field.current !== null && document.activeElement === field.current) return;
    const parsed = parseNumberText(typed.current, RATING);
    if (!parsed.ok || parsed.value !== value) {
      show(ratingText(value), undefined);
      setInputProblem(problemId, undefined);
    }
  }, [value]);

  // The whole scenario was replaced: whatever was being typed no longer applies.
  useEffect(() => {
    show(ratingText(value), undefined);
    setInputProblem(problemId, undefined);
  }, [revision]);

  const fromSlider = (input: HTMLInputElement): void => {
    const parsed = parseNumberText(input.value, RATING);
    if (parsed.ok && setLever(side, lever, parsed.value)) {
      if (error) show(ratingText(parsed.value), undefined);
      setInputProblem(problemId, undefined);
      return;
    }
    // Refused (price and hassle would both be 0): put the slider back where the figures are.
    input.value = String(value);
    show(
      ratingText(value),
      'Price and hassle cannot both be 0: an offer that is free and effortless has unbounded value.',
    );
  };

  const fromField = (raw: string): void => {
    const parsed = parseNumberText(raw, RATING);
    if (!parsed.ok) {
      const reason =
        parsed.reason === 'was empty'
          ? 'Enter a rating from 0 to 10.'
          : `${capitalise(parsed.reason.replace(/ is (below|above) the (minimum|maximum) of/, ' is $1 the scale’s $2,'))}. Enter a rating from 0 to 10.`;
      show(raw, reason);
      // A half-typed number (the "1" of "11") must not drive the figures: use the value from before.
      setLever(side, lever, beforeEdit.current);
      setInputProblem(problemId, { label: `${offerName}’s ${label.toLowerCase()}`, using: beforeEdit.current });
      return;
    }
    if (!setLever(side, lever, parsed.value)) {
      show(raw, 'Price and hassle cannot both be 0: an offer that is free and effortless has unbounded value.');
      setInputProblem(problemId, { label: `${offerName}’s ${label.toLowerCase()}`, using: value });
      return;
    }
    show(raw, undefined);
    setInputProblem(problemId, undefined);
  };

  const errorId = `${id}-error`;
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
        step={0.1}
        value={value}
        aria-valuetext={`${ratingText(value)} out of 10`}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => {
          fromSlider(e.currentTarget);
        }}
      />
      <input
        ref={field}
        class="lever-number"
        type="text"
        inputMode="decimal"
        autocomplete="off"
        aria-label={`${label} of ${offerName}, exact rating from 0 to 10`}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onFocus={() => {
          beforeEdit.current = value;
        }}
        onInput={(e) => {
          fromField(e.currentTarget.value);
        }}
        onBlur={() => {
          // Show the number the figures actually use ("3.25" is used as 3.3).
          const parsed = parseNumberText(typed.current, RATING);
          if (parsed.ok && !error) show(ratingText(parsed.value), undefined);
        }}
      />
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
});

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
  const id = useId();
  const legend = side === 'you' ? 'Your offer' : 'The competitor';
  // The field keeps what the learner types (spaces included); the scenario keeps it cleaned.
  const [nameText, setNameText] = useState(name);
  useEffect(() => {
    if (cleanText(nameText, NAME_MAX) !== name) setNameText(name);
  }, [name, revision]);
  return (
    <fieldset class={`offer offer-${side}`} disabled={disabled}>
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
          offerName={displayName}
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
        {two.format(value)}
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
  const winners = report.bestLevers;
  const verdict =
    guess === undefined || revealedFor !== report
      ? undefined
      : winners.length === 0
        ? 'No lever gains anything for this offer: every one is at the end of its scale or held by the rules.'
        : winners.includes(guess)
          ? winners.length > 1
            ? `Right: ${LEVER_NAMES[guess]} ties with ${winners
                .filter((w) => w !== guess)
                .map((w) => LEVER_NAMES[w])
                .join(' and ')} for the most value per step.`
            : `Right: ${LEVER_NAMES[guess]} buys the most value per step.`
          : `Not this time: you guessed ${LEVER_NAMES[guess]}, but ${winners.map((w) => LEVER_NAMES[w]).join(' and ')} ${winners.length > 1 ? 'buy' : 'buys'} more.`;
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
              const best = report.bestLevers.map((l) => LEVER_NAMES[l]).join(' and ');
              announce(
                best
                  ? `Ranking revealed: ${best} ${report.bestLevers.length > 1 ? 'buy' : 'buys'} the most value for one step.`
                  : 'Ranking revealed.',
              );
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
                  <span>{gain > 0 ? `+${two.format(gain)} value` : `no gain: ${noGainReason ?? ''}`}</span>
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
  const [restored, setRestored] = useState<{ issues: ScenarioIssue[] } | undefined>();
  const [preset, setPreset] = useState<{ title: string; story: string } | undefined>();
  const [undo, setUndo] = useState<ValueEquationState | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const canvas = useRef<HTMLCanvasElement>(null);
  // Marks the lab as interactive once hydrated (the server-rendered HTML shows figures but cannot respond yet).
  const [ready, setReady] = useState(false);
  // The data table is built only while it is open: fewer nodes to update on every slider step.
  const [tableOpen, setTableOpen] = useState(false);
  // chart.js could not be loaded (a flaky network): say so and show the numbers instead.
  const [chartFailed, setChartFailed] = useState(false);

  useEffect(() => {
    setReady(true);
  }, []);

  useEffect(() => {
    const onRestore = (result: { issues: ScenarioIssue[] }): void => {
      setRestored(result);
      setPreset(undefined);
      setUndo(undefined);
      setAnnouncement(
        result.issues.length > 0
          ? `Scenario opened from a link. ${result.issues.length} of its values could not be used and were reset; see the list above the lab.`
          : 'Scenario opened from a shared link.',
      );
    };
    if (embedded) {
      // In a lesson the fragment is usually a heading anchor; only a `#v=` fragment is a scenario,
      // and the lab reads it without ever writing to the lesson's URL.
      const fragment = location.hash.replace(/^#/, '');
      if (isScenarioFragment(fragment)) {
        const { state: linked, issues } = decodeScenario(valueEquationScenario, fragment);
        loadScenario(linked);
        onRestore({ issues });
      }
      return undefined;
    }
    return bindScenarioToUrl($valueEquation, valueEquationScenario, { load: loadScenario, onRestore });
  }, [embedded]);

  useEffect(() => {
    if (!canvas.current) return undefined;
    return mountChartWhenVisible(canvas.current, $valueEquation, valueEquationChartConfig, () => {
      setChartFailed(true);
    });
  }, []);

  const names = displayNames(state);
  const said = describeValueEquation(state.you, report, names);

  // Screen readers hear the headline once the learner pauses, not at every slider step.
  useEffect(() => {
    const timer = setTimeout(() => {
      setAnnouncement(said.headline);
    }, 900);
    return () => {
      clearTimeout(timer);
    };
  }, [said.headline]);

  // The state in the store is valid by construction; encode once per change, not per element.
  const fragment = useMemo(() => encodeScenario(valueEquationScenario, state), [state]);
  const table = valueEquationTable(state);
  const pending = Object.values(problems).filter((p) => p !== undefined);

  const replaceWith = (action: () => void, label: { title: string; story: string } | undefined): void => {
    setUndo($valueEquation.get());
    action();
    setPreset(label);
    setRestored(undefined);
  };

  return (
    <div
      class="lab value-equation-lab not-content"
      data-lab="value-equation"
      data-ready={ready ? 'true' : 'false'}
      aria-busy={ready ? undefined : 'true'}
    >
      {restored && (
        <LinkNotice
          issues={restored.issues}
          onDismiss={() => {
            setRestored(undefined);
          }}
        />
      )}
      <div class="lab-presets" role="group" aria-label="Start from a scenario">
        <span class="lab-presets-label">Start from (illustrative):</span>
        {VALUE_EQUATION_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            class="course-button small"
            disabled={!ready}
            onClick={() => {
              replaceWith(() => {
                applyPreset(p.id);
              }, p);
            }}
          >
            {p.title}
          </button>
        ))}
        <button
          type="button"
          class="course-button small"
          disabled={!ready}
          onClick={() => {
            replaceWith(resetLab, undefined);
          }}
        >
          Reset
        </button>
        {undo && (
          <button
            type="button"
            class="course-button small"
            onClick={() => {
              loadScenario(undo);
              setUndo(undefined);
              setPreset(undefined);
            }}
          >
            Undo
          </button>
        )}
      </div>
      {preset && (
        <p class="lab-preset-story">
          <strong>{preset.title}:</strong> {preset.story}
        </p>
      )}
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
            {pending
              .map((p) => `${p.label}: the figures use ${ratingText(p.using)} until the field holds a rating.`)
              .join(' ')}
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
        <p class="sr-only" role="status">
          {announcement}
        </p>
      </section>

      <Prediction key={revision} report={report} heading={embedded ? 'h3' : 'h2'} announce={setAnnouncement} />

      <figure class="lab-chart">
        <div class="lab-chart-canvas">
          <canvas
            ref={canvas}
            role="img"
            aria-label={`Bar chart: what customers get and give for each offer. ${table
              .map((r) => `${r.name}: gets ${ratingText(r.get)}, gives ${ratingText(r.give)}`)
              .join('; ')}.`}
          />
        </div>
        <figcaption>
          What customers get (product + service quality) beside what they give (price + hassle). Value is the first
          divided by the second.
        </figcaption>
        {chartFailed && (
          <p class="lab-chart-failed">The chart could not be loaded; its numbers are in the table below.</p>
        )}
        <details
          open={chartFailed || undefined}
          onToggle={(e) => {
            setTableOpen(e.currentTarget.open);
          }}
        >
          <summary>Show the chart’s numbers as a table</summary>
          {tableOpen && (
            <div class="lab-table-scroll" role="region" aria-label="The chart’s numbers" tabIndex={0}>
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
            </div>
          )}
        </details>
      </figure>

      <ShareBar fragment={fragment} labPath={LAB_PATH} title="Value equation scenario" />
      {embedded && (
        <p class="lab-standalone">
          <a href={scenarioUrl(LAB_PATH, fragment)}>Open this scenario on the lab’s own page</a>
        </p>
      )}
      <p class="lab-credit">
        The value equation is Shaun Smith’s, from <cite>Where value comes from (Part 2)</cite> (smith+co, 2008; see{' '}
        <a href="/sources/#where-value-comes-from--value-equation">Sources</a>). All ratings here are illustrative until
        you enter your own.
      </p>
      <div class="lab-summary" aria-hidden="true">
        <span>
          {names.you} {two.format(report.yourValue)}
        </span>
        <span>
          {names.competitor} {two.format(report.competitorValue)}
        </span>
      </div>
    </div>
  );
}
