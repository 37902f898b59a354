/**
 * The facilitator's agenda builder on `/workshop/`: pick lessons and exercises, set their minutes
 * and a start time, add breaks, reorder; the run sheet below gives each item its clock times, the
 * pages to open and how to run it, and prints on its own. Thin: the agenda, its edits, presets and
 * Undo, and its binding to the page's address and this browser are `src/stores/agenda.ts` (the rules
 * run in the agenda's worker); this island renders them.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { formatMinutes } from '../course/format';
import { useFocusAfter } from '../kit/focus-after';
import { useStoreValue } from '../kit/hooks';
import { LinkNotice, linkOpenedAnnouncement } from '../kit/LinkNotice';
import { PresetBar } from '../kit/PresetBar';
import { ReorderButtons } from '../kit/ReorderButtons';
import { ShareBar } from '../kit/ShareBar';
import { TextField } from '../kit/TextField';
import type { PageOpening } from '../stores/page-binding';
import {
  $agenda,
  $agendaFailed,
  $agendaOpening,
  $agendaPresets,
  $agendaProblems,
  $agendaReplacement,
  $agendaRevision,
  $agendaSaid,
  agendaSettled,
  applyAgendaPreset,
  bindAgenda,
  editAgenda,
  resetAgenda,
  undoAgenda,
} from '../stores/agenda';
import type { AgendaView } from '../workers/agenda-requests';
import {
  KIND_LABELS,
  catalogueByLesson,
  formatClockTime as clock,
  rowOfItem,
  type CatalogueItem,
} from '../workshop/agenda';
import type { AgendaEdit } from '../workshop/agenda-edit';
import { FacilitatorNotes } from './FacilitatorNotes';
import './agenda.css';

export interface AgendaBuilderProps {
  /** The course's lessons and exercises, from the lessons at build time. */
  catalogue: CatalogueItem[];
  /** The suggested agenda's view, worked out at build time: what the page shows before it hydrates. */
  initial: AgendaView;
}

/** An agenda's items move earlier and later in the day. */
const AGENDA_WORDS = { up: 'Earlier', down: 'Later', remove: 'Remove' };

/** Where an agenda's link opens. */
const PAGE = '/workshop/';

