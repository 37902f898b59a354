/** Small text helpers for sentences the course builds from parts. */

/** The text with its first letter in upper case, for a name or phrase that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The longest start of `text` that is at most `maxLength` UTF-16 units long (as `maxlength` and
 * `String.length` count), cut between whole characters so no emoji or accent is split.
 */
export function truncateText(text: string, maxLength: number): string {
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > maxLength) break;
    out += segment;
  }
  return out;
}

/** Control characters other than line breaks and tabs, and bidi controls (as `CONTROL` in `src/scenario/fields.ts` drops them from names). */
// eslint-disable-next-line no-control-regex
const NOTE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Longer free text as the learner types it, such as a commitment in their plan: line breaks kept
 * (as `\n`), other control characters removed, capped at `maxLength`; not trimmed, so typing a
 * space before the next word works.
 */
export function cleanNote(raw: string, maxLength: number): string {
  return truncateText(raw.replace(/\r\n?/g, '\n').replace(NOTE_CONTROL, ''), maxLength);
}

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
