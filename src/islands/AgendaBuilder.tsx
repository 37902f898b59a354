/**
 * The facilitator's agenda builder on `/workshop/`: pick lessons and exercises, set their minutes
 * and a start time, add breaks, reorder; the run sheet below gives each item its clock times, the
 * pages to open and how to run it, and prints on its own. The agenda is kept in this browser
 * (`valued:scenario:agenda`, its link fragment, like a lab's scenario) and in the page's address,
 * so it can be shared as a link.
 *
 * Every rule lives in pure modules run by the builder's worker (`src/workers/agenda-requests.ts`):
 * this island imports nothing the labs import (no codec, no LabParts), because sharing modules with
 * them regroups their chunks and costs each lab's 25 kB budget. Its copy-link bar is therefore the
 * workshop pages' own (`CopyLinkBar`) rather than the labs' ShareBar.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ScenarioIssue } from '../scenario/codec';
import { readSavedScenario, writeSavedScenario } from '../stores/saved-scenario-storage';
import type { AgendaView } from '../workers/agenda-requests';
import type { ClockTime, CatalogueItem, RunSheetRow } from '../workshop/agenda';
import type { AgendaEdit } from '../workshop/agenda-edit';
import type { AgendaState } from '../workshop/agenda-link';
import { askAgendaWorker } from '../workers/agenda-client';
import { CopyLinkBar } from '../kit/CopyLinkBar';
import { FacilitatorNotes } from './FacilitatorNotes';

export interface AgendaBuilderProps {
  /** The course's lessons and exercises, from the lessons at build time. */
  catalogue: CatalogueItem[];
  /** The suggested agenda's view, worked out at build time: what the page shows before it hydrates. */
  initial: AgendaView;
}

/** Where an agenda's link opens and where it is kept (as the labs keep theirs). */
const PAGE = '/workshop/';
const KEY = 'agenda';

const KIND_LABELS: Record<RunSheetRow['kind'], string> = {
  lesson: 'Lesson',
  lab: 'Lab',
  exercise: 'Exercise',
  break: 'Break',
};

/** "14:30", or "00:30 (next day)" past midnight (as `formatClockTime`, kept here: see above). */
function clock(time: ClockTime): string {
  return time.day === 0 ? time.text : `${time.text} (${time.day === 1 ? 'next day' : `day ${String(time.day + 1)}`})`;
}

