/**
 * Byte budgets on the built site (`dist/`), gzipped, per page in the sitemap. Prints a table and
 * exits non-zero when a page is over budget. Run by `npm test` after the build.
 *
 * Budgets (DESIGN.md, Quality gates): every page fetches at most 45 kB of JS before its load event,
 * the shell and shared chunks included (`budget-lib.ts` says what is counted), and a page without an
 * island only the shell's 10 kB. Code shared between
 * pages lives in shared chunks, cached once for the whole course: a budget never justifies a copy.
 * The "later" column is what the page's scripts may fetch on demand afterwards (the search UI when
 * idle, charts and lazy parts as they scroll into view), shown, not limited.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sitemapPaths } from './sitemap.ts';
import { checkPage, kb, pageEntries, pageScripts, type Budget } from './budget-lib.ts';

// A page without an island fetches Starlight's scripts and the course's progress tracking, about 7 kB.
export const BUDGET: Budget = { js: 45_000, shellJs: 10_000, css: 30_000, html: 40_000 };

const dist = 'dist';
if (!existsSync(`${dist}/sitemap-0.xml`)) {
  console.error('No build found: run "npm run build" first.');
  process.exit(1);
}

const gz = new Map<string, number>();
function size(file: string): number {
  let bytes = gz.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(dist + file)).length;
    gz.set(file, bytes);
  }
  return bytes;
}
function read(file: string): string | undefined {
  return existsSync(dist + file) ? readFileSync(dist + file, 'utf8') : undefined;
}

const paths = sitemapPaths(readFileSync(`${dist}/sitemap-0.xml`, 'utf8'));
// The 404 page is not in the sitemap, but a learner meets it.
const reports = [...paths, '/404.html'].map((path) => {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  const html = readFileSync(dist + file, 'utf8');
  const entries = pageEntries(html);
  const { before, later } = pageScripts(entries.js, read);
  return checkPage(
    {
      path,
      hasIsland: html.includes('<astro-island'),
      js: before,
      laterJs: later,
      cssBytes: entries.css.reduce((sum, f) => sum + size(f), 0),
      htmlBytes: gzipSync(html).length,
    },
    size,
    BUDGET,
  );
});

const rows = reports.map((r) => [
  r.path,
  kb(r.jsBytes),
  kb(r.laterJsBytes),
  kb(r.cssBytes),
  kb(r.htmlBytes),
  r.problems.length ? `OVER: ${r.problems.join('; ')}` : 'ok',
]);
const header = ['page', 'JS before load', 'JS later', 'CSS', 'HTML', 'status'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(
  `Budgets (gzipped, per page): JS before the load event ${kb(BUDGET.js)} (${kb(BUDGET.shellJs)} on a page without an island), CSS ${kb(BUDGET.css)}, HTML ${kb(BUDGET.html)}`,
);
console.log(line(header));
for (const row of rows) console.log(line(row));
const over = reports.filter((r) => r.problems.length > 0);
if (over.length > 0) {
  console.error(`${over.length} page(s) over budget.`);
  process.exit(1);
}
console.log(`${reports.length} pages within budget.`);
