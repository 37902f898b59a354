/**
 * Lesson 3's predict-then-reveal exercise on the six ways a satisfied customer is dislodged: guess
 * which threat the business is most exposed to, work through each with a prompt and rate the
 * exposure, then set the considered ratings against the guess. Answers stay in this browser
 * (`src/stores/threats.ts`); the content and the comparison are in `src/course/threats.ts`.
 */
import { useId } from 'preact/hooks';
import { EXPOSURE_LABELS, THREATS, type Exposure, type ThreatReveal } from '../course/threats';
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
import { useStoreValue } from './use-store';

const EXPOSURES: Exposure[] = [1, 2, 3];

function names(reveal: ThreatReveal['mostExposed']): string {
  const list = reveal.map((t) => t.name.toLowerCase());
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;
}

/** What the comparison says, in one or two sentences. */
function verdictText(reveal: ThreatReveal): string {
  const guess = reveal.guess?.name.toLowerCase();
  const top = reveal.top === undefined ? '' : EXPOSURE_LABELS[reveal.top].toLowerCase();
  const most = names(reveal.mostExposed);
  const several = reveal.mostExposed.length > 1;
  switch (reveal.verdict) {
    case 'nothing-rated':
      return 'Rate at least one threat in step 2, then compare.';
    case 'no-guess':
      return `You skipped the guess. Having worked through them, you rated ${most} ${several ? 'the threats' : 'the threat'} you are most exposed to (${top}).`;
    case 'guess-unrated':
      return `You guessed ${guess ?? ''}, but have not rated it yet in step 2. So far you rated ${most} highest (${top}).`;
    case 'matched':
      return `Your first instinct held: you guessed ${guess ?? ''}, and after working through all of them you still rate it the threat you are most exposed to (${top}).`;
    case 'shared':
      return `Your guess, ${guess ?? ''}, ties for the top with ${names(reveal.mostExposed.filter((t) => t !== reveal.guess))} (${top}). Your instinct found one exposure, but not the only one.`;
    case 'different':
      return `Working through them changed the picture: you guessed ${guess ?? ''}, but rated ${most} higher (${top}). The threat you think of first is not always the one you are most exposed to.`;
  }
}

export default function DislodgingThreats() {
  const id = useId();
  const { ready, value: record } = useLocalRecord($threats, threatsRecord.empty());
  const liveReveal = useStoreValue($threatReveal);
  const reveal = ready ? liveReveal : undefined;
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
            Your guess is fixed now that you have compared. Clear your answers to start again.
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
              }}
            >
              Compare with my guess
            </button>
          </>
        ) : (
          reveal && (
            <div class="exercise-reveal" role="status">
              <p class="prediction-verdict">{verdictText(reveal)}</p>
              {reveal.unrated.length > 0 && reveal.verdict !== 'nothing-rated' && (
                <p>Not rated yet: {reveal.unrated.map((t) => t.name.toLowerCase()).join(', ')}.</p>
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
        <p>Your answers are kept in this browser only, and appear in your plan in lesson 8.</p>
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
