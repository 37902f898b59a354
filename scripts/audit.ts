/**
 * Lighthouse on the built site: `/`, lesson 1, `/sources/` and each lab, mobile settings (Lighthouse's
 * default), with the Chromium the browser tests use. Prints the four category scores per page.
 * Targets: 100 for accessibility, best practices and SEO; at least 95 for performance.
 *
 *   npm run audit        (builds first)
 *
 * Not part of `npm test`: performance scores vary with the machine's load, so they are recorded
 * in the README rather than enforced.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { requireChromium } from '../tests/chromium.ts';
import { serveStatic } from './serve.ts';

const port = 4322;
const base = `http://localhost:${port}`;
const paths = [
  '/',
  '/lessons/two-meanings-of-customer-value/',
  '/sources/',
  '/labs/value-equation/',
  '/labs/ltv-roi/',
  '/labs/allocation/',
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveStatic('dist', port);
const stopServer = (): void => {
  server.close();
};

const choice = requireChromium();
let failed = false;
try {
  const chrome = await chromeLauncher.launch({
    ...(choice.executablePath ? { chromePath: choice.executablePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...(choice.args ?? [])],
  });
  try {
    console.log(['page'.padEnd(42), ...categories.map((c) => c.padStart(15))].join(''));
    for (const path of paths) {
      const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error' }, undefined);
      const scores = categories.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
      console.log([path.padEnd(42), ...scores.map((s) => String(s).padStart(15))].join(''));
      const audits = Object.values(result?.lhr.audits ?? {}).filter(
        (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
      );
      for (const a of audits) console.log(`    not passed: ${a.id} (${a.title})`);
      const [perf = 0, ...rest] = scores;
      if (perf < 95 || rest.some((s) => s < 100)) failed = true;
    }
  } finally {
    chrome.kill();
  }
} finally {
  stopServer();
}
if (failed) {
  console.error('Below target: 100 for accessibility, best practices and SEO; 95 for performance.');
  process.exitCode = 1;
}
