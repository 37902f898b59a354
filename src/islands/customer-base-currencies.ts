/**
 * The course's currencies (`scenario/currency.ts`), listed here rather than imported: that module
 * carries the scenario codec, and sharing it with the customer-base lab regroups every lab's chunks
 * (about 0.7 kB each). A unit test keeps the two lists equal.
 */
import type { Currency } from '../scenario/currency';

export const CUSTOMER_BASE_CURRENCIES: readonly Currency[] = ['USD', 'EUR', 'GBP', 'PLN', 'JPY', 'INR'];

/** "US Dollar", in the learner's language. */
export function currencyName(code: Currency): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
