/**
 * A workshop agenda and its run sheet. The facilitator picks lessons and exercises (labs and the
 * exercises inside lessons), sets minutes for each and a start time, and adds breaks; the run sheet
 * gives every item its clock times, the links to open and the facilitator's notes.
 *
 * Pure: no DOM, Astro, stores or chart.js. The lessons come in as a parameter (the page reads them
 * from the content collection at build time, `getCourseLessons()`), so this module never needs Astro.
 * Invalid input throws a `RangeError` naming the field; no time is ever NaN.
 */
import { checkNumber, describeValue } from '../calc/checks';
import { labPath } from '../course/labs';
import { WORKSHOP_EXERCISES, lessonPath, type FacilitatorNotes } from './exercises';

/** What the agenda needs of a lesson (a subset of the course shell's `CourseLesson`). */
export interface LessonSummary {
  slug: string;
  title: string;
  /** The lesson's own duration, whole minutes: the default on an agenda. */
  duration: number;
  /** Position in the course, 1 for the first lesson. */
  order: number;
}

export type AgendaItemKind = 'lesson' | 'lab' | 'exercise' | 'break';

/**
 * How an agenda names an item, in memory and in its share link: `lesson.<slug>`, `lab.<id>`,
 * `exercise.<id>` or `break`. Slugs and ids are the course's stable URLs and exercise ids.
 */
export type AgendaRef = `lesson.${string}` | `lab.${string}` | `exercise.${string}` | 'break';

const REF = /^(?:(lesson|lab|exercise)\.([a-z0-9]+(?:-[a-z0-9]+)*)|break)$/;

/** Whether text has the shape of an agenda reference (not whether the course has that item). */
export function isAgendaRef(text: string): text is AgendaRef {
  return REF.test(text);
}

/** A link a facilitator opens for an item. */
export interface AgendaLink {
  /** What the link opens, for its text: "Lesson 2: The value equation", "The lab". */
  label: string;
  /** Root-relative address. */
  href: string;
}

/** Something a facilitator can put on the agenda. */
export interface CatalogueItem {
  ref: AgendaRef;
  kind: Exclude<AgendaItemKind, 'break'>;
  title: string;
  /** Suggested minutes: the lesson's duration, or the exercise's suggestion for a room. */
  minutes: number;
  /** For an exercise, the lesson that teaches it (its order and title). */
  lesson?: { order: number; title: string; slug: string };
  /** What to open during the item, the page participants use first. */
  links: AgendaLink[];
  /** How to run it (exercises and labs only). */
  notes?: FacilitatorNotes;
}

/**
 * Everything a facilitator can pick, in course order: each lesson followed by the exercises it
 * teaches. An exercise whose lesson is not among `lessons` is left out, so the list never offers a
 * page the site does not have.
 */
export function agendaCatalogue(lessons: readonly LessonSummary[]): CatalogueItem[] {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const items: CatalogueItem[] = [];
  for (const lesson of ordered) {
    items.push({
      ref: `lesson.${lesson.slug}`,
      kind: 'lesson',
      title: lesson.title,
      minutes: lesson.duration,
      links: [{ label: `Lesson ${lesson.order}: ${lesson.title}`, href: lessonPath(lesson.slug) }],
    });
    for (const exercise of WORKSHOP_EXERCISES.filter((e) => e.lesson === lesson.slug)) {
      const links: AgendaLink[] =
        exercise.lab === undefined
          ? [{ label: `The exercise in lesson ${lesson.order}`, href: exercise.path }]
          : [
              { label: 'The lab', href: labPath(exercise.lab) },
              { label: `Its steps in lesson ${lesson.order}`, href: lessonPath(lesson.slug, exercise.anchor) },
            ];
      items.push({
        ref: `${exercise.kind}.${exercise.id}`,
        kind: exercise.kind,
        title: exercise.title,
        minutes: exercise.minutes,
        lesson: { order: lesson.order, title: lesson.title, slug: lesson.slug },
        links,
        notes: exercise.notes,
      });
    }
  }
  return items;
}

