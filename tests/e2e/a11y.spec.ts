import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../../scripts/sitemap';

// Every page of the built site, as its sitemap lists them (npm test builds before this runs), and
// the not-found page, which is not in the sitemap but learners land on it.
const paths = [...sitemapPaths(readFileSync('dist/sitemap-0.xml', 'utf8')), '/no-such-page/'];

test('the sitemap lists the course pages', () => {
  expect(paths).toEqual(
    expect.arrayContaining(['/', '/sources/', '/lessons/two-meanings-of-customer-value/', '/labs/value-equation/']),
  );
});

// Both themes at a laptop's width, and a phone's width once: narrow screens bring their own failures
// (a table that scrolls sideways must be reachable by keyboard, say). Colours do not change with width.
const passes = [
  { theme: 'light', width: 1280 },
  { theme: 'dark', width: 1280 },
  { theme: 'light', width: 375 },
] as const;

for (const { theme, width } of passes) {
  test.describe(`accessibility, ${theme} theme, ${width} px wide`, () => {
    for (const path of paths) {
      test(`${path} has no WCAG 2.2 AA violations${width === 375 ? ' and does not scroll sideways' : ''}`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript((t) => {
          localStorage.setItem('starlight-theme', t);
        }, theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact,
          targets: v.nodes.map((n) => n.target.join(' ')),
        }));
        expect(summary).toEqual([]);
        if (width === 375) {
          // Reflow (WCAG 1.4.10): on a phone the page itself never scrolls sideways; wide tables
          // scroll in their own keyboard-reachable box.
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        }
      });
    }
  });
}
