/**
 * Lesson 3's self-audit, "Do our customers feel valued?": twelve statements rated for the learner's
 * own company, scored as they go into a profile that names the weakest areas and what to try. A
 * reflection tool, not a validated scale, and it says so. Answers stay in this browser
 * (`src/stores/self-audit.ts`); statements and scoring are in `src/course/self-audit.ts`.
 */
import { useId } from 'preact/hooks';
import { AGREEMENT_LABELS, AUDIT_AREAS, UNKNOWN_LABEL, type AuditAnswer } from '../course/self-audit';
import { $audit, $auditProfile, auditRecord, clearAudit, setAuditAnswer } from '../stores/self-audit';
import { AuditProfileView, ClearButton, useLocalRecord } from './ExerciseParts';
import { useStoreValue } from '../kit/hooks';
import './exercises.css';

const CHOICES: { answer: AuditAnswer; label: string }[] = [
  ...([1, 2, 3, 4, 5] as const).map((answer) => ({ answer, label: AGREEMENT_LABELS[answer] })),
  { answer: 'unknown', label: UNKNOWN_LABEL },
];

export default function SelfAudit() {
  const id = useId();
  const { ready, value: record } = useLocalRecord($audit, auditRecord.empty());
  const profile = useStoreValue($auditProfile);
  const answered = ready ? profile.answered : 0;
  return (
    <div class="lab exercise audit-exercise not-content" data-exercise="audit" data-ready={ready ? 'true' : 'false'}>
      <p class="exercise-caveat">
        <strong>A reflection tool, not a validated scale.</strong> Rate each statement for your own company as it is
        today, not as you would like it to be. Your answers are kept in this browser only and saved as you go.
      </p>
      {AUDIT_AREAS.map((area) => (
        <fieldset key={area.id} class="lab-group audit-area" data-area={area.id} disabled={!ready}>
          <legend>{area.title}</legend>
          {area.statements.map((statement) => (
            <fieldset key={statement.id} class="audit-statement" data-statement={statement.id}>
              <legend>{statement.text}</legend>
              <div class="audit-scale">
                {CHOICES.map(({ answer, label }) => (
                  <label key={answer} data-answer={answer}>
                    <input
                      type="radio"
                      name={`${id}-${statement.id}`}
                      value={answer}
                      checked={record.answers[statement.id] === answer}
                      onChange={() => {
                        setAuditAnswer(statement.id, answer);
                      }}
                    />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      ))}
      <p class="audit-count" aria-live="polite">
        {answered} of {profile.total} statements answered.
      </p>
      {ready && answered > 0 ? (
        <AuditProfileView profile={profile} heading="h3" title="Your profile" />
      ) : (
        <p>Your profile appears here as you answer: each area’s score, the weakest named, and what to try.</p>
      )}
      <div class="exercise-privacy">
        <p>The profile also appears in your plan in lesson 9.</p>
        <ClearButton
          label="Clear my answers"
          question="Clear all your self-audit answers from this browser?"
          disabled={!ready || answered === 0}
          onClear={clearAudit}
        />
      </div>
    </div>
  );
}
