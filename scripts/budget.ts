/**
 * Byte budgets on the built site (`dist/`), gzipped, per page in the sitemap. Prints a table and
 * exits non-zero when a page is over budget. Run by `npm test` after the build.
 *
 * Budgets (DESIGN.md, Quality gates): a page without a lab fetches only the shell's JS; a lab page
 * adds at most 25 kB of its own before its chart is visible.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sitemapPaths } from './sitemap.ts';
import { checkPage, kb, pageEntries, reachableJs, shellFiles, usesSignalProps, type Budget } from './budget-lib.ts';

export const BUDGET: Budget = {
  // Starlight's own JS measured 30.6 kB on a lesson page (most of it the Pagefind search UI, loaded when idle) with
  // Astro 7.3 / Starlight 0.42; the course's progress tracking adds about 3 kB.
  shellJs: 36_000,
  labJs: 25_000,
  css: 30_000,
  html: 40_000,
};

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

const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
const paths = sitemapPaths(xml);

const pages = paths.map((path) => {
  const html = readFileSync(`${dist}${path}index.html`, 'utf8');
  const entries = pageEntries(html);
  return {
    path,
    hasLab: html.includes('<astro-island'),
    js: reachableJs(entries.js, read, { signals: usesSignalProps(html) }),
    cssBytes: entries.css.reduce((sum, f) => sum + size(f), 0),
    htmlBytes: gzipSync(html).length,
  };
});

// The shell's own components (ours and Starlight's), whose script chunks any page may load.
const astroNames = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.astro'))
        .map((f) => basename(f, '.astro'))
    : [];
const components = [...astroNames('src/components'), ...astroNames('node_modules/@astrojs/starlight/dist/components')];
const shell = shellFiles(pages, components);

const reports = pages.map((page) => checkPage(page, size, shell, BUDGET));
const rows = reports.map((r) => [
  r.path,
  kb(r.jsBytes),
  kb(r.ownJsBytes),
  kb(r.cssBytes),
  kb(r.htmlBytes),
  r.problems.length ? `OVER: ${r.problems.join('; ')}` : 'ok',
]);
const header = ['page', 'JS', 'own JS', 'CSS', 'HTML', 'status'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(
  `Budgets (gzipped): shell JS ${kb(BUDGET.shellJs)}, lab's own JS ${kb(BUDGET.labJs)}, CSS ${kb(BUDGET.css)}, HTML ${kb(BUDGET.html)}`,
);
console.log(line(header));
for (const row of rows) console.log(line(row));
const over = reports.filter((r) => r.problems.length > 0);
if (over.length > 0) {
  console.error(`${over.length} page(s) over budget.`);
  process.exit(1);
}
console.log(`${reports.length} pages within budget.`);
