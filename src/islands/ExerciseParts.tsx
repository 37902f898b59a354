/**
 * Pieces shared by the exercises that keep the learner's own answers on this device (lesson 3's
 * threats and self-audit, lesson 9's plan): reading a stored record without a hydration mismatch, a
 * citation link, a clear button that asks first, and the self-audit profile (shown in lesson 3 and
 * again in the plan).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';
import { describeProfile, type AuditProfile, type ClaimRef } from '../course/self-audit';
import { sourceShortName } from '../course/source-names';
import { useHydrated } from '../kit/hooks';
import { useStoreValue } from '../kit/hooks';
import './exercises.css';

/**
 * A stored record, and whether the island is ready. Until the island hydrates, `empty` is shown, as
 * the server rendered it: the learner's answers are only in their browser.
 */
export function useLocalRecord<T>(store: ReadableAtom<T>, empty: T): { ready: boolean; value: T } {
  const ready = useHydrated();
  const value = useStoreValue(store);
  return { ready, value: ready ? value : empty };
}

/** An inline citation of one claim on the Sources page, as the lessons' `<Cite>` renders it. */
export function CiteLink({ source, claim }: ClaimRef) {
  const short = sourceShortName(source);
  return (
    <a class="cite" href={`/sources/#${source}--${claim}`}>
      ({short})<span class="sr-only">: source of this claim</span>
    </a>
  );
}

/**
 * A button that forgets the learner's answers, after asking: the first press turns it into "Yes,
 * clear" and "Keep them", with focus on the safe choice.
 */
export function ClearButton({
  label,
  question,
  onClear,
  disabled,
}: {
  label: string;
  question: string;
  onClear: () => void;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsking.current) {
      // Back to the button; once everything is cleared it is disabled, so to the exercise's first control.
      const button = start.current;
      const first = button?.closest('[data-exercise]')?.querySelector<HTMLElement>('input:not(:disabled)');
      (button && !button.disabled ? button : first)?.focus();
    }
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button
        ref={start}
        type="button"
        class="course-button small"
        disabled={disabled}
        onClick={() => {
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <div class="exercise-confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button
        type="button"
        class="course-button small danger"
        onClick={() => {
          onClear();
          setAsking(false);
        }}
      >
        Yes, clear
      </button>
      <button
        ref={keep}
        type="button"
        class="course-button small"
        onClick={() => {
          setAsking(false);
        }}
      >
        Keep them
      </button>
    </div>
  );
}

/**
 * The self-audit profile: each area's score and band, the weakest areas with what to try, and what
 * the "don't know" answers say. `heading` is the level that fits where it sits.
 */
export function AuditProfileView({
  profile,
  heading: Heading,
  title,
  children,
}: {
  profile: AuditProfile;
  heading: 'h3' | 'h4' | 'h5';
  title: string;
  children?: ComponentChildren;
}) {
  const words = describeProfile(profile);
  return (
    <section class="audit-profile" aria-label={title}>
      <Heading>{title}</Heading>
      <p class="audit-basis">{words.basis}</p>
      <ul class="audit-areas">
        {profile.areas.map(({ area, score, band }, i) => (
          <li key={area.id} data-area={area.id} data-band={band}>
            <span class="audit-area-name">{area.title}</span>
            <span class="audit-bar" aria-hidden="true">
              <span style={{ width: `${score === null ? 0 : Math.max(score, 2)}%` }} />
            </span>
            <span class="audit-area-score">{words.scores[i]}</span>
          </li>
        ))}
      </ul>
      {words.weakest !== undefined && (
        <div class="audit-advice">
          <p>
            <strong>{words.weakest}</strong>
          </p>
          <ul>
            {profile.weakest.map((area) => (
              <li key={area.id}>
                <strong>What to try for {area.title.toLowerCase()}:</strong> {area.tryThis} <CiteLink {...area.basis} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {words.noWeakest !== undefined && <p class="audit-advice">{words.noWeakest}</p>}
      {words.unknown !== undefined && (
        <p class="audit-unknown">
          {words.unknown} <CiteLink source="customer-valued" claim="appreciate-my-business" />
        </p>
      )}
      {children}
    </section>
  );
}