/** One row of an agenda as the facilitator set it. */
export interface AgendaEntry {
  ref: AgendaRef;
  /** Whole minutes. */
  minutes: number;
  /** The facilitator's own title; empty for the catalogue's (or "Break" for a break). */
  title: string;
}

/** An item ready for the run sheet: its title, minutes and what to open. */
export interface RunSheetItem {
  kind: AgendaItemKind;
  title: string;
  /** Whole minutes, 1 to `MAX_ITEM_MINUTES`. */
  minutes: number;
  links?: readonly AgendaLink[];
  notes?: FacilitatorNotes;
}

/** Something on an agenda that the course does not have (any more), in plain words. */
export interface AgendaIssue {
  /** Position of the entry on the agenda, from 0. */
  index: number;
  message: string;
}

export const DEFAULT_BREAK_TITLE = 'Break';

/**
 * The agenda's entries as run-sheet items, with titles, links and notes from the catalogue. An
 * entry that names a lesson or exercise the course does not have is left out with an issue, so an
 * old link still opens the rest of its agenda.
 */
export function agendaItems(
  entries: readonly AgendaEntry[],
  catalogue: readonly CatalogueItem[],
): { items: RunSheetItem[]; issues: AgendaIssue[] } {
  const items: RunSheetItem[] = [];
  const issues: AgendaIssue[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.ref === 'break') {
      items.push({ kind: 'break', title: entry.title || DEFAULT_BREAK_TITLE, minutes: entry.minutes });
      continue;
    }
    const found = catalogue.find((item) => item.ref === entry.ref);
    if (!found) {
      const [kind, id] = entry.ref.split('.', 2);
      const what = kind === 'lesson' ? 'a lesson' : kind === 'lab' ? 'a lab' : 'an exercise';
      issues.push({
        index,
        message: `Item ${index + 1} names ${what} this course does not have (“${id ?? ''}”), so it was left out.`,
      });
      continue;
    }
    items.push({
      kind: found.kind,
      title: entry.title || found.title,
      minutes: entry.minutes,
      links: found.links,
      ...(found.notes ? { notes: found.notes } : {}),
    });
  }
  return { items, issues };
}

/** Longest item, in minutes (a full working day). */
export const MAX_ITEM_MINUTES = 720;
/** Most items on one agenda. */
export const MAX_AGENDA_ITEMS = 40;

const MINUTES_PER_DAY = 24 * 60;

/** A time on the clock, counted from the agenda's start day. */
export interface ClockTime {
  /** "09:05", 24-hour. */
  text: string;
  /** Minutes since midnight of its own day, 0–1439. */
  minuteOfDay: number;
  /** 0 on the day the agenda starts, 1 the next day, and so on. */
  day: number;
}

export interface RunSheetRow extends RunSheetItem {
  start: ClockTime;
  end: ClockTime;
  /** Minutes from the agenda's start to this item's start. */
  offset: number;
}

export interface RunSheet {
  start: ClockTime;
  end: ClockTime;
  rows: RunSheetRow[];
  /** Every item's minutes added up, breaks included. */
  totalMinutes: number;
  /** Minutes of breaks among them. */
  breakMinutes: number;
}

const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes since midnight of a 24-hour time, "9:30" or "09:30". Throws a `RangeError` naming `field`
 * for anything else ("24:00", "9.30", "9:5", "").
 */
