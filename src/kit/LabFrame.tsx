/**
 * The frame around every lab: where the scenario comes from (the page's link, or a `#v=` link
 * into a lesson), the notice shown when it came from a link, the preset bar with Reset and Undo,
 * and the bar that copies or shares the scenario's link. Each lab passes its own page, title, store
 * and content.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import {
  decodeScenario,
  encodeScenario,
  isScenarioFragment,
  scenarioDefaults,
  type ScenarioDefinition,
  type ScenarioIssue,
} from '../scenario/codec';
import { CURRENCIES, CURRENCY_NAMES, isCurrency, type Currency } from '../scenario/currency';
import type { InputProblem, LabPreset, LabStore } from '../stores/lab-store';
import { readSavedScenario, saveScenarioChanges } from '../stores/saved-scenarios';
import { bindScenarioToUrl, scenarioUrl } from '../stores/scenario-url';
import { useAnnouncement, useHydrated } from './hooks';

/**
 * Where the lab's scenario comes from, and where it goes. A scenario in the URL wins and is reported
 * (`onRestore`); otherwise the learner's last scenario saved in this browser is reopened. On the
 * lab's own page the fragment then follows the scenario; in a lesson (`embedded`) the fragment is
 * usually a heading anchor: only a `#v=` fragment is a scenario, and the lab reads it without ever
 * writing to the lesson's URL. Every change the learner makes is saved (see `saved-scenarios.ts`).
 */
export function useScenarioFromLink<S extends object>(
  lab: LabStore<S>,
  definition: ScenarioDefinition<S>,
  embedded: boolean,
  onRestore: (issues: ScenarioIssue[]) => void,
  onResume?: () => void,
): void {
  useEffect(() => {
    const saved = readSavedScenario(definition.lab);
    const startingFragment = encodeScenario(definition, scenarioDefaults(definition));
    // The scenario as a link opened it: saved only once the learner changes it.
    let opened: string | undefined;
    // Set by the callbacks below (which run during the binding), so typed as a plain boolean.
    let fromUrl = false as boolean;
    const fromLink = (issues: ScenarioIssue[]): void => {
      fromUrl = true;
      const fragment = encodeScenario(definition, lab.$scenario.get());
      // The learner's own scenario coming back (a reload, Back): not someone else's link.
      if (fragment === saved && issues.length === 0) {
        if (saved !== startingFragment) onResume?.();
        return;
      }
      opened = fragment;
      onRestore(issues);
    };
    const stops: (() => void)[] = [];
    if (embedded) {
      const fragment = location.hash.replace(/^#/, '');
      if (isScenarioFragment(fragment)) {
        const { state, issues } = decodeScenario(definition, fragment);
        lab.loadScenario(state);
        fromLink(issues);
      }
    } else {
      stops.push(
        bindScenarioToUrl(lab.$scenario, definition, {
          load: lab.loadScenario,
          onRestore: ({ issues }) => {
            fromLink(issues);
          },
        }),
      );
    }
    if (!fromUrl && saved !== undefined) {
      lab.loadScenario(decodeScenario(definition, saved).state);
      // Say so only when it is not simply the lab's own starting scenario.
      if (saved !== startingFragment) onResume?.();
    }
    stops.push(saveScenarioChanges(lab.$scenario, definition, { opened: () => opened }));
    return () => {
      for (const stop of stops) stop();
    };
  }, [embedded]);
}

/** The announcement for a scenario opened from a link. */
export function restoredAnnouncement(issues: ScenarioIssue[]): string {
  return issues.length > 0
    ? `Scenario opened from a link. ${issues.length} of its values could not be used and were reset; see the list above the lab.`
    : 'Scenario opened from a shared link.';
}

/** The preset the learner last started from, and the scenario they had before, for Undo. */
export interface PresetState<S> {
  story: { title: string; story: string } | undefined;
  undo: S | undefined;
  /** The scenario the preset or reset produced: once the learner edits it, story and Undo no longer apply. */
  applied: S | undefined;
  /** Replaces the scenario with `action` (a preset or a reset), keeping the old one for Undo. */
  replace: (action: () => void, story: { title: string; story: string } | undefined) => void;
  /** Forgets the story and the undo (the scenario came from elsewhere, such as a link). */
  forget: () => void;
  undoLast: () => void;
}

export function usePresets<S extends object>(lab: LabStore<S>): PresetState<S> {
  const [story, setStory] = useState<{ title: string; story: string } | undefined>();
  const [undo, setUndo] = useState<S | undefined>();
  const [applied, setApplied] = useState<S | undefined>();
  const forget = (): void => {
    setStory(undefined);
    setUndo(undefined);
    setApplied(undefined);
  };
  return {
    story,
    undo,
    applied,
    replace: (action, label) => {
      setUndo(lab.$scenario.get());
      action();
      setApplied(lab.$scenario.get());
      setStory(label);
    },
    forget,
    undoLast: () => {
      if (undo) lab.loadScenario(undo);
      forget();
    },
  };
}

/** Illustrative presets, Reset and (after either) Undo, with the chosen preset's story below. */
export function PresetBar<S extends object>({
  lab,
  presets,
  state,
  current,
  ready,
  onReplace,
}: {
  lab: LabStore<S>;
  presets: readonly LabPreset<S>[];
  state: PresetState<S>;
  /** The scenario now: Undo and the story show only while it is still what the preset produced. */
  current: S;
  ready: boolean;
  /** Called after a preset or reset replaced the scenario (e.g. to hide a link notice). */
  onReplace: () => void;
}) {
  return (
    <>
      <div class="lab-presets" role="group" aria-label={presets.length > 0 ? 'Start from a scenario' : 'Start again'}>
        {presets.length > 0 && <span class="lab-presets-label">Start from (illustrative):</span>}
        {presets.map((p) => (
          <button
            key={p.id}
            type="button"
            class="course-button small"
            disabled={!ready}
            onClick={() => {
              state.replace(() => {
                lab.applyPreset(p.id);
              }, p);
              onReplace();
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
            state.replace(lab.resetLab, undefined);
            onReplace();
          }}
        >
          Reset
        </button>
        {state.undo && current === state.applied && (
          <button type="button" class="course-button small" onClick={state.undoLast}>
            Undo
          </button>
        )}
      </div>
      {state.story && current === state.applied && (
        <p class="lab-preset-story">
          <strong>{state.story.title}:</strong> {state.story.story}
        </p>
      )}
    </>
  );
}

/** Says that a scenario came from a link, and lists what in it could not be used and why. */
export function LinkNotice({ issues, onDismiss }: { issues: ScenarioIssue[]; onDismiss: () => void }) {
  return (
    // Announced by the lab's own status line (a live region that appears already filled is often
    // not read out), so this is a plain labelled region.
    <section class={`lab-notice ${issues.length > 0 ? 'has-issues' : ''}`} aria-label="Scenario from a link">
      <p>
        {issues.length > 0
          ? 'This scenario was opened from a link. Some of it needed attention:'
          : 'This scenario was opened from a shared link.'}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue.field + issue.message}>{issue.message}</li>
          ))}
        </ul>
      )}
      <button type="button" class="course-button small" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}

