/**
 * Screenshots of pages of the built site at phone and laptop widths, in light and dark themes, for
 * a person to look at (the test suite deliberately has no screenshot-diff tests).
 *
 *   npm run screenshots -- [path ...]      default: every page in the sitemap
 *
 * Serves the built site itself (run `npm run build` first). Writes PNGs to `screenshots/` (ignored
 * by git).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { requireChromium } from '../tests/chromium.ts';
import { serveStatic } from './serve.ts';
import { sitemapPaths } from './sitemap.ts';

const port = 4328;
const base = `http://localhost:${port}`;
const server = await serveStatic('dist', port);
const outDir = 'screenshots';

const paths =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : sitemapPaths(await (await fetch(`${base}/sitemap-0.xml`)).text());
const choice = requireChromium();
const browser = await chromium.launch(choice);
mkdirSync(outDir, { recursive: true });
for (const path of paths) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 900 } });
      await context.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      const page = await context.newPage();
      await page.goto(base + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${theme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
      console.log(`${outDir}/${name}`);
      await context.close();
    }
  }
}
await browser.close();
server.close();
