/**
 * Numbers as the customer-base lab shows them, following `course/format.ts` (the learner's
 * locale, Latin digits, a true minus sign). The lab keeps its own copy of these few formatters:
 * importing that module, which every other lab shares, regroups their chunks and costs each of them
 * about 0.2 kB of its 25 kB budget. A unit test checks that both give the same text.
 */
const cache = new Map<string, Intl.NumberFormat>();

function format(key: string, options: Intl.NumberFormatOptions, value: number, locale?: string): string {
  const id = `${locale ?? ''}|${key}`;
  let found = cache.get(id);
  if (!found) {
    found = new Intl.NumberFormat(locale, { numberingSystem: 'latn', ...options });
    cache.set(id, found);
  }
  return found.format(value + 0).replace(/-/g, '\u2212');
}

/** "1,500", "1.64". */
export function number(value: number, maximumFractionDigits = 2, locale?: string): string {
  return format(`n${String(maximumFractionDigits)}`, { maximumFractionDigits }, value, locale);
}

/** 0.404 → "40.4%". */
export function percent(fraction: number, locale?: string): string {
  return format('p', { style: 'percent', maximumFractionDigits: 1 }, fraction, locale);
}

/** "$20,000" for whole amounts, "$52.44" otherwise. */
export function money(value: number, currency: string, locale?: string): string {
  const whole = Number.isInteger(Math.round(value * 100) / 100);
  const digits = whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {};
  return format(`m${currency}${String(whole)}`, { style: 'currency', currency, ...digits }, value, locale);
}

/** Rounded to whole units: "$20,976". */
export function moneyRounded(value: number, currency: string, locale?: string): string {
  const options = { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 } as const;
  return format(`r${currency}`, options, Math.round(value), locale);
}

/**
 * For a table's column, where figures are read against each other: always `digits` decimals, so
 * "0.70" sits above "0.52" rather than "0.7".
 */
export function fixedNumber(value: number, digits: number, locale?: string): string {
  return format(`f${String(digits)}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }, value, locale);
}

/** For a table's column: one decimal always, "96.0%" above "94.6%". */
export function fixedPercent(fraction: number, locale?: string): string {
  return format('fp', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }, fraction, locale);
}

/** For a table's column: the currency's minor units always, "$33.00" above "$30.33". */
export function moneyInColumn(value: number, currency: string, locale?: string): string {
  return format(`c${currency}`, { style: 'currency', currency }, value, locale);
}
