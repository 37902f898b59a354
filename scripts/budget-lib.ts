/**
 * What a page of the built site makes the browser fetch before its load event, and whether it stays
 * within budget. Pure functions over file contents (the caller reads `dist/`), so they are tested
 * without a build.
 *
 * A page's JavaScript before its load event is every module its HTML loads (`<script type="module"
 * src>`, imports of inline module scripts, and the component and renderer URLs of
 * `<astro-island>`s), followed through their static `import`s: the browser fetches a module's static
 * imports before it runs, and holds the load event until the island modules it started have come.
 * Dynamic `import()`s are fetched on demand, after the load event: Starlight's search UI when the
 * browser is idle, chart.js when a chart scrolls into view, the lazy parts of a lab as the learner
 * scrolls near them, presenter mode's tools when first used, the Preact renderer's signals runtime
 * only for islands given signals, and the pages' workers once the load event has passed. A browser test (`tests/e2e/budget.spec.ts`) checks that every
 * script a page really fetches before its load event is one counted here.
 *
 * Counting the island of a lesson (`client:visible`) as fetched before load over-counts when it is
 * below the first screen; the budget is an upper bound, never an estimate.
 */

export interface PageWeight {
  /** Root-relative URL of the page. */
  path: string;
  /** Every JS file the page fetches before its load event, root-relative. */
  js: string[];
  /** Every stylesheet the page links, root-relative. */
  css: string[];
}

const ASSET = /^\/_astro\/[^?#]+$/;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Module specifiers a piece of JavaScript imports statically (`import … from`, `export … from`, bare `import "…"`). */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g,
    /\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/**
 * Module specifiers a piece of JavaScript fetches on demand: `import("…")`, and the scripts of the
 * workers it starts (`new Worker(new URL("…", import.meta.url))`), which the pages start only once
 * the load event has passed (`src/workers/client.ts`).
 */
export function dynamicImportsOf(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g,
    /\bnew\s+Worker\s*\(\s*new\s+URL\s*\(\s*["'`]([^"'`$]+)["'`]/g,
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
    else for (const spec of staticImportsOf(match[2] ?? '')) js.add(resolveImport('/', spec) ?? spec);
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
 * The JS a page fetches before its load event (`before`: `entries` and their static imports, each
 * once) and what those modules may fetch on demand later (`later`: their dynamic imports and
 * everything those import, not already in `before`).
 */
export function pageScripts(
  entries: readonly string[],
  read: (path: string) => string | undefined,
): { before: string[]; later: string[] } {
  const walk = (start: readonly string[], known: ReadonlySet<string>, follow: (code: string) => string[]) => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.shift();
      if (file === undefined || seen.has(file) || known.has(file)) continue;
      const code = read(file);
      if (code === undefined) continue;
      seen.add(file);
      for (const spec of follow(code)) {
        const target = resolveImport(file, spec);
        if (target && ASSET.test(target)) queue.push(target);
      }
    }
    return seen;
  };
  const before = walk(entries, new Set(), staticImportsOf);
  const onDemand = [...before].flatMap((file) =>
    dynamicImportsOf(read(file) ?? '').flatMap((spec) => resolveImport(file, spec) ?? []),
  );
  const later = walk(onDemand, before, (code) => [...staticImportsOf(code), ...dynamicImportsOf(code)]);
  return { before: [...before].sort(), later: [...later].sort() };
}

export interface Budget {
  /** Gzipped bytes of JS a page may fetch before its load event, the shell and shared chunks included. */
  js: number;
  /**
   * The same for a page without an island (a lesson without a lab, the home page): only the course
   * shell's own scripts, so a change that makes every page fetch lab code is caught.
   */
  shellJs: number;
  /** Gzipped bytes of CSS per page. */
  css: number;
  /** Gzipped bytes of the HTML document. */
  html: number;
}

export interface PageReport {
  path: string;
  jsBytes: number;
  laterJsBytes: number;
  cssBytes: number;
  htmlBytes: number;
  /** Why the page is over budget; empty when it is within. */
  problems: string[];
}

/** Checks one page against the budget. */
export function checkPage(
  page: {
    path: string;
    hasIsland: boolean;
    js: readonly string[];
    laterJs: readonly string[];
    htmlBytes: number;
    cssBytes: number;
  },
  size: (file: string) => number,
  budget: Budget,
): PageReport {
  const sum = (files: readonly string[]): number => files.reduce((total, f) => total + size(f), 0);
  const jsBytes = sum(page.js);
  const problems: string[] = [];
  if (jsBytes > budget.js) problems.push(`JS ${kb(jsBytes)} > ${kb(budget.js)}`);
  else if (!page.hasIsland && jsBytes > budget.shellJs) {
    problems.push(`JS ${kb(jsBytes)} > ${kb(budget.shellJs)} on a page without an island`);
  }
  if (page.cssBytes > budget.css) problems.push(`CSS ${kb(page.cssBytes)} > ${kb(budget.css)}`);
  if (page.htmlBytes > budget.html) problems.push(`HTML ${kb(page.htmlBytes)} > ${kb(budget.html)}`);
  return {
    path: page.path,
    jsBytes,
    laterJsBytes: sum(page.laterJs),
    cssBytes: page.cssBytes,
    htmlBytes: page.htmlBytes,
    problems,
  };
}

/** "12.3 kB" (1 kB = 1,000 bytes, as size tools report gzip sizes). */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