export function parseClockTime(text: unknown, field = 'start'): number {
  const match = typeof text === 'string' ? CLOCK.exec(text.trim()) : null;
  if (!match)
    throw new RangeError(`${field} must be a 24-hour time hh:mm, 00:00 to 23:59 (got ${describeValue(text)})`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The clock time `minutes` after midnight of the start day (so 1500 is 01:00 the next day). */
export function clockTime(minutes: number): ClockTime {
  checkNumber(minutes, 'minutes', 'a whole number of at least 0', (n) => Number.isInteger(n) && n >= 0);
  const minuteOfDay = minutes % MINUTES_PER_DAY;
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return { text: `${hh}:${mm}`, minuteOfDay, day: Math.floor(minutes / MINUTES_PER_DAY) };
}

/**
 * The run sheet of an agenda: each item's start and end on the clock, one after another from
 * `start` (hh:mm, 24-hour), and the total. Items past midnight carry `day: 1` (or more). Throws a
 * `RangeError` naming the field (`start`, `items`, `items[2].minutes`, `items[2].title`) when the
 * agenda cannot be timed.
 */
export function runSheet(agenda: { start: string; items: readonly RunSheetItem[] }): RunSheet {
  const startMinute = parseClockTime(agenda.start, 'start');
  const given: unknown = agenda.items;
  // Checked before use as a list, since callers outside TypeScript may pass anything.
  if (!Array.isArray(given)) throw new RangeError(`items must be a list (got ${describeValue(given)})`);
  const { items } = agenda;
  if (items.length > MAX_AGENDA_ITEMS) {
    throw new RangeError(`items must hold at most ${MAX_AGENDA_ITEMS} items (got ${items.length})`);
  }
  const rows: RunSheetRow[] = [];
  let offset = 0;
  let breakMinutes = 0;
  for (const [index, item] of items.entries()) {
    const entry: unknown = item;
    if (typeof entry !== 'object' || entry === null) {
      throw new RangeError(`items[${index}] must be an item with a title and minutes (got ${describeValue(entry)})`);
    }
    checkNumber(
      item.minutes,
      `items[${index}].minutes`,
      `a whole number from 1 to ${MAX_ITEM_MINUTES}`,
      (n) => Number.isInteger(n) && n >= 1 && n <= MAX_ITEM_MINUTES,
    );
    if (typeof item.title !== 'string' || item.title.trim() === '') {
      throw new RangeError(`items[${index}].title must be a non-empty text (got ${describeValue(item.title)})`);
    }
    rows.push({
      ...item,
      start: clockTime(startMinute + offset),
      end: clockTime(startMinute + offset + item.minutes),
      offset,
    });
    offset += item.minutes;
    if (item.kind === 'break') breakMinutes += item.minutes;
  }
  return {
    start: clockTime(startMinute),
    end: clockTime(startMinute + offset),
    rows,
    totalMinutes: offset,
    breakMinutes,
  };
}

/** "14:30", or "00:30 (next day)" / "(day 3)" past midnight, for a printed run sheet. */
export function formatClockTime(time: ClockTime): string {
  if (time.day === 0) return time.text;
  return `${time.text} (${time.day === 1 ? 'next day' : `day ${time.day + 1}`})`;
}

/** What each kind of item is called on the agenda and the run sheet. */
export const KIND_LABELS: Record<AgendaItemKind, string> = {
  lesson: 'Lesson',
  lab: 'Lab',
  exercise: 'Exercise',
  break: 'Break',
};

/** The catalogue grouped under each lesson, for a list to pick from: each lesson, then its exercises. */
export function catalogueByLesson(catalogue: readonly CatalogueItem[]): { label: string; items: CatalogueItem[] }[] {
  const groups: { label: string; items: CatalogueItem[] }[] = [];
  for (const item of catalogue) {
    if (item.kind === 'lesson') groups.push({ label: item.title, items: [item] });
    else groups.at(-1)?.items.push(item);
  }
  return groups;
}

/**
 * The run sheet's row for the agenda's item at `index`, or `undefined` for an item the course does
 * not have (left out of the run sheet, so later rows sit earlier by one for each before it).
 */
export function rowOfItem(sheet: RunSheet, issues: readonly AgendaIssue[], index: number): RunSheetRow | undefined {
  if (issues.some((issue) => issue.index === index)) return undefined;
  return sheet.rows[index - issues.filter((issue) => issue.index < index).length];
}
