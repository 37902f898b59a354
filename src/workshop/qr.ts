/**
 * QR codes as SVG text, made in the browser with no network (`uqr`: a small ESM encoder with no
 * dependencies and no DOM). The presenter view shows a lab's link with its scenario this way, so
 * participants can open it on their phones.
 *
 * Pure: text in, SVG text out. The SVG has a viewBox and no fixed size, so the page draws it as large
 * as the projector allows; modules are whole units with crisp edges, so scaling never blurs them.
 */
import { encode } from 'uqr';

/** Light margin around the code, in modules: the QR standard asks for 4 so scanners find the edges. */
export const QUIET_ZONE = 4;

/**
 * Most characters encoded. A QR code holds 2,953 bytes at most (version 40, low error correction),
 * but one that dense cannot be scanned across a room; links longer than this are refused so the
 * page can offer the link itself instead.
 */
export const MAX_QR_TEXT_LENGTH = 2000;

/** The dark modules of a QR code for `text`, row by row, without the quiet zone. */
export function qrMatrix(text: string): boolean[][] {
  if (typeof text !== 'string' || text.length === 0) throw new RangeError('text must be a non-empty text');
  if (text.length > MAX_QR_TEXT_LENGTH) {
    throw new RangeError(`text must be at most ${MAX_QR_TEXT_LENGTH} characters for a QR code (got ${text.length})`);
  }
  // Low error correction keeps the code as coarse as possible for scanning from the back of a room;
  // boostEcc raises it for free whenever the same size allows more.
  return encode(text, { ecc: 'L', boostEcc: true, border: 0 }).data;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an SVG element or attribute. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/**
 * An SVG QR code for `text`: `role="img"` with `label` as its accessible name (and a `<title>`),
 * a white quiet zone of four modules, and dark modules drawn as one path of horizontal runs. Always
 * dark on white, whatever the site's theme, since many scanners cannot read an inverted code.
 * Throws a `RangeError` naming `text` or `label` when it cannot be made.
 */
export function qrSvg(text: string, label: string): string {
  if (typeof label !== 'string' || label.trim() === '') throw new RangeError('label must be a non-empty text');
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET_ZONE;
  let path = '';
  for (const [y, row] of matrix.entries()) {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`;
    }
  }
  const name = escapeXml(label.trim());
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${name}" shape-rendering="crispEdges">` +
    `<title>${name}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
