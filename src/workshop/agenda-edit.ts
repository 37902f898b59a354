/**
 * The agenda builder's edits as pure functions on an agenda: start time, title, each item's minutes
 * and title, add, move, remove, and the illustrative agendas to start from. Each edit returns the
 * new agenda, or the reason it was refused (the agenda unchanged) in words for beside the field,
 * and what to announce. The builder runs them in its worker (`src/workers/agenda-requests.ts`).
 */
import { cleanText } from '../scenario/fields';
import { DEFAULT_BREAK_TITLE, MAX_AGENDA_ITEMS, MAX_ITEM_MINUTES, type CatalogueItem } from './agenda';
import {
  AGENDA_START,
  AGENDA_TITLE_MAX_LENGTH,
  agendaEntries,
  ITEM_TITLE_MAX_LENGTH,
  withEntries,
  type AgendaState,
} from './agenda-link';

/** An illustrative agenda to start from. */
export interface AgendaPreset {
  id: string;
  title: string;
  /** What it is, in a sentence. */
  story: string;
  state: AgendaState;
}

/** The minutes are the lessons' durations and the course's suggestions for a room. */
export const AGENDA_PRESETS: readonly AgendaPreset[] = [
  {
    id: 'morning',
    title: 'A morning on value for the customer',
    story: 'The suggested agenda: what customers get, and whether they feel valued (under three hours).',
    state: AGENDA_START,
  },
  {
    id: 'taster',
    title: 'A two-hour taster',
    story:
      'Both meanings of customer value in two hours: the value equation, then lifetime value, its ROI and customers as assets.',
    state: {
      title: 'Customer value: a two-hour taster',
      start: '14:00',
      refs: [
        'lesson.two-meanings-of-customer-value',
        'lesson.the-value-equation',
        'lab.value-equation',
        'break',
        'lesson.take-credit-for-the-relationship',
        'lab.ltv-roi',
        'lesson.customers-as-assets',
      ],
      minutes: [12, 14, 25, 10, 15, 30, 14],
      titles: ['', '', '', 'Break', '', '', ''],
    },
  },
  {
    id: 'day',
    title: 'A full day',
    story: 'Every lesson and exercise, with breaks and lunch, ending with each participant’s plan.',
    state: {
      title: 'Customer value: a full-day workshop',
      start: '09:00',
      refs: [
        'lesson.two-meanings-of-customer-value',
        'lesson.the-value-equation',
        'lab.value-equation',
        'lesson.feeling-valued-beats-feeling-satisfied',
        'exercise.threats',
        'exercise.self-audit',
        'break',
        'lesson.take-credit-for-the-relationship',
        'lab.ltv-roi',
        'lesson.customers-as-assets',
        'break',
        'lesson.customer-service-is-not-customer-centricity',
        'lab.allocation',
        'lesson.know-your-customer-base',
        'lab.customer-base',
        'break',
        'lesson.closing-the-say-do-gap',
        'exercise.say-do-poll',
        'lesson.your-customer-value-plan',
        'exercise.plan',
      ],
      minutes: [12, 14, 25, 14, 15, 25, 15, 15, 30, 14, 60, 15, 30, 15, 30, 15, 12, 20, 20, 30],
      titles: ['', '', '', '', '', '', 'Coffee', '', '', '', 'Lunch', '', '', '', '', 'Coffee', '', '', '', ''],
    },
  },
];

/** What the facilitator can do to an agenda. */
export type AgendaEdit =
  | { kind: 'start'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'item-minutes'; index: number; text: string }
  | { kind: 'item-title'; index: number; text: string }
  | { kind: 'add'; ref: string }
  | { kind: 'move'; index: number; direction: -1 | 1 }
  | { kind: 'remove'; index: number }
  | { kind: 'preset'; id: string }
  | { kind: 'reset' }
  /** Undo of a preset or reset: the agenda as it was before, which the page kept. */
  | { kind: 'restore'; state: AgendaState };

/** An edit's outcome: the agenda after it, and the reason when it was refused (nothing changed). */
export interface EditOutcome {
  state: AgendaState;
  problem?: string;
  /** What happened, for screen readers, when it is not plain from the field itself. */
  said?: string;
}

