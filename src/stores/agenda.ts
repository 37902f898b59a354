/**
 * The facilitator kit's agenda (`/workshop/`): the agenda on the page and how it was opened, the
 * illustrative agendas with Reset and Undo, the facilitator's edits applied one at a time by the
 * agenda's worker (`src/workers/agenda-client.ts`, which holds every rule: `workshop/agenda-edit.ts`),
 * the refusals beside their fields and what to announce. The page binding (`page-binding.ts`) keeps
 * the agenda in the page's address and in this browser (`valued:scenario:agenda`, its link fragment),
 * as the labs keep theirs.
 */
import { atom, computed, map } from 'nanostores';
import type { CatalogueItem } from '../workshop/agenda';
import type { AgendaEdit } from '../workshop/agenda-edit';
import type { AgendaState } from '../workshop/agenda-link';
import { askAgendaWorker } from '../workers/agenda-client';
import type { AgendaView } from '../workers/agenda-requests';
import { bindToPage, type PageOpening } from './page-binding';
import { savedScenarioKey } from './saved-scenario-storage';
import { createUndo } from './undo';

/** The agenda on the page; `undefined` until the worker has opened it (the page shows the suggestion built with it). */
export const $agenda = atom<AgendaView | undefined>(undefined);
/** How the agenda was opened; a new value each time. */
export const $agendaOpening = atom<PageOpening | undefined>(undefined);
/** The illustrative agendas to start from. */
export const $agendaPresets = atom<{ id: string; title: string; story: string }[]>([]);
/** Counts whole-agenda replacements, so fields drop half-typed text from the agenda before. */
export const $agendaRevision = atom(0);
/** Why a field's text was refused, by field. */
export const $agendaProblems = map<Record<string, string | undefined>>({});
/** What the page's status line says after an edit (a new object each time, so the same words are said again). */
export const $agendaSaid = atom<{ text: string } | undefined>(undefined);
/** Set when the agenda's worker cannot run in this browser. */
export const $agendaFailed = atom(false);

const undo = createUndo<AgendaState, string, { title: string; story: string }>(() => $agenda.get()?.fragment ?? '');

/** The preset or Reset the agenda still is, for its story and Undo; `undefined` once edited. */
export const $agendaReplacement = computed([$agenda, undo.$entry], (view) => undo.current(view?.fragment ?? ''));

let queue: Promise<unknown> = Promise.resolve();

export interface EditOptions {
  /** The field a refusal is shown beside. */
  field?: string;
  /** The edit replaces the whole list (a move, an addition, a preset): fields start again from it. */
  whole?: boolean;
  /** The edit is a preset or Reset, which Undo can take back; a preset's story goes with it. */
  replacement?: { story: { title: string; story: string } | undefined };
}

/**
 * Applies one edit once those before it are done (so fast edits apply in order, each to the agenda
 * the one before produced). A refused edit changes nothing and leaves its reason beside `field`.
 */
export function editAgenda(change: AgendaEdit, options: EditOptions = {}): Promise<void> {
  const run = queue.then(async () => {
    const before = $agenda.get();
    if (!before) return;
    const answer = await askAgendaWorker({ kind: 'edit', state: before.state, edit: change });
    if (answer.kind !== 'edited') return;
    if (options.field) $agendaProblems.setKey(options.field, answer.problem);
    if (answer.problem) return;
    $agenda.set(answer.view);
    if (options.replacement) {
      if (answer.view.fragment === before.fragment) undo.forget();
      else undo.remember(before.state, options.replacement.story);
    }
    if (options.whole) $agendaRevision.set($agendaRevision.get() + 1);
    if (answer.said) $agendaSaid.set({ text: answer.said });
  });
  queue = run.catch(() => {
    $agendaFailed.set(true);
  });
  return queue.then(() => undefined);
}

/** Loads an illustrative agenda (Undo can take it back). */
export function applyAgendaPreset(id: string): Promise<void> {
  const preset = $agendaPresets.get().find((p) => p.id === id);
  return editAgenda(
    { kind: 'preset', id },
    { whole: true, replacement: { story: preset ? { title: preset.title, story: preset.story } : undefined } },
  );
}

/** Back to the suggested agenda (Undo can take it back). */
export function resetAgenda(): Promise<void> {
  return editAgenda({ kind: 'reset' }, { whole: true, replacement: { story: undefined } });
}

/** Puts back the agenda the last preset or Reset replaced, while the agenda is still what it produced. */
export function undoAgenda(): Promise<void> {
  const entry = $agendaReplacement.get();
  undo.forget();
  if (!entry) return Promise.resolve();
  return editAgenda({ kind: 'restore', state: entry.before }, { whole: true });
}

/** The agenda's link once every edit asked for so far has been applied. */
export function agendaSettled(): Promise<AgendaView['link'] | undefined> {
  return queue.then(() => $agenda.get()?.link);
}

/**
 * Opens the agenda (someone's link, this browser's, or the suggestion) with the course's catalogue,
 * and binds it to the page. Returns the function that stops it.
 */
export function bindAgenda(catalogue: CatalogueItem[]): () => void {
  return bindToPage($agenda, {
    savedKey: savedScenarioKey('agenda'),
    open: async ({ fragment, kept }) => {
      const answer = await askAgendaWorker({ kind: 'open', catalogue, fragment, kept });
      if (answer.kind !== 'opened') throw new Error(answer.kind);
      $agendaPresets.set(answer.presets);
      return { state: answer.view, origin: answer.origin, issues: answer.issues };
    },
    load: (view) => {
      $agenda.set(view);
      undo.forget();
      $agendaRevision.set($agendaRevision.get() + 1);
    },
    link: (view) => view?.fragment,
    onOpen: (opening) => {
      $agendaOpening.set(opening);
    },
    onFail: () => {
      $agendaFailed.set(true);
    },
  });
}
