/**
 * How a record the learner keeps on this device (the self-audit, the threat walk-through, the plan)
 * is read and checked, declared once per record with `recordFormat`. Pure, so lesson 9's worker can
 * check an imported file with the same rules the page's stores read storage with
 * (`src/stores/local-record.ts` adds the store):
 *
 * - `parse` reads stored text leniently, keeping what can be used and dropping the rest, so old or
 *   damaged data never breaks a page;
 * - `problem` checks a value from an imported file strictly and says, in the learner's words, what
 *   is wrong with it, so a bad file is refused rather than half-applied.
 */

export interface RecordSpec<T extends { v: number }> {
  /** The localStorage key (`valued:<name>`). */
  key: string;
  /** The format version this code writes. */
  version: T['v'];
  /** The record as an import message names it: "the self-audit". */
  what: string;
  empty: () => T;
  /** Reads whatever can be used from a stored object (already known to be a plain object). */
  read: (data: Record<string, unknown>) => T;
  /** Why an imported object is not an acceptable record, in plain words; `undefined` when it is. */
  check: (data: Record<string, unknown>) => string | undefined;
}

export interface RecordFormat<T extends { v: number }> extends RecordSpec<T> {
  parse: (raw: string | undefined | null) => T;
  serialize: (value: T) => string;
  /** Why an imported value cannot be used, or `undefined` when it can. */
  problem: (value: unknown) => string | undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A map with no prototype, so no stored key can reach `Object.prototype`. */
export function bareMap<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

export function recordFormat<T extends { v: number }>(spec: RecordSpec<T>): RecordFormat<T> {
  const parse = (raw: string | undefined | null): T => {
    if (typeof raw !== 'string' || raw.length === 0) return spec.empty();
    try {
      const data: unknown = JSON.parse(raw);
      return isRecord(data) ? spec.read(data) : spec.empty();
    } catch {
      return spec.empty();
    }
  };
  const serialize = (value: T): string => JSON.stringify(value);
  const problem = (value: unknown): string | undefined => {
    if (!isRecord(value)) return `The file’s entry for ${spec.what} is not a set of named values.`;
    if (value['v'] !== spec.version) {
      return typeof value['v'] === 'number' && value['v'] > spec.version
        ? `The file’s entry for ${spec.what} was made by a newer version of the course; open it there and export again, or update this page.`
        : `The file’s entry for ${spec.what} has no format version this page reads (expected ${String(spec.version)}).`;
    }
    return spec.check(value);
  };
  return { ...spec, parse, serialize, problem };
}