const CLOCK = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/;

/** The name an item goes by: its own title, or the course's. */
function itemName(state: AgendaState, index: number, catalogue: readonly CatalogueItem[]): string {
  const own = state.titles[index] ?? '';
  if (own !== '') return own;
  return catalogue.find((item) => item.ref === state.refs[index])?.title ?? DEFAULT_BREAK_TITLE;
}

/** Applies one edit. Never throws: an edit that cannot apply is refused with its reason. */
export function editAgenda(state: AgendaState, edit: AgendaEdit, catalogue: readonly CatalogueItem[]): EditOutcome {
  const count = state.refs.length;
  const refuse = (problem: string): EditOutcome => ({ state, problem });
  const inRange = (index: number): boolean => Number.isInteger(index) && index >= 0 && index < count;
  switch (edit.kind) {
    case 'start': {
      const match = CLOCK.exec(edit.text);
      if (!match) return refuse('Enter a 24-hour time such as 09:30.');
      return { state: { ...state, start: `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` } };
    }
    case 'title':
      return { state: { ...state, title: cleanText(edit.text, AGENDA_TITLE_MAX_LENGTH) } };
    case 'item-minutes': {
      const minutes = /^\s*\d+\s*$/.test(edit.text) ? Number(edit.text) : NaN;
      if (!(minutes >= 1 && minutes <= MAX_ITEM_MINUTES)) {
        return refuse(`Enter whole minutes from 1 to ${String(MAX_ITEM_MINUTES)}.`);
      }
      if (!inRange(edit.index)) return refuse('That item is no longer on the agenda.');
      return { state: { ...state, minutes: state.minutes.map((m, i) => (i === edit.index ? minutes : m)) } };
    }
    case 'item-title': {
      if (!inRange(edit.index)) return refuse('That item is no longer on the agenda.');
      const title = cleanText(edit.text, ITEM_TITLE_MAX_LENGTH);
      return { state: { ...state, titles: state.titles.map((t, i) => (i === edit.index ? title : t)) } };
    }
    case 'add': {
      if (count >= MAX_AGENDA_ITEMS) return refuse(`An agenda holds at most ${String(MAX_AGENDA_ITEMS)} items.`);
      const entries = agendaEntries(state);
      if (edit.ref === 'break') {
        entries.push({ ref: 'break', minutes: 15, title: DEFAULT_BREAK_TITLE });
        return { state: withEntries(state, entries), said: 'A 15-minute break added at the end.' };
      }
      const found = catalogue.find((item) => item.ref === edit.ref);
      if (!found) return refuse('This course has no such lesson or exercise.');
      entries.push({ ref: found.ref, minutes: found.minutes, title: '' });
      return { state: withEntries(state, entries), said: `${found.title} added at the end.` };
    }
    case 'move': {
      const target = edit.index + edit.direction;
      if (!inRange(edit.index) || target < 0 || target >= count) return refuse('That item cannot move further.');
      const name = itemName(state, edit.index, catalogue);
      const entries = agendaEntries(state);
      const [moved] = entries.splice(edit.index, 1);
      if (moved) entries.splice(target, 0, moved);
      return {
        state: withEntries(state, entries),
        said: `${name} moved to item ${String(target + 1)} of ${String(count)}.`,
      };
    }
    case 'remove': {
      if (!inRange(edit.index)) return refuse('That item is no longer on the agenda.');
      if (count <= 1) return refuse('An agenda needs at least one item.');
      const name = itemName(state, edit.index, catalogue);
      return {
        state: withEntries(
          state,
          agendaEntries(state).filter((_, i) => i !== edit.index),
        ),
        said: `${name} removed from the agenda.`,
      };
    }
    case 'preset': {
      const preset = AGENDA_PRESETS.find((p) => p.id === edit.id);
      if (!preset) return refuse('There is no such agenda to start from.');
      return { state: preset.state, said: `${preset.title}: ${preset.story}` };
    }
    case 'reset':
      return { state: AGENDA_START, said: 'Back to the suggested agenda.' };
    case 'restore':
      return { state: edit.state, said: 'Your agenda from before is back.' };
  }
}
