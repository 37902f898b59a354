/**
 * The JS budget (`npm run test:budget`) counts, for each page, the scripts its HTML loads and their
 * static imports, and calls them what the page fetches before its load event. This holds it to that:
 * on every page, each script the browser really requested before the load event is one it counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageEntries, pageScripts } from '../../scripts/budget-lib';
import { sitemapPaths } from '../../scripts/sitemap';

const paths = [...sitemapPaths(readFileSync('dist/sitemap-0.xml', 'utf8')), '/no-such-page/'];
const read = (file: string): string | undefined =>
  existsSync(`dist${file}`) ? readFileSync(`dist${file}`, 'utf8') : undefined;

for (const width of [375, 1280]) {
  test(`at ${width} px, every script a page fetches before its load event is counted in its budget`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    for (const path of paths) {
      const html = read(path === '/no-such-page/' ? '/404.html' : `${path}index.html`) ?? '';
      const counted = pageScripts(pageEntries(html).js, read).before;
      await page.goto(path, { waitUntil: 'load' });
      const fetched = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return performance
          .getEntriesByType('resource')
          .filter(
            (entry) => entry.startTime < navigation.loadEventStart && /\.m?js$/.test(new URL(entry.name).pathname),
          )
          .map((entry) => new URL(entry.name).pathname);
      });
      expect(fetched.length, path).toBeGreaterThan(0);
      expect(
        fetched.filter((file) => !counted.includes(file)),
        path,
      ).toEqual([]);
    }
  });
}
