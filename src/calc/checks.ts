/**
 * Input checks shared by the calculation modules, so every module rejects bad input the same way
 * and names the field in the same words.
 */

/** Shows a rejected input the way a learner would recognise it, whatever type actually arrived. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  return typeof value;
}

/**
 * Throws `RangeError` "`field` must be `what` (got …)" unless `value` is a finite number passing `ok`.
 * `typeof` as well as the range: a form field read without conversion arrives as a string, and
 * "5" >= 0 would otherwise pass.
 */
export function checkNumber(value: unknown, field: string, what: string, ok: (n: number) => boolean): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new RangeError(`${field} must be ${what} (got ${describeValue(value)})`);
  }
}
