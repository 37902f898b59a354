import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { encode } from '../scenario/index';
import { ALLOCATION_START, MAX_TIERS } from '../scenario/labs/allocation';
import { MAX_QR_TEXT_LENGTH, QUIET_ZONE, qrMatrix, qrSvg } from './qr';

/**
 * Reads the SVG back as a scanner would see it: every `M x y h w v1 h-w z` run of the path painted
 * dark on a white image, `scale` pixels per module, then decoded by jsQR.
 */
function scanSvg(svg: string, scale = 4): string | null {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path fill="#000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const run of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    const [x, y, w] = [Number(run[1]), Number(run[2]), Number(run[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++)
      for (let px = x * scale; px < (x + w) * scale; px++) {
        const at = (py * width + px) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

// A long scenario: the allocation lab with eight tiers, long names with accents and commas.
const tiers = Array.from({ length: MAX_TIERS }, (_, i) => i);
const longState = {
  ...ALLOCATION_START,
  currency: 'PLN' as const,
  budget: 987654.32,
  names: tiers.map((i) => `Klienci z Kraków, segment ${i + 1} – stali`),
  customers: tiers.map((i) => 1000 * (i + 1) + 7),
  values: tiers.map((i) => 100.5 + i),
  potentials: tiers.map((i) => 250.25 + i),
  halves: tiers.map((i) => 12.5 + i),
};
const longLink = `https://course.example.org/labs/allocation/#${encode('allocation', longState)}`;

describe('QR codes', () => {
  test('a lab link with a long scenario decodes back to exactly that link', () => {
    expect(longLink.length).toBeGreaterThan(700);
    const svg = qrSvg(longLink, 'QR code: open this scenario on your phone');
    expect(scanSvg(svg)).toBe(longLink);
    // The scan really reads the drawing: without its modules there is nothing to find.
    expect(scanSvg(svg.replace(/ d="[^"]*"/, ' d=""'))).toBeNull();
  });

  test.each([
    ['a short relative link', '/labs/ltv-roi/#v=1&spend=20000'],
    [
      'the say–do poll’s lesson link',
      'https://course.example.org/lessons/closing-the-say-do-gap/#v=1&an=Leaders&aa=13&as=20&bn=Front%20line&ba=8&bs=20',
    ],
  ])('%s decodes back exactly', (_, link) => {
    expect(scanSvg(qrSvg(link, 'QR code'))).toBe(link);
  });

  test('the SVG scales from its viewBox, has a four-module quiet zone, and is an image with a name', () => {
    const svg = qrSvg('/labs/value-equation/#v=1', 'Scan to open the value equation lab');
    const matrix = qrMatrix('/labs/value-equation/#v=1');
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${matrix.length + 8} ${matrix.length + 8}"`));
    expect(svg).not.toMatch(/<svg [^>]*(width|height)=/);
    expect(svg).toMatch(/role="img" aria-label="Scan to open the value equation lab"/);
    expect(svg).toContain('<title>Scan to open the value equation lab</title>');
    // No dark module inside the quiet zone.
    for (const run of svg.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      expect(Number(run[1])).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(run[2])).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(Number(run[1]) + Number(run[3])).toBeLessThanOrEqual(matrix.length + QUIET_ZONE);
    }
  });

  test('a label is escaped, so nothing in it becomes markup', () => {
    const svg = qrSvg('/labs/allocation/#v=1', 'Team "Red" <script>&\'');
    expect(svg).toContain('aria-label="Team &quot;Red&quot; &lt;script&gt;&amp;&apos;"');
    expect(svg).not.toContain('<script>');
  });

  test('a version 1 code is 21 modules square', () => {
    expect(qrMatrix('HELLO')).toHaveLength(21);
    expect(qrMatrix('HELLO').every((row) => row.length === 21)).toBe(true);
  });

  test.each([
    ['empty text', '', 'Label', /^text must be a non-empty text/],
    ['text too long to scan', 'x'.repeat(MAX_QR_TEXT_LENGTH + 1), 'Label', /^text must be at most 2000 characters/],
    ['no label', '/labs/', '  ', /^label must be a non-empty text/],
  ])('%s is refused with a RangeError naming the field', (_, text, label, message) => {
    expect(() => qrSvg(text, label)).toThrow(RangeError);
    expect(() => qrSvg(text, label)).toThrow(message);
  });

  test('any link-like text up to 300 characters decodes back exactly', () => {
    const linkText = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_.~%&=,#/:'.split('')),
      minLength: 1,
      maxLength: 300,
    });
    fc.assert(
      fc.property(linkText, (text) => {
        expect(scanSvg(qrSvg(text, 'QR code'), 3)).toBe(text);
      }),
      { numRuns: 40 },
    );
  });
});
