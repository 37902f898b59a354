/**
 * Money amounts as exports write them: `1234.56`, `$1,234.56`, `1.234,56 €`, `PLN 1 234,56`,
 * `(12.00)` or `-12.00` for a refund. The decimal separator is decided once per column, from the
 * values themselves, because `1,234` means a thousand and more in one country and a little over one
 * in another.
 */

export type DecimalSeparator = '.' | ',';

/** Currency symbols, codes and signs that may surround a number. */
const affix = /^(?:\p{Sc}|[A-Z]{3}|zł|kr|Fr\.?|R\$)/u;
const affixEnd = /(?:\p{Sc}|[A-Z]{3}|zł|kr|Fr\.?)$/u;
const grouping = /[\s\u00a0\u202f'’]/g;

/**
 * The amount `text` stands for, or `undefined` when it is not an amount. Negative for `-12`, `−12`,
 * `12-` and `(12)`.
 */
const plain = /^\d+(?:\.\d+)?$/;

export function parseAmount(text: string, decimal: DecimalSeparator): number | undefined {
  // Most exports write plain numbers: read them without the general rules.
  if (decimal === '.' && plain.test(text)) return Number(text);
  let value = text.trim();
  if (value === '') return undefined;
  let negative = false;
  if (value.startsWith('(') && value.endsWith(')')) {
    negative = true;
    value = value.slice(1, -1).trim();
  }
  if (/^[-−]/.test(value)) {
    negative = !negative;
    value = value.slice(1).trim();
  } else if (value.startsWith('+')) {
    value = value.slice(1).trim();
  }
  value = value.replace(affix, '').trim();
  if (/^[-−]/.test(value)) {
    // "$-12.00"
    negative = !negative;
    value = value.slice(1).trim();
  }
  if (value.endsWith('-')) {
    negative = !negative;
    value = value.slice(0, -1).trim();
  }
  value = value.replace(affixEnd, '').trim();
  value = value.replace(grouping, '');
  if (decimal === ',') value = value.replace(/\./g, '').replace(',', '.');
  else value = value.replace(/,/g, '');
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)) return undefined;
  const amount = Number(value);
  if (!Number.isFinite(amount)) return undefined;
  return negative && amount !== 0 ? -amount : amount;
}

/**
 * The decimal separator these sample values use. A comma followed by one or two final digits
 * (`12,5`, `1.234,56`) means a decimal comma; otherwise the point is the decimal mark.
 */
export function detectDecimalSeparator(samples: readonly string[]): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const sample of samples) {
    const digits = sample.replace(/[^\d.,]/g, '');
    const last = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
    if (last < 0) continue;
    const after = digits.length - last - 1;
    const mark = digits[last];
    const both = digits.includes(',') && digits.includes('.');
    if (mark === ',' && (after !== 3 || both)) comma++;
    else if (mark === '.' && (after !== 3 || both)) point++;
    else if (mark === '.' && /\..*\./.test(digits)) comma++; // 1.234.567: points group thousands
  }
  return comma > point ? ',' : '.';
}

/** Currency signs and the ISO 4217 code each stands for; `$` is taken as US dollars. */
const CURRENCY_SIGNS: [RegExp, string][] = [
  [/€|\bEUR\b/, 'EUR'],
  [/£|\bGBP\b/, 'GBP'],
  [/zł|\bPLN\b/i, 'PLN'],
  [/[¥￥]|\bJPY\b/, 'JPY'],
  [/₹|\bINR\b|\bRs\.?(?=\s?\d)/, 'INR'],
  [/\bUSD\b|US\$|(?<![A-Z])\$/, 'USD'],
];

/**
 * The currency most of these sample values (or a column name such as "Total (€)") are written in,
 * or `undefined` when none carries a sign or code. Only what the values say: no locale guessing.
 */
export function detectCurrency(samples: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const sample of samples) {
    for (const [sign, code] of CURRENCY_SIGNS) {
      if (sign.test(sample)) {
        counts.set(code, (counts.get(code) ?? 0) + 1);
        break;
      }
    }
  }
  let best: string | undefined;
  for (const [code, count] of counts) if (count > (best === undefined ? 0 : (counts.get(best) ?? 0))) best = code;
  return best;
}
