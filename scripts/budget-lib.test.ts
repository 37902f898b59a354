import { describe, expect, test } from 'vitest';
import {
  checkPage,
  dynamicImportsOf,
  pageEntries,
  pageScripts,
  resolveImport,
  staticImportsOf,
  type Budget,
} from './budget-lib';

describe('what a page fetches', () => {
  test('module scripts, inline module imports and island URLs are entry points; classic scripts and remote URLs are not', () => {
    const html = `
      <link rel="stylesheet" href="/_astro/page.css"><link rel="icon" href="/favicon.svg">
      <script type="module" src="/_astro/page.js"></script>
      <script>window.x = 1</script>
      <script type="module">import "/_astro/toc.js"; import { a } from './_astro/b.js';</script>
      <script type="module" src="https://cdn.example/x.js"></script>
      <astro-island uid="1" component-url="/_astro/Lab.js" renderer-url="/_astro/client.js" client="visible"></astro-island>`;
    expect(pageEntries(html)).toEqual({
      js: ['/_astro/page.js', '/_astro/toc.js', '/_astro/b.js', '/_astro/Lab.js', '/_astro/client.js'],
      css: ['/_astro/page.css'],
    });
  });

  test('static and on-demand imports are told apart in minified code, workers being on demand', () => {
    const code =
      'import{t as e}from"./a.js";import"./b.js";export*from"./c.js";const m=()=>import(`./d.js`);' +
      'var w=()=>new Worker(new URL(`/_astro/board.worker-3y.js`,``+import.meta.url),{type:`module`})';
    expect(staticImportsOf(code).sort()).toEqual(['./a.js', './b.js', './c.js']);
    expect(dynamicImportsOf(code).sort()).toEqual(['./d.js', '/_astro/board.worker-3y.js']);
    expect(resolveImport('/_astro/x.js', './a.js')).toBe('/_astro/a.js');
    expect(resolveImport('/_astro/x.js', 'preact')).toBeUndefined();
  });

  test('before the load event: the entries and their static imports, once each; later: what they fetch on demand', () => {
    const files: Record<string, string> = {
      '/_astro/page.js': 'import"./shared.js";import(`./search.js`)',
      '/_astro/search.js': 'import"./shared.js";import"./search-ui.js"',
      '/_astro/search-ui.js': 'export default 1',
      '/_astro/shared.js': 'import"./page.js"',
      '/_astro/Lab.js': 'import"./shared.js";const c=()=>import("./chart.abc.js")',
      '/_astro/chart.abc.js': 'import"./shared.js";export default 1',
      '/_astro/client.js': 'if(s){const{signal:e}=await import("./signals.module.DVtx.js")}',
      '/_astro/signals.module.DVtx.js': 'export const signal=1',
    };
    expect(pageScripts(['/_astro/page.js', '/_astro/Lab.js', '/_astro/client.js'], (f) => files[f])).toEqual({
      before: ['/_astro/Lab.js', '/_astro/client.js', '/_astro/page.js', '/_astro/shared.js'],
      later: ['/_astro/chart.abc.js', '/_astro/search-ui.js', '/_astro/search.js', '/_astro/signals.module.DVtx.js'],
    });
  });

  test('a module imported statically by one page module and dynamically by another is fetched before load', () => {
    const files: Record<string, string> = {
      '/_astro/a.js': 'import"./shared.js"',
      '/_astro/b.js': 'import("./shared.js")',
      '/_astro/shared.js': 'export default 1',
    };
    expect(pageScripts(['/_astro/a.js', '/_astro/b.js'], (f) => files[f])).toEqual({
      before: ['/_astro/a.js', '/_astro/b.js', '/_astro/shared.js'],
      later: [],
    });
  });
});

describe('budgets', () => {
  const budget: Budget = { js: 45_000, shellJs: 10_000, css: 20_000, html: 30_000 };
  const sizes: Record<string, number> = {
    '/shell.js': 8_000,
    '/lab.js': 30_000,
    '/big.js': 38_000,
    '/later.js': 60_000,
  };
  const size = (f: string): number => sizes[f] ?? 0;
  const page = {
    path: '/p/',
    hasIsland: true,
    js: ['/shell.js', '/lab.js'],
    laterJs: ['/later.js'],
    htmlBytes: 5_000,
    cssBytes: 10_000,
  };

  test('a page may fetch up to the JS budget before its load event, shared chunks included; what comes later is reported, not limited', () => {
    expect(checkPage(page, size, budget)).toEqual({
      path: '/p/',
      jsBytes: 38_000,
      laterJsBytes: 60_000,
      cssBytes: 10_000,
      htmlBytes: 5_000,
      problems: [],
    });
  });

  test('a page without an island may fetch only the shell’s JS', () => {
    expect(checkPage({ ...page, hasIsland: false, js: ['/shell.js'] }, size, budget).problems).toEqual([]);
    expect(checkPage({ ...page, hasIsland: false }, size, budget).problems).toEqual([
      'JS 38.0 kB > 10.0 kB on a page without an island',
    ]);
  });

  test('a page over any budget says which, by how much', () => {
    expect(checkPage({ ...page, js: ['/shell.js', '/big.js'] }, size, budget).problems).toEqual([
      'JS 46.0 kB > 45.0 kB',
    ]);
    expect(checkPage({ ...page, cssBytes: 21_000, htmlBytes: 31_000 }, size, budget).problems).toEqual([
      'CSS 21.0 kB > 20.0 kB',
      'HTML 31.0 kB > 30.0 kB',
    ]);
  });
});
