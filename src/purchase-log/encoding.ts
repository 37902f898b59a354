/**
 * Which text encoding a purchase log is in. Kept apart from the streaming reader so the lab's page
 * can name the encoding without loading the CSV parser, which only its worker needs.
 */

/** Text encodings the reader recognises; anything that is not valid UTF-8 is read as Windows-1252. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How the read summary names an encoding other than UTF-8. */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Latin-1)',
};

/**
 * The encoding of a file from its first bytes: a byte-order mark says it outright; UTF-16 without
 * one shows as a zero byte beside most ASCII characters; otherwise UTF-8 if the bytes are valid
 * UTF-8 (plain ASCII is), else Windows-1252, the superset of Latin-1 that older spreadsheet exports
 * on Windows write.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(512, Math.floor(bytes.length / 2));
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (pairs >= 2 && zeroOdd >= pairs * 0.4 && zeroEven === 0) return 'utf-16le';
  if (pairs >= 2 && zeroEven >= pairs * 0.4 && zeroOdd === 0) return 'utf-16be';
  try {
    // `stream: true` lets the sample end inside a character without counting as invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
