/**
 * How the labs show and read each kind of number, for one currency: the text a number field holds
 * (grouped as the learner's locale writes it, and read back the same way), how a sentence says the
 * number, and the unit beside the field. Made once per currency, so the inputs' props stay the same
 * between renders.
 */
import { currencySymbol, formatFieldNumber, formatMoney, formatNumber } from '../course/format';

/** Money in the scenario's currency, a count, a percentage, points, years or a rate. */
export type Kind = 'money' | 'count' | 'percent' | 'points' | 'years' | 'rate';

export interface KindFormat {
  format: (value: number) => string;
  describe: (value: number) => string;
  prefix?: string;
  suffix?: string;
  noun: string;
}

const byCurrency = new Map<string, Record<Kind, (decimals: number) => KindFormat>>();

/** How each kind of number is shown, for one currency: the same functions every time it is asked. */
export function kindFormats(currency: string): Record<Kind, (decimals: number) => KindFormat> {
  let found = byCurrency.get(currency);
  if (!found) {
    found = makeKindFormats(currency);
    byCurrency.set(currency, found);
  }
  return found;
}

function makeKindFormats(currency: string): Record<Kind, (decimals: number) => KindFormat> {
  const symbol = currencySymbol(currency);
  const cache = new Map<string, KindFormat>();
  const cached = (id: string, make: () => KindFormat): KindFormat => {
    let found = cache.get(id);
    if (!found) {
      found = make();
      cache.set(id, found);
    }
    return found;
  };
  const field = (decimals: number) => (value: number) => formatFieldNumber(value, decimals);
  return {
    money: (d) =>
      cached(`money${d}`, () => ({
        format: field(d),
        describe: (v) => formatMoney(v, currency),
        prefix: symbol,
        noun: 'an amount',
      })),
    count: (d) =>
      cached(`count${d}`, () => ({ format: field(d), describe: (v) => formatNumber(v, d), noun: 'a number' })),
    rate: (d) =>
      cached(`rate${d}`, () => ({ format: field(d), describe: (v) => formatNumber(v, d), noun: 'a number' })),
    percent: (d) =>
      cached(`percent${d}`, () => ({
        format: field(d),
        describe: (v) => `${formatNumber(v, d)}%`,
        suffix: '%',
        noun: 'a percentage',
      })),
    points: (d) =>
      cached(`points${d}`, () => ({
        format: field(d),
        describe: (v) => `${formatNumber(v, d)} points`,
        suffix: 'points',
        noun: 'a number of points',
      })),
    years: (d) =>
      cached(`years${d}`, () => ({
        format: field(d),
        describe: (v) => `${formatNumber(v, d)} ${v === 1 ? 'year' : 'years'}`,
        suffix: 'years',
        noun: 'a number of years',
      })),
  };
}
