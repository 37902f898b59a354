/**
 * Currencies a lab with money offers (DESIGN.md, "Money and numbers"): stored in a scenario under
 * the key `cur` (`currencyField` in `fields.ts`). Calculations are currency-free; the currency only
 * changes how amounts are shown. Plain data, so a page can list currencies without the codec.
 */

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'PLN', 'JPY', 'INR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Each currency's name, for the picker. */
export const CURRENCY_NAMES: Record<Currency, string> = {
  USD: 'US dollar',
  EUR: 'Euro',
  GBP: 'Pound sterling',
  PLN: 'Polish złoty',
  JPY: 'Japanese yen',
  INR: 'Indian rupee',
};

/** One unit of each currency, for sentences: "the next dollar", "per euro". */
export const CURRENCY_UNITS: Record<Currency, string> = {
  USD: 'dollar',
  EUR: 'euro',
  GBP: 'pound',
  PLN: 'złoty',
  JPY: 'yen',
  INR: 'rupee',
};

/** Whether a value read from a form is one of the labs' currencies. */
export function isCurrency(value: string): value is Currency {
  return CURRENCIES.some((c) => c === value);
}
