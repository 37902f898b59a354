/**
 * The customer-base lab's settings as the learner types them (calibration end, horizon, discount
 * rate, margin), checked field by field and turned into what the worker's analysis takes. Pure, so
 * the rules are tested without a browser; the lab shows each problem beside its field.
 */
import { formatNumber } from '../../course/format';
import { dayNumber } from './summary';

/** The settings as typed: text, so a half-typed value is kept while it is wrong. */
export interface LabSettings {
  /** yyyy-mm-dd; empty until a file is read (then its last date). */
  calibrationEnd: string;
  horizonYears: string;
  discountPercent: string;
  marginPercent: string;
}

export const START_SETTINGS: LabSettings = {
  calibrationEnd: '',
  horizonYears: '1',
  discountPercent: '10',
  marginPercent: '30',
};

/** What the analysis takes: the calibration end as a day number, the horizon in weeks, rates as fractions. */
export interface SettingsForAnalysis {
  calibrationEnd: number;
  horizonWeeks: number;
  annualDiscountRate: number;
  margin: number;
}

const WEEKS_PER_YEAR = 365.25 / 7;

/**
 * A setting's number as a person types it: "10", "10%", "10 %", "0.5" or "0,5". Exponents ("1e1"),
 * thousands separators and anything else are refused (`undefined`): a setting is a small number.
 */
export function parseSettingNumber(text: string): number | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*%?\s*$/.exec(text);
  return m ? Number((m[1] ?? '').replace(',', '.')) : undefined;
}

/** The day number of a yyyy-mm-dd date that exists, else `undefined`. */
export function parseIsoDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const value = dayNumber(year, month, day);
  const back = new Date(value * 86_400_000);
  return back.getUTCFullYear() === year && back.getUTCMonth() + 1 === month && back.getUTCDate() === day
    ? value
    : undefined;
}

/** The problem with each field, in words for beside it; an empty object when all can be used. */
export function settingProblems(
  settings: LabSettings,
  /** The file's first and last purchase days, once it is read. */
  span: { firstDay: number; lastDay: number; first: string; last: string } | undefined,
): Partial<Record<keyof LabSettings, string>> {
  const problems: Partial<Record<keyof LabSettings, string>> = {};
  const horizon = parseSettingNumber(settings.horizonYears);
  if (horizon === undefined || horizon < 0.25 || horizon > 10) {
    problems.horizonYears = 'Enter a number of years from 0.25 to 10.';
  }
  const discount = parseSettingNumber(settings.discountPercent);
  if (discount === undefined || discount > 50) problems.discountPercent = 'Enter a yearly rate from 0% to 50%.';
  const margin = parseSettingNumber(settings.marginPercent);
  if (margin === undefined || margin <= 0 || margin > 100) {
    problems.marginPercent = 'Enter a margin above 0% and up to 100%.';
  }
  if (span) {
    const end = parseIsoDay(settings.calibrationEnd);
    if (end === undefined) problems.calibrationEnd = 'Enter a date as yyyy-mm-dd.';
    else if (end <= span.firstDay || end > span.lastDay) {
      problems.calibrationEnd = `Choose a date after ${span.first} and up to ${span.last}, the last date in the file.`;
    }
  }
  return problems;
}

/**
 * The calibration end to use with a newly read file: `wanted` (yyyy-mm-dd) while it still falls in
 * the file (after its first day, up to its last), otherwise the file's last date. A learner who
 * re-chooses a column keeps the end they set; a file that ends earlier, or starts later, moves it.
 */
export function calibrationEndWithin(
  wanted: string,
  span: { firstDay: number; lastDay: number; last: string },
): string {
  const day = parseIsoDay(wanted);
  return day !== undefined && day > span.firstDay && day <= span.lastDay ? wanted : span.last;
}

/** The settings for the analysis, or `undefined` while any field has a problem. */
export function settingsForAnalysis(settings: LabSettings): SettingsForAnalysis | undefined {
  const end = parseIsoDay(settings.calibrationEnd);
  const horizon = parseSettingNumber(settings.horizonYears);
  const discount = parseSettingNumber(settings.discountPercent);
  const margin = parseSettingNumber(settings.marginPercent);
  if (end === undefined || horizon === undefined || discount === undefined || margin === undefined) return undefined;
  if (Object.keys(settingProblems(settings, undefined)).length > 0) return undefined;
  return {
    calibrationEnd: end,
    horizonWeeks: Math.round(horizon * WEEKS_PER_YEAR * 100) / 100,
    annualDiscountRate: discount / 100,
    margin: margin / 100,
  };
}

/** A horizon in weeks as the results say it: "the next year", "the next 2 years", "the next 1.5 years". */
export function horizonInWords(weeks: number, locale?: string): string {
  const years = weeks / WEEKS_PER_YEAR;
  const rounded = Math.round(years);
  if (Math.abs(years - rounded) < 0.01) {
    return rounded === 1 ? 'the next year' : `the next ${formatNumber(rounded, 0, locale)} years`;
  }
  return `the next ${formatNumber(years, 2, locale)} years`;
}

/** Countries that pay in euros (ISO 3166 region codes). */
const EURO_AREA = new Set(
  'AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES'.split(' ').map((code) => code.toUpperCase()),
);
const BY_REGION: Record<string, string> = { US: 'USD', GB: 'GBP', PL: 'PLN', JP: 'JPY', IN: 'INR' };
const BY_LANGUAGE: Record<string, string> = {
  pl: 'PLN',
  ja: 'JPY',
  hi: 'INR',
  de: 'EUR',
  fr: 'EUR',
  it: 'EUR',
  es: 'EUR',
  nl: 'EUR',
  fi: 'EUR',
  el: 'EUR',
  sk: 'EUR',
  sl: 'EUR',
  et: 'EUR',
  lv: 'EUR',
  lt: 'EUR',
  hr: 'EUR',
};

/**
 * The currency to start with: the one the file's amounts are written in when they say, else the one
 * the learner's locale suggests (`en-GB` → GBP, `de` → EUR), else US dollars; always one of
 * `supported`.
 */
export function startingCurrency<C extends string>(
  supported: readonly C[],
  fromFile: string | undefined,
  locale: string | undefined,
): C {
  const fallback = supported[0];
  if (fallback === undefined) throw new RangeError('supported needs at least one currency');
  const pick = (code: string | undefined): C | undefined => supported.find((c) => c === code);
  const [language = '', region = ''] = (locale ?? '').split(/[-_]/);
  const fromRegion = EURO_AREA.has(region.toUpperCase()) ? 'EUR' : BY_REGION[region.toUpperCase()];
  return (
    pick(fromFile) ??
    pick(fromRegion) ??
    pick(region === '' ? BY_LANGUAGE[language.toLowerCase()] : undefined) ??
    pick('USD') ??
    fallback
  );
}
