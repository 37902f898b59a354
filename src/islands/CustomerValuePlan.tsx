/**
 * Lesson 9's customer value plan: the learner's saved lab scenarios, their self-audit profile and
 * threat walk-through, and three commitments, on one page that prints cleanly (the print rules are
 * in `src/styles/print.css`). Below it, export and import of all the course data kept in this
 * browser, so a learner can move to another device (`src/stores/course-data.ts`).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { AUDIT_LESSON, PLAN_LABS, type LessonLink } from '../course/plan-labs';
import { exposureSummary } from '../course/threats';
import type { ScenarioLabId } from '../scenario/index';
import { COMMITMENTS } from '../course/learner-records';
import {
  $courseDataImport,
  cancelCourseDataImport,
  chooseCourseDataFile,
  collectCourseData,
  confirmCourseDataImport,
  courseDataFileName,
  describeCourseData,
  serializeCourseData,
} from '../stores/course-data';
import { $plan, PLAN_LIMITS, planRecord, setPlanField } from '../stores/plan';
import { readSavedScenario } from '../stores/saved-scenario-storage';
import { $auditProfile } from '../stores/self-audit';
import { $threatReveal } from '../stores/threats';
import { AuditProfileView, useLocalRecord } from './ExerciseParts';
import type { SavedScenarioDigest } from '../workers/plan-requests';
import { askPlanWorker } from '../workers/plan-client';
import { useStoreValue } from '../kit/hooks';
import './plan.css';

/** A link as a printed page shows it: without the scheme, so it can be typed back in. */
function printedAddress(href: string): string {
  if (typeof location === 'undefined') return href;
  return new URL(href, location.origin).href.replace(/^https?:\/\//, '');
}

/** A link that prints with its address, since paper cannot be clicked. */
function PrintableLink({ href, children, hidden }: { href: string; children: string; hidden?: string }) {
  return (
    <>
      <a href={href}>
        {children}
        {hidden && <span class="sr-only">{hidden}</span>}
      </a>
      <span class="print-address"> {printedAddress(href)}</span>
    </>
  );
}

function LessonPointer({ lesson, what }: { lesson: LessonLink; what: string }) {
  return (
    <p class="plan-missing">
      {what} Work it in{' '}
      <PrintableLink href={lesson.href}>{`lesson ${String(lesson.number)}: ${lesson.title}`}</PrintableLink>
    </p>
  );
}

function Commitment({
  field,
  label,
  hint,
  text,
  ready,
}: (typeof COMMITMENTS)[number] & { text: string; ready: boolean }) {
  const id = useId();
  const limit = PLAN_LIMITS[field];
  const near = text.length >= limit * 0.8;
  return (
    <div class="plan-commitment" data-commitment={field}>
      <label for={id}>{label}</label>
      <p class="field-note" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        rows={3}
        maxLength={limit}
        disabled={!ready}
        value={text}
        aria-describedby={`${id}-hint${near ? ` ${id}-count` : ''}`}
        onInput={(e) => {
          setPlanField(field, e.currentTarget.value);
        }}
      />
      {near && (
        <p class="field-note" id={`${id}-count`}>
          {text.length} of {limit} characters.
        </p>
      )}
      <p class="plan-print-text">{text.trim() === '' ? 'Not written yet.' : text}</p>
    </div>
  );
}

interface Headlines {
  /** The scenarios these headlines were worked out for. */
  for: readonly unknown[];
  said: Partial<Record<ScenarioLabId, SavedScenarioDigest>>;
  failed?: boolean;
}

function MoveData({ ready, onImported }: { ready: boolean; onImported: () => void }) {
  const id = useId();
  const state = useStoreValue($courseDataImport);
  const [exported, setExported] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const doneNotice = useRef<HTMLParagraphElement>(null);
  // Focus follows the step: to the preview when a file is read, to the notice once it is imported;
  // the file field is emptied once its file is refused, imported or put aside.
  useEffect(() => {
    if (state.step === 'confirm') confirmHeading.current?.focus();
    if (state.step === 'done') doneNotice.current?.focus();
    if (state.step !== 'confirm' && input.current) input.current.value = '';
  }, [state.step]);

  const exportData = (): void => {
    const name = courseDataFileName();
    const url = URL.createObjectURL(new Blob([serializeCourseData(collectCourseData())], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
    setExported(`Saved ${name} to your downloads. Import it on the other device, on this page.`);
  };

  const exportedOn = (iso: string | undefined): string =>
    iso === undefined
      ? ''
      : ` (exported ${new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })})`;

  return (
    <section class="plan-move" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Move to another device</h3>
      <p>
        Everything the course keeps in this browser (your progress, lab scenarios, self-audit, the six threats and this
        plan) goes into one file. Nothing is sent anywhere: the course has no accounts and no server.
      </p>
      <div class="plan-move-row">
        <button type="button" class="course-button" disabled={!ready} onClick={exportData}>
          Export my course data
        </button>
        <p role="status" class="plan-move-status">
          {exported}
        </p>
      </div>
      <div class="plan-import">
        <label for={`${id}-file`}>Import a course data file</label>
        <p class="field-note" id={`${id}-file-hint`}>
          You will see what the file holds before anything in this browser changes.
        </p>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          disabled={!ready}
          aria-invalid={state.step === 'refused' ? 'true' : undefined}
          aria-describedby={`${id}-file-hint${state.step === 'refused' ? ` ${id}-file-error` : ''}`}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            setExported('');
            if (file) void chooseCourseDataFile(file);
          }}
        />
        {state.step === 'refused' && (
          <p class="field-error" id={`${id}-file-error`} role="alert">
            {state.name} was not imported. {state.problem} Nothing in this browser was changed.
          </p>
        )}
      </div>
      {state.step === 'confirm' && (
        <div class="plan-import-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h4 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>
            {state.name}
            {exportedOn(state.exported)} holds:
          </h4>
          <dl class="plan-import-contents">
            {describeCourseData(state.data).map(({ section, holds }) => (
              <div key={section}>
                <dt>{section}</dt>
                <dd>{holds}</dd>
              </div>
            ))}
          </dl>
          <p>
            Importing replaces this browser’s copy of each part listed; anything not listed stays as it is. To keep a
            copy of what this browser has now, export it first.
          </p>
          <div class="course-dialog-actions">
            <button
              type="button"
              class="course-button primary"
              onClick={() => {
                confirmCourseDataImport();
                onImported();
              }}
            >
              Replace this browser’s course data
            </button>
            <button
              type="button"
              class="course-button"
              onClick={() => {
                cancelCourseDataImport();
                input.current?.focus();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <p class="sr-only" role="status">
        {state.step === 'done' ? `Imported ${state.name}.` : ''}
      </p>
      {state.step === 'done' && (
        <p class="lab-notice" tabIndex={-1} ref={doneNotice}>
          Imported {state.name}. The plan above now shows its data.
        </p>
      )}
    </section>
  );
}

export default function CustomerValuePlan() {
  const id = useId();
  const { ready, value: plan } = useLocalRecord($plan, planRecord.empty());
  const profile = useStoreValue($auditProfile);
  const threatLine = exposureSummary(useStoreValue($threatReveal));
  // Saved scenarios live in plain storage keys (the labs write them); re-read after an import.
  const [imports, setImports] = useState(0);
  const scenarios = useMemo(
    () => PLAN_LABS.map((lab) => ({ ...lab, fragment: ready ? readSavedScenario(lab.lab) : undefined })),
    [ready, imports],
  );
  // Each scenario's headline, worked out by the worker from the saved fragment.
  const [headlines, setHeadlines] = useState<Headlines>({ for: [], said: {} });
  useEffect(() => {
    const saved = scenarios.flatMap(({ lab, fragment }) =>
      fragment === undefined ? [] : [[lab, fragment] as [ScenarioLabId, string]],
    );
    if (saved.length === 0) return;
    let current = true;
    askPlanWorker({ kind: 'headlines', scenarios: saved }).then(
      ({ headlines: said }) => {
        if (current) setHeadlines({ for: scenarios, said });
      },
      () => {
        if (current) setHeadlines({ for: scenarios, said: {}, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [scenarios]);
  const printed = ready ? new Date().toLocaleDateString(undefined, { dateStyle: 'long' }) : '';
  return (
    <div class="lab plan not-content" data-exercise="plan" data-ready={ready ? 'true' : 'false'}>
      <header class="plan-head">
        <h3 id={`${id}-title`}>
          Customer value plan{plan.name.trim() ? <span class="plan-for">: {plan.name.trim()}</span> : ''}
        </h3>
        <p class="plan-date">{printed && `Made with the Valued course, ${printed}.`}</p>
        <div class="plan-name">
          <label for={`${id}-name`}>Plan for (your team or company, optional)</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={PLAN_LIMITS.name}
            autoComplete="organization"
            disabled={!ready}
            value={plan.name}
            onInput={(e) => {
              setPlanField('name', e.currentTarget.value);
            }}
          />
        </div>
      </header>

      <section aria-labelledby={`${id}-scenarios`}>
        <h4 id={`${id}-scenarios`}>Your scenarios</h4>
        <ul class="plan-scenarios">
          {scenarios.map(({ lab, title, path, lesson, fragment }) => {
            const digest = headlines.for === scenarios ? headlines.said[lab] : undefined;
            return (
              <li key={lab} data-plan-lab={lab} data-saved={fragment === undefined ? 'false' : 'true'}>
                <h5>{title}</h5>
                {fragment === undefined ? (
                  <LessonPointer lesson={lesson} what="Not worked in this browser yet." />
                ) : (
                  <>
                    <p data-headline>
                      {digest?.headline ??
                        (headlines.failed
                          ? 'This page could not read the scenario here; its link below opens it.'
                          : 'Reading your scenario…')}
                    </p>
                    <p class="plan-link">
                      <PrintableLink href={`${path}#${digest?.fragment ?? fragment}`} hidden={`: ${title}`}>
                        Open this scenario
                      </PrintableLink>
                    </p>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby={`${id}-valued`}>
        <h4 id={`${id}-valued`}>Do customers feel valued?</h4>
        {ready && profile.answered > 0 ? (
          <AuditProfileView profile={profile} heading="h5" title="Self-audit profile" />
        ) : (
          <LessonPointer lesson={AUDIT_LESSON} what="You have not taken the self-audit in this browser yet." />
        )}
        {ready && threatLine !== undefined && (
          <p class="plan-threat">
            <strong>The six threats:</strong> {threatLine}
          </p>
        )}
      </section>

      <section aria-labelledby={`${id}-commitments`}>
        <h4 id={`${id}-commitments`}>Your commitments</h4>
        <p class="plan-saved-note">Saved in this browser as you type.</p>
        {COMMITMENTS.map((c) => (
          <Commitment key={c.field} {...c} text={plan[c.field]} ready={ready} />
        ))}
      </section>

      <div class="plan-actions">
        <button
          type="button"
          class="course-button primary"
          disabled={!ready}
          onClick={() => {
            window.print();
          }}
        >
          Print the plan
        </button>
        <p class="field-note">
          One page, A4 or Letter, without the site’s navigation. Choose “Save as PDF” to keep a file.
        </p>
      </div>

      <MoveData
        ready={ready}
        onImported={() => {
          setImports((n) => n + 1);
        }}
      />
    </div>
  );
}
