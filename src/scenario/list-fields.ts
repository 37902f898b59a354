/**
 * List fields for scenario links: several values of one kind, written comma-separated
 * (`tc=2000,8000,20000`). Kept apart from `fields.ts` so labs without lists do not load them.
 *
 * Pure: no DOM, no stores. Reading never throws.
 */
import * as v from 'valibot';
import { numberField, textField, type Field, type NumberOptions, type ReadResult, type TextOptions } from './fields';

export interface ListOptions {
  /** Fewest items a valid list holds. */
  minItems: number;
  /** Most items; a longer list in a link keeps its first `maxItems`, with a note. */
  maxItems: number;
  /** What the items are, plural, for messages: "tiers". */
  items: string;
}

/**
 * A list, written comma-separated (`tc=2000,8000,20000`): each item is read by `item` and the
 * first unusable item makes the whole list unusable (a list is one field). A list longer than
 * `maxItems` keeps its first items, with a note.
 */
function listField<T>(
  options: { key: string; label: string; default: T[] } & ListOptions,
  item: { schema: v.GenericSchema<T>; write: (value: T) => string; read: (raw: string) => ReadResult<T> },
): Field<T[]> {
  const { minItems, maxItems, label, items } = options;
  return {
    key: options.key,
    label,
    default: options.default,
    schema: v.pipe(
      v.array(item.schema),
      v.minLength(minItems, `${label} must have at least ${minItems} ${items}`),
      v.maxLength(maxItems, `${label} must have at most ${maxItems} ${items}`),
    ),
    write: (values) => values.map(item.write).join(','),
    read: (raw) => {
      const parts = raw.split(',');
      // An empty value is a list of one empty item: a tier may have no name yet.
      if (parts.length < minItems) {
        return { ok: false, reason: `needs at least ${minItems} ${items}` };
      }
      const kept = parts.slice(0, maxItems);
      const values: T[] = [];
      const notes: string[] = [];
      for (const [index, part] of kept.entries()) {
        const result = item.read(part);
        if (!result.ok) return { ok: false, reason: `item ${index + 1}: ${result.reason}` };
        values.push(result.value);
        if (result.note) notes.push(`had an item (number ${index + 1}) that ${result.note}`);
      }
      if (parts.length > maxItems) notes.unshift(`had ${parts.length} ${items}; the lab keeps the first ${maxItems}`);
      return notes.length > 0 ? { ok: true, value: values, note: notes.join('; ') } : { ok: true, value: values };
    },
  };
}

/** A list of numbers within [min, max], each kept to `decimals` decimals. */
export function numberListField(
  options: Omit<NumberOptions, 'default'> & ListOptions & { default: number[] },
): Field<number[]> {
  const one = numberField({ ...options, default: options.default[0] ?? options.min });
  return listField(options, one);
}

// In a text list a comma separates items, so a comma (and the percent sign that escapes it) inside
// an item is written as %2C (and %25).
const escapeItem = (text: string): string => text.replace(/[%,]/g, (c) => (c === '%' ? '%25' : '%2C'));
const unescapeItem = (text: string): string =>
  text.replace(/%(2C|25)/gi, (_, code: string) => (code === '25' ? '%' : ','));

/** A list of short texts (names), each cleaned and capped like `textField`. */
export function textListField(
  options: Omit<TextOptions, 'default'> & ListOptions & { default: string[] },
): Field<string[]> {
  const one = textField({ ...options, default: options.default[0] ?? '' });
  return listField(options, {
    schema: one.schema,
    write: (value) => escapeItem(value),
    read: (raw) => one.read(unescapeItem(raw)),
  });
}
