/**
 * Share-link format of a workshop agenda (`/workshop/#v=1&…`), on the scenario codec's rules:
 * versioned, every field written, decoding never throws, a bad value falls back with an issue in
 * plain words, a fragment over 4 KB is refused.
 *
 * Version 1 (the first):
 * `v=1&n=Customer%20value%20workshop&start=0900&it=lesson.the-value-equation,lab.value-equation,break&im=14,25,15&in=,,Coffee`
 * - `n`: the workshop's title (text, at most 80 characters)
 * - `start`: start time, 24-hour, written `hhmm` (so the link needs no escaped colon; `9:30` and
 *   `09:30` are read too)
 * - one comma-separated list per item property, 1 to 40 items, in agenda order:
 *   - `it`: what the item is: `lesson.<slug>`, `lab.<id>`, `exercise.<id>` or `break`
 *   - `im`: its minutes (whole numbers, 1 to 720)
 *   - `in`: its title, empty for the course's own (a break's title, "Break" when empty); text, at
 *     most 60 characters, a comma or % inside written %2C or %25 as in the allocation lab's names
 * The lists must have the same length and every `it` must have the shape above, or the link opens
 * with the suggested agenda; a longer list keeps its first 40 items, with a note. Whether the
 * course still has a named lesson or exercise is checked later, against the course
 * (`agendaItems` in `agenda.ts`), so an old link opens the rest of its agenda.
 *
 * Why not in `src/scenario/labs/` and `src/scenario/index.ts`: an agenda is not a lab. Registered
 * there it would join `ScenarioLabId`, which the plan, the saved scenarios and course-data export
 * and import iterate as labs, and the golden-link table every lab's test requires; and the modules
 * that import `index.ts` would carry its format for nothing. It uses the same codec directly.
 */
import * as v from 'valibot';
import {
  MAX_FRAGMENT_LENGTH,
  decodeScenario,
  defineScenario,
  encodeScenario,
  type CrossFieldProblem,
} from '../scenario/codec';
import type { ScenarioIssue } from '../scenario/codec';
import { textField, type Field } from '../scenario/fields';
import { numberListField, textListField } from '../scenario/list-fields';
import { MAX_AGENDA_ITEMS, MAX_ITEM_MINUTES, isAgendaRef, type AgendaEntry, type AgendaRef } from './agenda';

/** An agenda as the builder holds it and its link carries: items column by column, as written. */
export interface AgendaState {
  title: string;
  /** Start time, "hh:mm", 24-hour. */
  start: string;
  /** What each item is (`AgendaRef`). */
  refs: string[];
  /** Each item's whole minutes. */
  minutes: number[];
  /** Each item's own title, empty for the course's. */
  titles: string[];
}

export const AGENDA_TITLE_MAX_LENGTH = 80;
export const ITEM_TITLE_MAX_LENGTH = 60;
const REF_MAX_LENGTH = 80;

/**
 * The suggested agenda a builder starts from (and a damaged link falls back to): a morning on the
 * value for the customer. Its minutes are the lessons' durations and the course's suggestions.
 */
export const AGENDA_START: AgendaState = {
  title: 'Customer value workshop',
  start: '09:00',
  refs: [
    'lesson.two-meanings-of-customer-value',
    'lesson.the-value-equation',
    'lab.value-equation',
    'break',
    'lesson.feeling-valued-beats-feeling-satisfied',
    'exercise.threats',
    'lesson.closing-the-say-do-gap',
    'exercise.say-do-poll',
    'exercise.plan',
  ],
  minutes: [12, 14, 25, 15, 14, 15, 12, 20, 30],
  titles: ['', '', '', 'Coffee', '', '', '', '', ''],
};

const STORED_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LINK_CLOCK = /^([01]?\d|2[0-3]):?([0-5]\d)$/;

/** A 24-hour start time, held as "hh:mm" and written "hhmm". */
function clockField(options: { key: string; label: string; default: string }): Field<string> {
  return {
    ...options,
    schema: v.pipe(v.string(), v.regex(STORED_CLOCK, `${options.label} must be a 24-hour time hh:mm`)),
    write: (value) => value.replace(':', ''),
    read: (raw) => {
      const match = LINK_CLOCK.exec(raw.trim());
      if (!match) return { ok: false, reason: `“${raw.slice(0, 12)}” is not a 24-hour time such as 0930` };
      return { ok: true, value: `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` };
    },
  };
}

