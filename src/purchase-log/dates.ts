/**
 * Purchase dates as a transaction export writes them, read to whole days since 1970-01-01 (UTC),
 * so no time zone can move a purchase to another day. Four formats cover the exports we know:
 * ISO (`2024-03-05`, optionally with a time), `yyyymmdd` (`20240305`), day first (`05/03/2024`) and
 * month first (`03/05/2024`). Day-first and month-first dates cannot always be told apart, so
 * detection says when the data allows both and the learner chooses.
 */

export const DATE_FORMATS = ['iso', 'yyyymmdd', 'dmy', 'mdy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** How the format picker names each format, with an example of 5 March 2024. */
export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  iso: 'Year-month-day (2024-03-05)',
  yyyymmdd: 'yyyymmdd (20240305)',
  dmy: 'Day/month/year (05/03/2024)',
  mdy: 'Month/day/year (03/05/2024)',
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
const DAY_MS = 86_400_000;

const isoPattern = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const compactPattern = /^(\d{4})(\d{2})(\d{2})$/;
const slashPattern = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[T ][\d:.]+(?:\s?[AaPp][Mm])?)?$/;

/** Whole days since 1970-01-01 for a calendar date, or `undefined` when the date does not exist. */
function calendarDay(year: number, month: number, day: number): number | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  // 31 February rolls over into March: refuse it.
  if (new Date(time).getUTCDate() !== day) return undefined;
  return Math.round(time / DAY_MS);
}

/** A two-digit year: 00–69 are 2000–2069, 70–99 are 1970–1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** The day number of `text` read in `format`, or `undefined` when it is not a date in that format. */
export function parseDay(text: string, format: DateFormat): number | undefined {
  const value = text.trim();
  if (format === 'iso') {
    const m = isoPattern.exec(value);
    return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  }
  if (format === 'yyyymmdd') {
    const m = compactPattern.exec(value);
    return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  }
  const m = slashPattern.exec(value);
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const year = fullYear(m[3] ?? '');
  return format === 'dmy' ? calendarDay(year, second, first) : calendarDay(year, first, second);
}

/** The calendar date of a day number, as `yyyy-mm-dd`. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface DateDetection {
  /** The format to use: the one that reads the most samples, `preferred` among equals. */
  format: DateFormat | undefined;
  /** Every format that reads as many samples as the chosen one (two when day and month are ambiguous). */
  candidates: DateFormat[];
  /** Share of the non-empty samples the chosen format reads, 0–1. */
  share: number;
}

/**
 * Which format reads these sample values. `preferMonthFirst` settles day/month ambiguity (a US
 * locale writes month first); the learner can always override.
 */
export function detectDateFormat(samples: readonly string[], preferMonthFirst = false): DateDetection {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return { format: undefined, candidates: [], share: 0 };
  const order: DateFormat[] = preferMonthFirst ? ['iso', 'yyyymmdd', 'mdy', 'dmy'] : ['iso', 'yyyymmdd', 'dmy', 'mdy'];
  let best = 0;
  const counts = new Map<DateFormat, number>();
  for (const format of order) {
    const read = values.filter((v) => parseDay(v, format) !== undefined).length;
    counts.set(format, read);
    best = Math.max(best, read);
  }
  if (best === 0) return { format: undefined, candidates: [], share: 0 };
  const candidates = order.filter((f) => counts.get(f) === best);
  return { format: candidates[0], candidates, share: best / values.length };
}
