/**
 * The course's currencies (`scenario/currency.ts`), listed here rather than imported: that module
 * carries the scenario codec, and sharing it with the customer-base lab regroups every lab's chunks
 * (about 0.7 kB each). A unit test keeps the two lists equal.
 */
import type { Currency } from '../scenario/currency';

export const CUSTOMER_BASE_CURRENCIES: readonly Currency[] = ['USD', 'EUR', 'GBP', 'PLN', 'JPY', 'INR'];

let names: Intl.DisplayNames | undefined;

/** "US Dollar", in the learner's language. */
export function currencyName(code: Currency): string {
  try {
    // Made once: building the display names costs more than a lab re-render should.
    names ??= new Intl.DisplayNames(undefined, { type: 'currency' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
