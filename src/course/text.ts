/** Small text helpers for sentences the course builds from parts. */

/** The text with its first letter in upper case, for a name or phrase that starts a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
