/**
 * Field types for scenario links. A field knows its short key in the link, its default, its
 * Valibot schema (what a valid value is), how to write a value into a link and how to read one back,
 * with a plain-language reason when it cannot.
 *
 * Pure: no DOM, no stores. Reading never throws.
 */
import * as v from 'valibot';
import { truncateText } from '../course/text';
import { CURRENCIES, type Currency } from './currency';

export { truncateText } from '../course/text';

/** The outcome of reading one value from a link. */
export type ReadResult<T> = { ok: true; value: T; note?: string } | { ok: false; reason: string };

export interface Field<T> {
  /** Short, readable key in the link (`pq`, `cur`). Lowercase letters and digits. */
  key: string;
  /** What the learner calls this field, for messages: "your price". */
  label: string;
  /** The value used when the link lacks this field or its value cannot be used. */
  default: T;
  /** What a valid value is. */
  schema: v.GenericSchema<T>;
  /**
   * The value as it appears in a link (before percent-encoding). Declared as a method so a
   * `Field<number>` can stand in a list of `Field<unknown>` (method parameters are bivariant).
   */
  write(value: T): string;
  /** Reads a percent-decoded value from a link. */
  read: (raw: string) => ReadResult<T>;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Formats a number for a link: no trailing zeros, at most `decimals` decimals. (`String` writes an
 * exponent from 1e21 up; no field's range reaches that yet, and `parseNumberText` reads exponents.)
 */
function formatNumber(value: number, decimals: number): string {
  return String(roundTo(value, decimals));
}

/**
 * Reads a number typed by a person or carried in a link: digits with an optional decimal point
 * (a decimal comma is accepted too) and exponent; no hex, no `Infinity`. Rounds to `decimals`.
 * The reason, when it fails, completes a sentence: "“abc” is not a number".
 */
export function parseNumberText(
  raw: string,
  limits: { min: number; max: number; decimals: number },
): ReadResult<number> {
  const { min, max, decimals } = limits;
  // A true minus sign (−), as the labs print negative numbers, reads as a hyphen-minus.
  const text = raw.trim().replace(/^\u2212/, '-');
  if (text === '') return { ok: false, reason: 'was empty' };
  // A decimal comma ("7,5", or "7," while typing) reads like a point; "1,000" is not a thousand here.
  const normalised = /^[+-]?\d*,\d*$/.test(text) && /\d/.test(text) ? text.replace(',', '.') : text;
  if (!NUMBER.test(normalised)) return { ok: false, reason: `“${clip(text)}” is not a number` };
  const parsed = Number(normalised);
  if (!Number.isFinite(parsed)) return { ok: false, reason: `“${clip(text)}” is too large to use` };
  if (decimals === 0 && !Number.isInteger(parsed)) {
    return { ok: false, reason: `“${clip(text)}” is not a whole number` };
  }
  const value = roundTo(parsed, decimals);
  if (value < min) return { ok: false, reason: `${clip(text)} is below the minimum of ${min}` };
  if (value > max) return { ok: false, reason: `${clip(text)} is above the maximum of ${max}` };
  return { ok: true, value };
}

/** The decimal separator of a locale ("." in en, "," in de, pl, fr), for `parseTypedNumber`. */
export function decimalSeparator(locale?: string): string {
  // Making a NumberFormat is slow, and a lab asks on every keystroke and slider step.
  const key = locale ?? '';
  let found = separators.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    separators.set(key, found);
  }
  return found;
}
const separators = new Map<string, string>();

// Spaces (plain, no-break, narrow no-break), apostrophes and underscores only ever group digits.
const GROUP_ONLY = /(?<=\d)[\s\u00a0\u202f'’_](?=\d)/g;

/**
 * Reads an amount typed by a person, who may group thousands as their locale does: "20,000",
 * "20.000", "20 000", "1,234.50", "1.234,50", "1'000". What `parseNumberText` reads is read the same,
 * except where a lone "," or "." is followed by exactly three digits ("1,500"): that is a thousands
 * separator unless it is the locale's decimal separator (`decimal`), so "1,500" is 1500 in London and
 * 1.5 in Warsaw, as people there would mean it. Money typed as "20,000" must never become 20.
 */
export function parseTypedNumber(
  raw: string,
  limits: { min: number; max: number; decimals: number },
  decimal: string = decimalSeparator(),
): ReadResult<number> {
  let text = raw.trim().replace(GROUP_ONLY, '');
  const commas = (text.match(/,/g) ?? []).length;
  const points = (text.match(/\./g) ?? []).length;
  const grouped = (separator: string): boolean => {
    const g = `\\${separator}`;
    const fraction = `(?:[${separator === ',' ? '.' : ','}]\\d*)?`;
    // Western grouping (1,000,000) or Indian (10,00,000: pairs of digits, then the last three).
    return new RegExp(`^[+-]?(?:\\d{1,3}(?:${g}\\d{3})+|\\d{1,2}(?:${g}\\d{2})+${g}\\d{3})${fraction}$`).test(text);
  };
  if (commas > 0 && points > 0) {
    // Both: the one that comes last is the decimal separator, the other groups thousands.
    const group = text.lastIndexOf(',') > text.lastIndexOf('.') ? '.' : ',';
    if (grouped(group)) text = text.split(group).join('').replace(',', '.');
  } else if (commas + points > 1) {
    const group = commas > 0 ? ',' : '.';
    if (grouped(group)) text = text.split(group).join('');
  } else if (commas + points === 1) {
    const separator = commas > 0 ? ',' : '.';
    if (separator !== decimal) {
      // Not this locale's decimal separator, so it groups thousands and must be followed by three
      // digits. A lone comma that is not ("20,00" where decimals take a point) is a slip for 20,000 or
      // 20.00, and guessing would be wrong half the time; a lone point ("7.25") can only be a decimal.
      if (!grouped(separator) && separator === ',') {
        return {
          ok: false,
          reason: `“${text}” has a “${separator}” in an odd place: write thousands as 20${separator}000 and decimals with “${decimal}”`,
        };
      }
      if (grouped(separator)) text = text.replace(separator, '');
    }
  }
  return parseNumberText(text === '' ? raw : text, limits);
}

/** A number field's limits: the range and how many decimals it keeps. */
export interface NumberLimits {
  min: number;
  max: number;
  /** Decimals kept; 0 makes it a whole number. */
  decimals: number;
}

/**
 * Why a lab's action refuses a number for a field with these limits, or `undefined` when it fits:
 * the same rule as the field's schema (finite, within the range, no more decimals than it keeps), so
 * a value an action accepts is always one a link can carry.
 */
export function numberProblem(limits: NumberLimits, value: number): string | undefined {
  const { min, max, decimals } = limits;
  if (Number.isFinite(value) && value >= min && value <= max && roundTo(value, decimals) === value) return undefined;
  return `Enter ${decimals === 0 ? 'a whole number' : 'a number'} from ${formatNumber(min, decimals)} to ${formatNumber(max, decimals)}.`;
}

export interface NumberOptions {
  key: string;
  label: string;
  default: number;
  min: number;
  max: number;
  /** Decimals kept; values are rounded to this precision when read. 0 makes it a whole number. */
  decimals: number;
}

/** A number within [min, max], kept to `decimals` decimal places. */
export function numberField(options: NumberOptions): Field<number> {
  const { min, max, decimals, label } = options;
  const schema = v.pipe(
    v.number(),
    v.finite(`${label} must be a finite number`),
    v.minValue(min, `${label} must be at least ${min}`),
    v.maxValue(max, `${label} must be at most ${max}`),
    v.check((n) => roundTo(n, decimals) === n, `${label} must have at most ${decimals} decimals`),
  );
  return {
    key: options.key,
    label,
    default: options.default,
    schema,
    write: (value) => formatNumber(value, decimals),
    read: (raw) => parseNumberText(raw, { min, max, decimals }),
  };
}

export interface ChoiceOptions<T extends string> {
  key: string;
  label: string;
  default: T;
  options: readonly T[];
}

/** One of a fixed list of values (e.g. a currency code). */
export function choiceField<T extends string>(options: ChoiceOptions<T>): Field<T> {
  const allowed = options.options;
  return {
    key: options.key,
    label: options.label,
    default: options.default,
    schema: v.picklist(allowed, `${options.label} must be one of ${allowed.join(', ')}`),
    write: (value) => value,
    read: (raw) => {
      const found = allowed.find((option) => option === raw.trim());
      return found === undefined
        ? { ok: false, reason: `“${clip(raw)}” is not one of ${allowed.join(', ')}` }
        : { ok: true, value: found };
    },
  };
}

export interface TextOptions {
  key: string;
  label: string;
  default: string;
  maxLength: number;
}

// Control characters have no business in a name and can disguise text; they are dropped. So are
// the invisible marks that reorder text (bidirectional overrides and isolates): from a link, one
// could make the figures in a sentence read backwards.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text as a text field stores it: control characters removed, trimmed, capped at `maxLength`. */
export function cleanText(raw: string, maxLength: number): string {
  return truncateText(raw.replace(CONTROL, '').trim(), maxLength).trim();
}

/**
 * Free text, such as a team or competitor name: capped at `maxLength` characters, control
 * characters removed. It is only ever rendered as text, never as HTML.
 */
export function textField(options: TextOptions): Field<string> {
  const { maxLength, label } = options;
  return {
    key: options.key,
    label,
    default: options.default,
    schema: v.pipe(
      v.string(),
      v.maxLength(maxLength, `${label} must be at most ${maxLength} characters`),
      v.check((s) => !new RegExp(CONTROL.source).test(s), `${label} must not contain control characters`),
      v.check((s) => s === s.trim(), `${label} must not start or end with spaces`),
    ),
    write: (value) => value,
    read: (raw) => {
      const cleaned = raw.replace(CONTROL, '').trim();
      if (cleaned.length > maxLength) {
        return {
          ok: true,
          value: cleanText(cleaned, maxLength),
          note: `was longer than ${maxLength} characters and was shortened`,
        };
      }
      return { ok: true, value: cleaned };
    },
  };
}

/** Shortens text quoted back to the learner in a message. */
function clip(text: string): string {
  return text.length > 24 ? `${truncateText(text, 24)}…` : text;
}

/** The `cur` field of a scenario link (DESIGN.md, "Money and numbers"). */
export function currencyField(defaultCurrency: Currency = 'USD'): Field<Currency> {
  return choiceField({ key: 'cur', label: 'the currency', default: defaultCurrency, options: CURRENCIES });
}
