/**
 * What a page of the built site makes the browser fetch, and whether it stays within budget.
 * Pure functions over file contents (the caller reads `dist/`), so they are tested without a build.
 *
 * A page's JavaScript is every module its HTML loads (`<script type="module" src>`, imports of
 * inline module scripts, and the component and renderer URLs of `<astro-island>`s), followed
 * through static and dynamic `import`s inside `/_astro/`. Dynamic imports count: Starlight's
 * search UI, for one, loads as soon as the browser is idle. On-demand chart chunks are the
 * exception (see `LAZY_CHUNK`).
 */

/**
 * A chunk whose file name starts with `chart` or `lazy` is loaded only on demand (chart.js when a
 * chart scrolls into view: `src/charts/mount.ts` imports `chart-runtime` dynamically) and is not
 * counted. A browser test checks that chart.js is really requested only once the chart is visible.
 */
export const LAZY_CHUNK = /(^|\/)(chart|lazy)[.-]/;

/**
 * Astro's Preact renderer imports `@preact/signals` only to revive signals passed to an island as
 * props, which it marks with a `data-preact-signals` attribute. On a page without that attribute
 * the chunk is never fetched (a browser test checks it on a lab page), so it is not counted.
 */
export const SIGNALS_CHUNK = /(^|\/)signals\.module\.[^/]*\.js$/;

/** Whether a page's islands receive signals as props, so the renderer fetches `SIGNALS_CHUNK`. */
export function usesSignalProps(html: string): boolean {
  return /<astro-island\b[^>]*\bdata-preact-signals=/.test(html);
}

export interface PageWeight {
  /** Root-relative URL of the page. */
  path: string;
  /** Every JS file the page fetches before the learner scrolls, root-relative. */
  js: string[];
  /** Every stylesheet the page links, root-relative. */
  css: string[];
}

const ASSET = /^\/_astro\/[^?#]+$/;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Module specifiers a piece of JavaScript imports, statically or dynamically. */
export function importsOf(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g,
    /\bimport\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g,
    /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/** Resolves an import specifier against the file that makes it; `undefined` for bare or remote ones. */
export function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  return new URL(specifier, `http://site${from}`).pathname;
}

/** The entry points of a page: module scripts, imports of inline modules, island components; and its stylesheets. */
export function pageEntries(html: string): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = match[1] ?? '';
    if (attr(`<${attrs}>`, 'type') !== 'module') continue;
    const src = attr(`<${attrs}>`, 'src');
    if (src) js.add(src);
    else for (const spec of importsOf(match[2] ?? '')) js.add(resolveImport('/', spec) ?? spec);
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(match[0], name);
      if (url) js.add(url);
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    if (attr(match[0], 'rel') === 'stylesheet') {
      const href = attr(match[0], 'href');
      if (href) css.add(href);
    }
  }
  return { js: [...js].filter((u) => ASSET.test(u)), css: [...css].filter((u) => ASSET.test(u)) };
}

/**
 * All JS files reachable from `entries` through imports, skipping on-demand chunks, and the signals
 * chunk unless `signals` says the page's islands take signal props.
 */
export function reachableJs(
  entries: readonly string[],
  read: (path: string) => string | undefined,
  { signals = false }: { signals?: boolean } = {},
): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file) || LAZY_CHUNK.test(file)) continue;
    if (!signals && SIGNALS_CHUNK.test(file)) continue;
    const code = read(file);
    if (code === undefined) continue;
    seen.add(file);
    for (const spec of importsOf(code)) {
      const target = resolveImport(file, spec);
      if (target && ASSET.test(target)) queue.push(target);
    }
  }
  return [...seen].sort();
}

/**
 * The course shell's JS: what the pages that are neither lessons nor labs load (home, sources),
 * plus the script chunks of the shell's own .astro components (`LessonComplete.astro_astro_type_script…`),
 * named by `componentNames`. Anything else a lesson without a lab loads is its own, and over budget.
 */
export function shellFiles(
  pages: readonly { path: string; hasLab: boolean; js: readonly string[] }[],
  componentNames: readonly string[],
): Set<string> {
  const files = new Set(pages.filter((p) => !p.hasLab && !p.path.startsWith('/lessons/')).flatMap((p) => p.js));
  for (const file of pages.flatMap((p) => p.js)) {
    const name = file.split('/').pop() ?? '';
    if (componentNames.some((component) => name.startsWith(`${component}.astro_astro_type_script`))) files.add(file);
  }
  return files;
}

export interface Budget {
  /** Gzipped bytes of JS the course shell may fetch on any page (Starlight's plus progress tracking). */
  shellJs: number;
  /** Gzipped bytes of JS a lab may add on its own, beyond the shell's. */
  labJs: number;
  /** Gzipped bytes of CSS per page. */
  css: number;
  /** Gzipped bytes of the HTML document. */
  html: number;
}

export interface PageReport {
  path: string;
  jsBytes: number;
  ownJsBytes: number;
  cssBytes: number;
  htmlBytes: number;
  /** Why the page is over budget; empty when it is within. */
  problems: string[];
}

/**
 * Checks one page. `shellFiles` is the JS the course shell loads (everything pages without a lab
 * load); what a page loads beyond that is its own, and only a lab page may have any.
 */
export function checkPage(
  page: { path: string; hasLab: boolean; js: string[]; htmlBytes: number; cssBytes: number },
  size: (file: string) => number,
  shellFiles: ReadonlySet<string>,
  budget: Budget,
): PageReport {
  const jsBytes = page.js.reduce((sum, f) => sum + size(f), 0);
  const own = page.js.filter((f) => !shellFiles.has(f));
  const ownJsBytes = own.reduce((sum, f) => sum + size(f), 0);
  const shellBytes = jsBytes - ownJsBytes;
  const problems: string[] = [];
  if (shellBytes > budget.shellJs) problems.push(`shell JS ${kb(shellBytes)} > ${kb(budget.shellJs)}`);
  if (page.hasLab && ownJsBytes > budget.labJs) problems.push(`lab JS ${kb(ownJsBytes)} > ${kb(budget.labJs)}`);
  if (!page.hasLab && ownJsBytes > 0) problems.push(`loads JS beyond the shell's: ${own.join(', ')}`);
  if (page.cssBytes > budget.css) problems.push(`CSS ${kb(page.cssBytes)} > ${kb(budget.css)}`);
  if (page.htmlBytes > budget.html) problems.push(`HTML ${kb(page.htmlBytes)} > ${kb(budget.html)}`);
  return { path: page.path, jsBytes, ownJsBytes, cssBytes: page.cssBytes, htmlBytes: page.htmlBytes, problems };
}

/** "12.3 kB" (1 kB = 1,000 bytes, as size tools report gzip sizes). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
