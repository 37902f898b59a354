/**
 * Numbers as the labs show them, in the learner's locale (DESIGN.md, "Money and numbers"): money
 * in the scenario's currency, percentages, ROI with its sign, and percentage points. Formatters are
 * made once per locale and currency, since a lab formats dozens of numbers per slider step.
 *
 * `locale` is undefined in the browser (the learner's own) and fixed in tests.
 */
const cache = new Map<string, Intl.NumberFormat>();

/** A true minus sign (−) for text people read; number fields keep the hyphen they parse. */
function minus(text: string): string {
  return text.replace(/-/g, '\u2212');
}

function formatter(key: string, locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale ?? ''}|${key}`;
  let found = cache.get(id);
  if (!found) {
    // Latin digits, so a number the lab shows is one its fields read back.
    found = new Intl.NumberFormat(locale, { numberingSystem: 'latn', ...options });
    cache.set(id, found);
  }
  return found;
}

/** "$20,000" for whole amounts, "$52.44" otherwise; yen have no minor unit. */
export function formatMoney(value: number, currency: string, locale?: string): string {
  const whole = Number.isInteger(Math.round(value * 100) / 100);
  return minus(
    formatter(`money-${currency}-${whole ? 'whole' : 'cents'}`, locale, {
      style: 'currency',
      currency,
      ...(whole ? { maximumFractionDigits: 0, minimumFractionDigits: 0 } : {}),
    }).format(value + 0),
  );
}

/** Amounts rounded to whole units: "$20,976". For totals where cents are noise. */
export function formatMoneyRounded(value: number, currency: string, locale?: string): string {
  return minus(
    formatter(`money-${currency}-round`, locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    }).format(Math.round(value) + 0),
  );
}

/** A compact amount for chart axes: "$21K", "zł 1.2 mln". */
export function formatMoneyCompact(value: number, currency: string, locale?: string): string {
  return minus(
    formatter(`money-${currency}-compact`, locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(value + 0),
  );
}

/** A share, from a fraction: 0.404 → "40.4%". */
export function formatPercent(fraction: number, locale?: string): string {
  return minus(formatter('percent', locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction + 0));
}

/** An ROI, from a fraction, with its sign: 0.049 → "+4.9%", −0.36 → "−36%" (a true minus). */
export function formatRoi(fraction: number, locale?: string): string {
  // Rounded first, so a tiny negative ROI shows "0%" rather than "−0%".
  const shown = Math.round(fraction * 1000) / 1000 + 0;
  return minus(
    formatter('roi', locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(shown),
  );
}

/** A difference of two percentages, from a fraction: 0.409 → "+40.9 points". */
export function formatPoints(fraction: number, locale?: string): string {
  const points = Math.round(fraction * 1000) / 10 + 0;
  const text = formatter('points', locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points);
  return `${minus(text)} ${Math.abs(points) === 1 ? 'point' : 'points'}`;
}

/** A plain number for sentences: "1,500", "1.64". */
export function formatNumber(value: number, maximumFractionDigits = 2, locale?: string): string {
  return minus(formatter(`number-${maximumFractionDigits}`, locale, { maximumFractionDigits }).format(value + 0));
}

/** A whole count and its noun, for sentences: "1 row", "2,357 customers". */
export function formatCount(n: number, one: string, many: string, locale?: string): string {
  return `${formatNumber(n, 0, locale)} ${n === 1 ? one : many}`;
}

/** A number as a lab's text field shows it and reads it back: grouped, Latin digits ("20,000.5"). */
export function formatFieldNumber(value: number, decimals: number, locale?: string): string {
  return formatter(`field-${decimals}`, locale, { maximumFractionDigits: decimals }).format(value + 0);
}

/** The symbol a currency is written with in the learner's locale: "$", "€", "zł". */
export function currencySymbol(currency: string, locale?: string): string {
  return (
    formatter(`symbol-${currency}`, locale, { style: 'currency', currency })
      .formatToParts(0)
      .find((p) => p.type === 'currency')?.value ?? currency
  );
}

/**
 * For a table's column, where figures are read against each other: always `digits` decimals, so
 * "0.70" sits above "0.52" rather than "0.7".
 */
export function formatFixedNumber(value: number, digits: number, locale?: string): string {
  return minus(
    formatter(`fixed-${digits}`, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
      value + 0,
    ),
  );
}

/** For a table's column: one decimal always, "96.0%" above "94.6%". */
export function formatFixedPercent(fraction: number, locale?: string): string {
  return minus(
    formatter('fixed-percent', locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      fraction + 0,
    ),
  );
}

/** For a table's column: the currency's minor units always, "$33.00" above "$30.33"; yen keep none. */
export function formatMoneyInColumn(value: number, currency: string, locale?: string): string {
  return minus(formatter(`money-${currency}-column`, locale, { style: 'currency', currency }).format(value + 0));
}

/** "45 min", "1 h", "1 h 20 min": a duration for people, from whole minutes. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
