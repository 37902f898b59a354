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

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${theme} theme`, () => {
    for (const path of paths) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
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
      });
    }
  });
}