/** Copy link (and the Web Share API where there is one), with the link itself shown. */
export function ShareBar({ fragment, labPath, title }: { fragment: string; labPath: string; title: string }) {
  const [status, setStatus] = useState('');
  // Known only in the browser: deciding it during the server render would make hydration disagree.
  const [canShare, setCanShare] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const url = scenarioUrl(labPath, fragment);
  useEffect(() => {
    setCanShare('share' in navigator);
  }, []);
  // A "copied" message is about the link as it was: clear it once the scenario changes.
  useEffect(() => {
    setStatus('');
  }, [fragment]);

  const selectLink = (): void => {
    const anchor = link.current;
    const selection = window.getSelection();
    if (!anchor || !selection) return;
    const range = document.createRange();
    range.selectNodeContents(anchor);
    selection.removeAllRanges();
    selection.addRange(range);
  };

  return (
    <div class="lab-share">
      <button
        type="button"
        class="course-button"
        onClick={() => {
          // The clipboard API exists only on secure pages (https or localhost), not, say, on a
          // workshop laptop serving the site over the venue's network.
          if (typeof navigator.clipboard === 'undefined') {
            selectLink();
            setStatus('The link below is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
            return;
          }
          navigator.clipboard.writeText(url).then(
            () => {
              setStatus('Link copied. Anyone who opens it sees this scenario.');
            },
            () => {
              selectLink();
              setStatus('Your browser did not allow copying. The link below is selected: press Ctrl+C to copy it.');
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
            navigator.share({ title, url }).catch((error: unknown) => {
              // Closing the share sheet is not a failure worth reporting; anything else is.
              if (!(error instanceof DOMException && error.name === 'AbortError')) {
                setStatus('Sharing did not work here. Use Copy link instead.');
              }
            });
          }}
        >
          Share…
        </button>
      )}
      <p class="lab-share-status" role="status">
        {status}
      </p>
      <p class="lab-share-url">
        <a ref={link} href={url}>
          {url}
        </a>
      </p>
    </div>
  );
}

export interface LabFrameProps<S extends object> {
  /** The lab's id, as in `/labs/<id>/`: the frame's `data-lab`. */
  id: string;
  /** The page its links open, when that is not `/labs/<id>/` (a calculator that lives in a lesson). */
  path?: string;
  lab: LabStore<S>;
  definition: ScenarioDefinition<S>;
  presets: readonly LabPreset<S>[];
  /** The scenario now (the lab reads the store; the frame takes it from the lab). */
  state: S;
  /** Inside a lesson: never touch the page's URL. */
  embedded: boolean;
  /** The results in one sentence, spoken to screen readers once the learner pauses. */
  headline: string;
  /** Title of the Web Share sheet. */
  shareTitle: string;
  /** Who the lab's ideas come from, under the share bar. */
  credit: ComponentChildren;
  /** Kept in sight on phones while the inputs scroll (hidden from screen readers, who hear `headline`). */
  summary?: ComponentChildren;
  /** The lab itself, given whether it is ready for input and a way to announce something at once. */
  children: (frame: { ready: boolean; announce: (text: string) => void }) => ComponentChildren;
}

/**
 * Everything around a lab's own inputs and results: the hydration marker, the scenario from a link
 * and its notice, the presets with Reset and Undo, the screen-reader status line, Copy link, the
 * link to the lab's own page when embedded, the credit and the phone summary.
 */
export function LabFrame<S extends object>(props: LabFrameProps<S>) {
  const { id, lab, definition, presets, state, embedded } = props;
  const ready = useHydrated();
  const [restored, setRestored] = useState<{ issues: ScenarioIssue[] } | undefined>();
  const presetState = usePresets(lab);
  const [announcement, announce] = useAnnouncement(props.headline);
  // The learner's own last scenario came back from this browser: say so, and how to start again.
  const [resumed, setResumed] = useState(false);
  useScenarioFromLink(
    lab,
    definition,
    embedded,
    (issues) => {
      setRestored({ issues });
      presetState.forget();
      announce(restoredAnnouncement(issues));
    },
    () => {
      setResumed(true);
    },
  );
  // The state in the store is valid by construction; encode once per change, not per element.
  const fragment = useMemo(() => encodeScenario(definition, state), [state]);
  const labPath = props.path ?? `/labs/${id}/`;
  return (
    <div
      class={`lab ${id}-lab not-content`}
      data-lab={id}
      data-ready={ready ? 'true' : 'false'}
      aria-busy={ready ? undefined : 'true'}
      // While the learner types in a field, the phone summary bar steps aside so it cannot cover the
      // field's message. Set on the element directly: re-rendering the lab on every focus move would
      // cost more than it shows.
      onFocusIn={(e) => {
        const target = e.target;
        const typing =
          target instanceof HTMLInputElement ? target.type === 'text' : target instanceof HTMLSelectElement;
        e.currentTarget.toggleAttribute('data-typing', typing);
      }}
      onFocusOut={(e) => {
        e.currentTarget.removeAttribute('data-typing');
      }}
    >
      {restored && (
        <LinkNotice
          issues={restored.issues}
          onDismiss={() => {
            setRestored(undefined);
          }}
        />
      )}
      <PresetBar
        lab={lab}
        presets={presets}
        state={presetState}
        current={state}
        ready={ready}
        onReplace={() => {
          setRestored(undefined);
          setResumed(false);
        }}
      />
      {resumed && (
        <p class="lab-resumed">
          These are your numbers from your last visit, kept in this browser. Reset starts again from the lab’s example.
        </p>
      )}
      {props.children({ ready, announce })}
      <p class="sr-only" role="status">
        {announcement}
      </p>
      <ShareBar fragment={fragment} labPath={labPath} title={props.shareTitle} />
      {embedded && props.path === undefined && (
        <p class="lab-standalone">
          <a href={scenarioUrl(labPath, fragment)}>Open this scenario on the lab’s own page</a>
        </p>
      )}
      <p class="lab-credit">{props.credit}</p>
      {props.summary && (
        <div class="lab-summary" aria-hidden="true">
          {props.summary}
        </div>
      )}
    </div>
  );
}

/** The currency picker of a lab with money (DESIGN.md, "Money and numbers"). */
export function CurrencyPicker({
  value,
  disabled,
  onChange,
}: {
  value: Currency;
  disabled: boolean;
  onChange: (currency: Currency) => void;
}) {
  const id = useId();
  return (
    <div class="ltv-currency">
      <label for={`${id}-currency`}>Currency</label>
      <select
        id={`${id}-currency`}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const picked = e.currentTarget.value;
          if (isCurrency(picked)) onChange(picked);
        }}
      >
        {CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {c} · {CURRENCY_NAMES[c]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Says which figures use an earlier value while a field holds text that cannot be used. */
export function PendingNote({ problems }: { problems: Record<string, InputProblem | undefined> }) {
  const pending = Object.values(problems).filter((p) => p !== undefined);
  if (pending.length === 0) return null;
  return (
    <p class="lab-pending">
      {pending.map((p) => `${p.label}: the figures use ${p.using} until the field holds a valid number.`).join(' ')}
    </p>
  );
}