export default function AgendaBuilder({ catalogue, initial }: AgendaBuilderProps) {
  const id = useId();
  const opened = useStoreValue($agenda);
  const view = opened ?? initial;
  const ready = opened !== undefined;
  const failed = useStoreValue($agendaFailed);
  const presets = useStoreValue($agendaPresets);
  const replacement = useStoreValue($agendaReplacement);
  const revision = useStoreValue($agendaRevision);
  const problems = useStoreValue($agendaProblems);
  const said = useStoreValue($agendaSaid);
  const opening = useStoreValue($agendaOpening);
  // The opening whose notice was dismissed (or replaced by a preset): a new opening shows again.
  const [dismissed, setDismissed] = useState<PageOpening | undefined>();
  const shown = opening === dismissed ? undefined : opening;
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const focusAfter = useFocusAfter(list, view);

  useEffect(() => bindAgenda(catalogue), []);
  useEffect(() => {
    if (opening?.origin === 'link') setAnnouncement(linkOpenedAnnouncement('agenda', opening.issues));
  }, [opening]);
  useEffect(() => {
    if (said) setAnnouncement(said.text);
  }, [said]);

  /** Sends an edit; `then` says where the keyboard goes once the list is redrawn. */
  const edit = (
    change: AgendaEdit,
    options: { field?: string; whole?: boolean; then?: { item: number; control: string } } = {},
  ): void => {
    if (options.then) focusAfter({ item: String(options.then.item), control: options.then.control });
    void editAgenda(change, options);
  };

  const { state, sheet, itemIssues } = view;
  const groups = useMemo(() => catalogueByLesson(catalogue), [catalogue]);
  const [adding, setAdding] = useState<string>(catalogue[0]?.ref ?? 'break');
  const full = state.refs.length >= 40;
  /** Adds an item at the end, then puts focus in its title field. */
  const addAtEnd = (ref: string): void => {
    edit({ kind: 'add', ref }, { whole: true, then: { item: state.refs.length, control: 'name' } });
  };
  const disabled = !ready;

  return (
    <div class="agenda-builder not-content" data-lab="agenda" data-ready={ready ? 'true' : 'false'}>
      {failed && (
        <p class="field-error" role="alert">
          The agenda builder could not start in this browser. The notes on running each exercise are below.
        </p>
      )}
      {shown?.origin === 'link' && (
        <LinkNotice
          what="agenda"
          issues={shown.issues}
          onDismiss={() => {
            setDismissed(opening);
          }}
        />
      )}
      <PresetBar
        presets={presets}
        label="Start from an agenda"
        ready={ready}
        onPreset={(presetId) => {
          setDismissed(opening);
          void applyAgendaPreset(presetId);
        }}
        onReset={() => {
          setDismissed(opening);
          void resetAgenda();
        }}
        onUndo={
          replacement
            ? () => {
                void undoAgenda();
              }
            : undefined
        }
        story={replacement?.story}
      />
      {shown?.origin === 'saved' && (
        <p class="lab-resumed">
          This is your agenda from your last visit, kept in this browser. Reset starts again from the suggested agenda.
        </p>
      )}

      <section class="agenda-edit" aria-labelledby={`${id}-plan`}>
        <h2 id={`${id}-plan`}>Plan the session</h2>
        <div class="agenda-fields">
          <TextField
            key={`title-${String(revision)}`}
            id={`${id}-title`}
            class="agenda-field"
            label="Workshop title"
            value={state.title}
            disabled={disabled}
            onCommit={(text) => {
              edit({ kind: 'title', text });
            }}
          />
          <TextField
            key={`start-${String(revision)}`}
            id={`${id}-start`}
            class="agenda-field"
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
            const row = rowOfItem(sheet, itemIssues, index);
            const found = catalogue.find((item) => item.ref === ref);
            const own = state.titles[index] ?? '';
            const name = row?.title ?? (own === '' ? (found?.title ?? 'Break') : own);
            const key = `${String(revision)}-${String(index)}`;
            return (
              <li key={key} class="agenda-item" data-item={String(index)}>
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
                  <TextField
                    id={`${id}-item-${String(index)}-title`}
                    class="agenda-field"
                    label="Title"
                    labelDetail={` of item ${String(index + 1)}`}
                    value={state.titles[index] ?? ''}
                    placeholder={found?.title}
                    focus="name"
                    disabled={disabled}
                    onCommit={(text) => {
                      edit({ kind: 'item-title', index, text });
                    }}
                  />
                  <TextField
                    id={`${id}-item-${String(index)}-minutes`}
                    class="agenda-field agenda-field--narrow"
                    label="Minutes"
                    labelDetail={` for item ${String(index + 1)}: ${name}`}
                    value={String(state.minutes[index] ?? '')}
                    inputMode="numeric"
                    disabled={disabled}
                    problem={problems[`minutes-${key}`]}
                    onCommit={(text) => {
                      edit({ kind: 'item-minutes', index, text }, { field: `minutes-${key}` });
                    }}
                  />
                </div>
                <ReorderButtons
                  class="agenda-item-actions"
                  label={`Move or remove item ${String(index + 1)}: ${name}`}
                  name={name}
                  place={index}
                  of={state.refs.length}
                  disabled={disabled}
                  removable={state.refs.length > 1}
                  words={AGENDA_WORDS}
                  onMove={(by) => {
                    edit(
                      { kind: 'move', index, direction: by },
                      { whole: true, then: { item: index + by, control: by < 0 ? 'up' : 'down' } },
                    );
                  }}
                  onRemove={() => {
                    edit(
                      { kind: 'remove', index },
                      { whole: true, then: { item: Math.min(index, state.refs.length - 2), control: 'remove' } },
                    );
                  }}
                />
              </li>
            );
          })}
        </ol>
        <div class="agenda-add">
          <label for={`${id}-add`}>Add a lesson or exercise</label>
          <div class="agenda-add-row">
            <select
              id={`${id}-add`}
              class="field-input"
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
          {full && <p class="field-hint">An agenda holds at most 40 items: remove one to add another.</p>}
        </div>
      </section>

      <p class="sr-only" role="status">
        {announcement}
      </p>

      <RunSheetView title={state.title} sheet={sheet} id={id} host={ready ? location.host : ''} />

      <ShareBar
        link={view.link}
        path={PAGE}
        what="this agenda"
        settled={() => agendaSettled().then((link) => link ?? view.link)}
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
        {clock(sheet.start)} to {clock(sheet.end)}: {formatMinutes(sheet.totalMinutes)}
        {sheet.breakMinutes > 0 ? `, of which ${formatMinutes(sheet.breakMinutes)} of breaks` : ''}.
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