const ITEM_COLUMNS = ['refs', 'minutes', 'titles'] as const;
const items = { label: 'the link’s agenda', resetTo: 'the suggested agenda' };
const list = { minItems: 1, maxItems: MAX_AGENDA_ITEMS, items: 'items' };

function itemChecks(state: AgendaState): CrossFieldProblem[] {
  const problem = (message: string): CrossFieldProblem[] => [
    { fields: [...ITEM_COLUMNS], message, resetTo: 'the suggested agenda' },
  ];
  const lengths = ITEM_COLUMNS.map((column) => state[column].length);
  if (lengths.some((n) => n !== lengths[0])) {
    return problem(`The link’s item lists have different lengths (${lengths.join(', ')})`);
  }
  const bad = state.refs.findIndex((ref) => !isAgendaRef(ref));
  if (bad !== -1) return problem(`Item ${bad + 1} of the link is not a lesson, lab, exercise or break`);
  return [];
}

export const agendaScenario = defineScenario<AgendaState>({
  lab: 'agenda',
  version: 1,
  fields: [
    {
      path: 'title',
      field: textField({
        key: 'n',
        label: 'the workshop’s title',
        default: AGENDA_START.title,
        maxLength: AGENDA_TITLE_MAX_LENGTH,
      }),
    },
    { path: 'start', field: clockField({ key: 'start', label: 'the start time', default: AGENDA_START.start }) },
    {
      path: 'refs',
      group: items,
      field: textListField({
        key: 'it',
        label: 'the agenda’s items',
        default: AGENDA_START.refs,
        maxLength: REF_MAX_LENGTH,
        ...list,
      }),
    },
    {
      path: 'minutes',
      group: items,
      field: numberListField({
        key: 'im',
        label: 'the items’ minutes',
        default: AGENDA_START.minutes,
        min: 1,
        max: MAX_ITEM_MINUTES,
        decimals: 0,
        ...list,
      }),
    },
    {
      path: 'titles',
      group: items,
      field: textListField({
        key: 'in',
        label: 'the items’ titles',
        default: AGENDA_START.titles,
        maxLength: ITEM_TITLE_MAX_LENGTH,
        ...list,
      }),
    },
  ],
  crossCheck: itemChecks,
});

/**
 * The canonical fragment of an agenda (without `#`). Throws a `RangeError` naming the field when the
 * state is invalid (a bug, not something a facilitator typed); see `agendaLink` for the length cap.
 */
export function encodeAgenda(state: AgendaState): string {
  return encodeScenario(agendaScenario, state);
}

/**
 * The agenda's fragment if it fits a link (at most 4 KB, the codec's cap), or the reason it does
 * not, for the page to show instead of a link that would not open.
 */
export function agendaLink(state: AgendaState): { ok: true; fragment: string } | { ok: false; reason: string } {
  const fragment = encodeAgenda(state);
  if (fragment.length <= MAX_FRAGMENT_LENGTH) return { ok: true, fragment };
  return {
    ok: false,
    reason: `This agenda is too long to share as a link (${Math.ceil(fragment.length / 1024)} KB; a link holds ${MAX_FRAGMENT_LENGTH / 1024} KB). Shorten the items’ own titles or remove some items.`,
  };
}

/** Reads an agenda link's fragment (with or without `#`). Never throws; the state is always valid. */
export function decodeAgenda(fragment: string): { state: AgendaState; issues: ScenarioIssue[] } {
  return decodeScenario(agendaScenario, fragment);
}

/** The agenda's items as rows, for the builder and `agendaItems`. */
export function agendaEntries(state: AgendaState): AgendaEntry[] {
  return state.refs.map((ref, i) => ({
    // A decoded state's refs have been checked; a hand-built one with a bad ref surfaces in agendaItems.
    ref: ref as AgendaRef,
    minutes: state.minutes[i] ?? 1,
    title: state.titles[i] ?? '',
  }));
}

/** An agenda with these rows as its items (column by column, as the link writes them). */
export function withEntries(state: AgendaState, entries: readonly AgendaEntry[]): AgendaState {
  return {
    ...state,
    refs: entries.map((e) => e.ref),
    minutes: entries.map((e) => e.minutes),
    titles: entries.map((e) => e.title),
  };
}