/** "1 h 45 min", "50 min". */
function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${String(rest)} min`;
  return rest === 0 ? `${String(hours)} h` : `${String(hours)} h ${String(rest)} min`;
}

/** Where focus goes once the list is rebuilt after an edit. */
interface Focus {
  item: number;
  control: 'up' | 'down' | 'remove' | 'title';
}

export default function AgendaBuilder({ catalogue, initial }: AgendaBuilderProps) {
  const id = useId();
  const [view, setView] = useState<AgendaView>(initial);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [presets, setPresets] = useState<{ id: string; title: string; story: string }[]>([]);
  const [notice, setNotice] = useState<{ issues: ScenarioIssue[] } | undefined>();
  const [resumed, setResumed] = useState(false);
  const [story, setStory] = useState<string | undefined>();
  /** The agenda a preset or Reset replaced, for Undo, while the agenda is still what that produced. */
  const [undo, setUndo] = useState<{ before: AgendaState; applied: string } | undefined>();
  const resetButton = useRef<HTMLButtonElement>(null);
  const [said, setSaid] = useState('');
  /** Bumped when the whole agenda is replaced, so fields drop half-typed text from the old one. */
  const [revision, setRevision] = useState(0);
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [focus, setFocus] = useState<Focus | undefined>();
  // The agenda as a link opened it: kept in this browser only once the facilitator changes it.
  const opened = useRef<string | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const list = useRef<HTMLOListElement>(null);
  /** The agenda on screen, for edits queued before the next render. */
  const viewNow = useRef(view);
  viewNow.current = view;

  const show = (next: AgendaView): void => {
    setView(next);
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${next.fragment}`);
    if (next.fragment !== opened.current) writeSavedScenario(KEY, next.fragment);
  };

  const open = (): void => {
    const hash = location.hash.replace(/^#/, '');
    const fragment = /(^|&)v=/.test(hash) ? hash : undefined;
    // The page's own address, rewritten after an edit, is not a new link.
    if (ready && fragment === viewNow.current.fragment) return;
    askAgendaWorker({ kind: 'open', catalogue, fragment, saved: readSavedScenario(KEY) }).then(
      (answer) => {
        if (answer.kind !== 'opened') return;
        setPresets(answer.presets);
        setStory(undefined);
        setUndo(undefined);
        setNotice(undefined);
        setResumed(false);
        if (answer.source === 'link') {
          opened.current = answer.view.fragment;
          setNotice({ issues: answer.linkIssues });
          setSaid(
            answer.linkIssues.length > 0
              ? `Agenda opened from a link. ${String(answer.linkIssues.length)} of its values could not be used; see the notes above the agenda.`
              : 'Agenda opened from a shared link.',
          );
        } else if (answer.source === 'saved') {
          setResumed(true);
        }
        setView(answer.view);
        if (fragment !== undefined) {
          history.replaceState(history.state, '', `${location.pathname}${location.search}#${answer.view.fragment}`);
        }
        setRevision((r) => r + 1);
        setReady(true);
      },
      () => {
        setFailed(true);
      },
    );
  };
  const opening = useRef(open);
  opening.current = open;
  useEffect(() => {
    opening.current();
    // Another agenda link pasted into this tab's address bar changes only the fragment.
    const onHash = (): void => {
      opening.current();
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  useEffect(() => {
    if (!focus) return;
    const row = list.current?.querySelectorAll<HTMLElement>(':scope > li')[focus.item];
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-focus="${focus.control}"]`);
    const target = wanted && !wanted.disabled ? wanted : row?.querySelector<HTMLElement>('[data-focus="title"]');
    target?.focus();
    setFocus(undefined);
  }, [focus, view]);

  /**
   * Sends an edit to the worker after any still on their way (so fast edits apply in order, each to
   * the agenda the one before produced). `field` names the field a refusal is shown beside.
   */
  const edit = (
    change: AgendaEdit,
    options: { field?: string; whole?: boolean; then?: Focus; undoable?: boolean } = {},
  ): void => {
    queue.current = queue.current.then(
      async () => {
        const answer = await askAgendaWorker({ kind: 'edit', state: viewNow.current.state, edit: change });
        if (answer.kind !== 'edited') return;
        if (options.field) setProblems((p) => ({ ...p, [options.field ?? '']: answer.problem }));
        if (answer.problem) return;
        const before = viewNow.current;
        if (options.undoable) {
          setUndo(
            answer.view.fragment === before.fragment
              ? undefined
              : { before: before.state, applied: answer.view.fragment },
          );
        }
        viewNow.current = answer.view;
        show(answer.view);
        setResumed(false);
        if (options.whole) setRevision((r) => r + 1);
        if (options.then) setFocus(options.then);
        if (answer.said) setSaid(answer.said);
      },
      () => {
        setFailed(true);
      },
    );
  };

  const { state, sheet, itemIssues } = view;
  const rowFor = (index: number): RunSheetRow | undefined => {
    if (itemIssues.some((issue) => issue.index === index)) return undefined;
    return sheet.rows[index - itemIssues.filter((issue) => issue.index < index).length];
  };
  const groups = useMemo(() => {
    const byLesson: { label: string; items: CatalogueItem[] }[] = [];
    for (const item of catalogue) {
      if (item.kind === 'lesson') byLesson.push({ label: item.title, items: [item] });
      else byLesson.at(-1)?.items.push(item);
    }
    return byLesson;
  }, [catalogue]);
  const [adding, setAdding] = useState<string>(catalogue[0]?.ref ?? 'break');
  const full = state.refs.length >= 40;
  /** Adds an item at the end, then puts focus in its title field. */
  const addAtEnd = (ref: string): void => {
    edit({ kind: 'add', ref }, { whole: true, then: { item: state.refs.length, control: 'title' } });
  };
  const disabled = !ready;

  return (
    <div class="agenda-builder not-content" data-lab="agenda" data-ready={ready ? 'true' : 'false'}>
      {failed && (
        <p class="field-error" role="alert">
          The agenda builder could not start in this browser. The notes on running each exercise are below.
        </p>
      )}
      {notice && (
        <section class={`lab-notice ${notice.issues.length > 0 ? 'has-issues' : ''}`} aria-label="Agenda from a link">
          <p>
            {notice.issues.length > 0
              ? 'This agenda was opened from a link. Some of it needed attention:'
              : 'This agenda was opened from a shared link.'}
          </p>
          {notice.issues.length > 0 && (
            <ul>
              {notice.issues.map((issue) => (
                <li key={issue.field + issue.message}>{issue.message}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            class="course-button small"
            onClick={() => {
              setNotice(undefined);
            }}
          >
            Dismiss
          </button>
        </section>
      )}
      <div class="lab-presets" role="group" aria-label="Start from an agenda">
        <span class="lab-presets-label">Start from (illustrative):</span>
        {presets.map((preset) => (
          <button
            key={preset.id}
            type="button"
            class="course-button small"
            disabled={disabled}
            onClick={() => {
              setNotice(undefined);
              setStory(`${preset.title}: ${preset.story}`);
              edit({ kind: 'preset', id: preset.id }, { whole: true, undoable: true });
            }}
          >
            {preset.title}
          </button>
        ))}
        <button
          type="button"
          class="course-button small"
          disabled={disabled}
          ref={resetButton}
          onClick={() => {
            setNotice(undefined);
            setStory(undefined);
            edit({ kind: 'reset' }, { whole: true, undoable: true });
          }}
        >
          Reset
        </button>
        {view.fragment === undo?.applied && (
          <button
            type="button"
            class="course-button small"
            disabled={disabled}
            onClick={() => {
              setStory(undefined);
              setUndo(undefined);
              edit({ kind: 'restore', state: undo.before }, { whole: true });
              // Undo goes with its use: the keyboard stays in the row, on Reset.
              resetButton.current?.focus();
            }}
          >
            Undo
          </button>
        )}
      </div>
      {story && <p class="lab-preset-story">{story}</p>}
      {resumed && (
        <p class="lab-resumed">
          This is your agenda from your last visit, kept in this browser. Reset starts again from the suggested agenda.
        </p>
      )}

      <section class="agenda-edit" aria-labelledby={`${id}-plan`}>
        <h2 id={`${id}-plan`}>Plan the session</h2>
        <div class="agenda-fields">
          <Field
            key={`title-${String(revision)}`}
            id={`${id}-title`}
            label="Workshop title"
            value={state.title}
            disabled={disabled}
            problem={undefined}
            onCommit={(text) => {
              edit({ kind: 'title', text });
            }}
          />
          <Field
            key={`start-${String(revision)}`}
            id={`${id}-start`}
            label="Starts at (24-hour, hh:mm)"
            value={state.start}
            inputMode="numeric"
            disabled={disabled}
            problem={problems['start']}
            onCommit={(text) => {
              edit({ kind: 'start', text }, { field: 'start' });
            }}
          />
        </div>
        {itemIssues.length > 0 && (
          <ul class="agenda-issues" aria-label="Items the course does not have">
            {itemIssues.map((issue) => (
              <li key={issue.index}>{issue.message}</li>
            ))}
          </ul>
        )}
        <ol class="agenda-items" ref={list} aria-label="Agenda items">
          {state.refs.map((ref, index) => {
            const row = rowFor(index);
            const found = catalogue.find((item) => item.ref === ref);
            const own = state.titles[index] ?? '';
            const name = row?.title ?? (own === '' ? (found?.title ?? 'Break') : own);
            const key = `${String(revision)}-${String(index)}`;
            return (
              <li key={key} class="agenda-item">
                <p class="agenda-item-head">
                  <span class="agenda-kind">
                    {row ? KIND_LABELS[row.kind] : ref === 'break' ? 'Break' : 'Not in this course'}
                  </span>{' '}
                  {row && (
                    <span class="agenda-when">
                      {clock(row.start)}–{clock(row.end)}
                    </span>
                  )}
                </p>
                <div class="agenda-item-fields">
                  <Field
                    id={`${id}-item-${String(index)}-title`}
                    label="Title"
                    labelDetail={` of item ${String(index + 1)}`}
                    value={state.titles[index] ?? ''}
                    placeholder={found?.title}
                    focus="title"
                    disabled={disabled}
                    problem={undefined}
                    onCommit={(text) => {
                      edit({ kind: 'item-title', index, text });
                    }}
                  />
                  <Field
                    id={`${id}-item-${String(index)}-minutes`}
                    label="Minutes"
                    labelDetail={` for item ${String(index + 1)}: ${name}`}
                    value={String(state.minutes[index] ?? '')}
                    inputMode="numeric"
                    narrow
                    disabled={disabled}
                    problem={problems[`minutes-${key}`]}
                    onCommit={(text) => {
                      edit({ kind: 'item-minutes', index, text }, { field: `minutes-${key}` });
                    }}
                  />
                </div>
                <div
                  class="agenda-item-actions"
                  role="group"
                  aria-label={`Move or remove item ${String(index + 1)}: ${name}`}
                >
                  <button
                    type="button"
                    class="course-button small"
                    data-focus="up"
                    aria-label={`Earlier: ${name}`}
                    disabled={disabled || index === 0}
                    onClick={() => {
                      edit(
                        { kind: 'move', index, direction: -1 },
                        { whole: true, then: { item: index - 1, control: 'up' } },
                      );
                    }}
                  >
                    Earlier
                  </button>
                  <button
                    type="button"
                    class="course-button small"
                    data-focus="down"
                    aria-label={`Later: ${name}`}
                    disabled={disabled || index === state.refs.length - 1}
                    onClick={() => {
                      edit(
                        { kind: 'move', index, direction: 1 },
                        { whole: true, then: { item: index + 1, control: 'down' } },
                      );
                    }}
                  >
                    Later
                  </button>
                  <button
                    type="button"
                    class="course-button small danger"
                    data-focus="remove"
                    aria-label={`Remove: ${name}`}
                    disabled={disabled || state.refs.length <= 1}
                    onClick={() => {
                      edit(
                        { kind: 'remove', index },
                        { whole: true, then: { item: Math.min(index, state.refs.length - 2), control: 'remove' } },
                      );
                    }}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        <div class="agenda-add">
          <label for={`${id}-add`}>Add a lesson or exercise</label>
          <div class="agenda-add-row">
            <select
              id={`${id}-add`}
              value={adding}
              disabled={disabled}
              onChange={(e) => {
                setAdding(e.currentTarget.value);
              }}
            >
              {groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.items.map((item) => (
                    <option key={item.ref} value={item.ref}>
                      {KIND_LABELS[item.kind]}: {item.title} ({item.minutes} min)
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <button
              type="button"
              class="course-button small"
              disabled={disabled || full}
              onClick={() => {
                addAtEnd(adding);
              }}
            >
              Add
            </button>
            <button
              type="button"
              class="course-button small"
              disabled={disabled || full}
              onClick={() => {
                addAtEnd('break');
              }}
            >
              Add a break
            </button>
          </div>
          {full && <p class="cb-hint">An agenda holds at most 40 items: remove one to add another.</p>}
        </div>
      </section>

      <p class="sr-only" role="status">
        {said}
      </p>

      <RunSheetView title={state.title} sheet={sheet} id={id} host={ready ? location.host : ''} />

      <CopyLinkBar
        link={view.link}
        path={PAGE}
        label="Copy link"
        what="this agenda"
        settled={() => queue.current.then(() => viewNow.current.link)}
      />
    </div>
  );
}

function RunSheetView({
  title,
  sheet,
  id,
  host,
}: {
  title: string;
  sheet: AgendaView['sheet'];
  id: string;
  /** This site's host, for the printed addresses ("course.example.org/labs/…"); empty while the page is built. */
  host: string;
}) {
  const [notes, setNotes] = useState(true);
  return (
    <section class="run-sheet" aria-labelledby={`${id}-sheet`} data-notes={notes ? 'shown' : 'hidden'}>
      <h2 id={`${id}-sheet`}>Run sheet: {title}</h2>
      <p class="run-sheet-summary">
        {clock(sheet.start)} to {clock(sheet.end)}: {duration(sheet.totalMinutes)}
        {sheet.breakMinutes > 0 ? `, of which ${duration(sheet.breakMinutes)} of breaks` : ''}.
      </p>
      <div class="run-sheet-controls">
        <button
          type="button"
          class="course-button small"
          onClick={() => {
            window.print();
          }}
        >
          Print the run sheet
        </button>
        <label class="run-sheet-toggle">
          <input
            type="checkbox"
            checked={notes}
            onChange={(e) => {
              setNotes(e.currentTarget.checked);
            }}
          />{' '}
          Show facilitator notes (always printed)
        </label>
      </div>
      <ol class="run-sheet-rows">
        {sheet.rows.map((row, index) => (
          <li key={index} class={`run-sheet-row run-sheet-${row.kind}`}>
            <p class="run-sheet-time">
              <strong>
                {clock(row.start)}–{clock(row.end)}
              </strong>{' '}
              <span>({row.minutes} min)</span>
            </p>
            <div class="run-sheet-body">
              <h3>
                <span class="agenda-kind">{KIND_LABELS[row.kind]}</span> {row.title}
              </h3>
              {row.links && row.links.length > 0 && (
                <p class="run-sheet-links">
                  Open:{' '}
                  {row.links.map((link, i) => (
                    <span key={link.href}>
                      {i > 0 && ' · '}
                      <a href={link.href}>{link.label}</a> <span class="print-address">{`${host}${link.href}`}</span>
                    </span>
                  ))}
                </p>
              )}
              {row.notes && <FacilitatorNotes notes={row.notes} />}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * A text field that commits on change (Enter or leaving it), keeping what was typed, with the
 * reason beside it when the value cannot be used.
 */
function Field({
  id,
  label,
  labelDetail,
  value,
  onCommit,
  problem,
  placeholder,
  inputMode,
  narrow = false,
  disabled,
  focus,
}: {
  id: string;
  label: string;
  /** Read by screen readers after the visible label, to tell one row's field from another's. */
  labelDetail?: string;
  value: string;
  onCommit: (text: string) => void;
  problem: string | undefined;
  placeholder?: string | undefined;
  inputMode?: 'numeric';
  narrow?: boolean;
  disabled: boolean;
  focus?: string;
}) {
  return (
    <div class={`agenda-field${narrow ? ' agenda-field--narrow' : ''}`}>
      <label for={id}>
        {label}
        {labelDetail && <span class="sr-only">{labelDetail}</span>}
      </label>
      <input
        id={id}
        type="text"
        defaultValue={value}
        placeholder={placeholder}
        inputMode={inputMode}
        disabled={disabled}
        data-focus={focus}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          onCommit(e.currentTarget.value);
        }}
      />
      {problem && (
        <p class="field-error" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}
