/**
 * Lesson 3's predict-then-reveal exercise on the six ways a satisfied customer is dislodged: guess
 * which threat the business is most exposed to, work through each with a prompt and rate the
 * exposure, then set the considered ratings against the guess. Answers stay in this browser
 * (`src/stores/threats.ts`); the content and the comparison are in `src/course/threats.ts`.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { EXPOSURE_LABELS, THREATS, quoteThreats, revealVerdict, type Exposure } from '../course/threats';
import {
  $threatReveal,
  $threats,
  clearThreats,
  setThreatExposure,
  setThreatGuess,
  setThreatsRevealed,
  threatsRecord,
} from '../stores/threats';
import { CiteLink, ClearButton, useLocalRecord } from './ExerciseParts';
import { useStoreValue } from '../kit/hooks';
import './exercises.css';

const EXPOSURES: Exposure[] = [1, 2, 3];

export default function DislodgingThreats() {
  const id = useId();
  const { ready, value: record } = useLocalRecord($threats, threatsRecord.empty());
  const liveReveal = useStoreValue($threatReveal);
  const reveal = ready ? liveReveal : undefined;
  // After Compare, focus moves to the verdict (the button it replaces is gone).
  const verdict = useRef<HTMLParagraphElement>(null);
  const [justRevealed, setJustRevealed] = useState(false);
  useEffect(() => {
    if (justRevealed) verdict.current?.focus();
  }, [justRevealed]);
  const rated = Object.keys(record.exposure).length;
  return (
    <div
      class="lab exercise threats-exercise not-content"
      data-exercise="threats"
      data-ready={ready ? 'true' : 'false'}
    >
      <section aria-labelledby={`${id}-predict`}>
        <h3 id={`${id}-predict`}>1. Predict</h3>
        <fieldset class="exercise-choice" disabled={!ready || record.revealed}>
          <legend>Which of the six is your business most exposed to? Go with your first instinct.</legend>
          <div class="prediction-options">
            {THREATS.map((threat) => (
              <label key={threat.id}>
                <input
                  type="radio"
                  name={`${id}-guess`}
                  value={threat.id}
                  checked={record.guess === threat.id}
                  onChange={() => {
                    setThreatGuess(threat.id);
                  }}
                />
                {threat.name}
              </label>
            ))}
          </div>
        </fieldset>
        {record.revealed && (
          <p class="exercise-note">
            {record.guess ? (
              <>
                Your guess: <strong>{THREATS.find((t) => t.id === record.guess)?.name}</strong>.{' '}
              </>
            ) : (
              'You skipped the guess. '
            )}
            It is fixed now that you have compared; clear your answers to start again.
          </p>
        )}
      </section>

      <section aria-labelledby={`${id}-work`}>
        <h3 id={`${id}-work`}>2. Work through each threat</h3>
        <p>For each, answer the question for your own customers, then rate how exposed you are. {rated} of 6 rated.</p>
        <ol class="threat-list">
          {THREATS.map((threat, index) => (
            <li key={threat.id} data-threat={threat.id}>
              <fieldset class="exercise-choice" disabled={!ready}>
                <legend>
                  <strong>
                    {index + 1}. {threat.name}.
                  </strong>{' '}
                  {threat.move}
                </legend>
                <p class="threat-prompt">{threat.prompt}</p>
                <div class="prediction-options">
                  {EXPOSURES.map((exposure) => (
                    <label key={exposure}>
                      <input
                        type="radio"
                        name={`${id}-${threat.id}`}
                        value={exposure}
                        checked={record.exposure[threat.id] === exposure}
                        onChange={() => {
                          setThreatExposure(threat.id, exposure);
                        }}
                      />
                      {EXPOSURE_LABELS[exposure]}
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby={`${id}-reveal`}>
        <h3 id={`${id}-reveal`}>3. Compare with your guess</h3>
        {!record.revealed ? (
          <>
            <p>
              {rated < 6
                ? `Rate all six for the fairest comparison (${String(6 - rated)} to go), or compare now with what you have.`
                : 'All six rated. See how they compare with your first instinct.'}
            </p>
            <button
              type="button"
              class="course-button primary"
              disabled={!ready || rated === 0}
              onClick={() => {
                setThreatsRevealed(true);
                setJustRevealed(true);
              }}
            >
              Compare with my guess
            </button>
          </>
        ) : (
          reveal && (
            <div class="exercise-reveal" role="status">
              <p class="prediction-verdict" tabIndex={-1} ref={verdict}>
                {revealVerdict(reveal)}
              </p>
              {reveal.unrated.length > 0 && reveal.verdict !== 'nothing-rated' && (
                <p>Not rated yet: {quoteThreats(reveal.unrated)}.</p>
              )}
              <p>
                Whichever threat tops your list, customer satisfaction does not protect you from it: even highly
                satisfied customers can be dislodged by any of the six.{' '}
                <CiteLink source="customer-valued" claim="satisfied-customers-dislodged" /> What holds them is feeling
                valued. <CiteLink source="customer-valued" claim="feeling-valued-is-sticky" />
              </p>
            </div>
          )
        )}
      </section>
      <div class="exercise-privacy">
        <p>Your answers are kept in this browser only, and appear in your plan in lesson 9.</p>
        <ClearButton
          label="Clear my answers"
          question="Clear your guess and all six ratings from this browser?"
          disabled={!ready || (record.guess === undefined && rated === 0 && !record.revealed)}
          onClear={clearThreats}
        />
      </div>
    </div>
  );
}
