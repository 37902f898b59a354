import { describe, expect, test } from 'vitest';
import {
  checkPage,
  importsOf,
  pageEntries,
  reachableJs,
  resolveImport,
  shellFiles,
  usesSignalProps,
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

  test('imports are found in minified code, static and dynamic', () => {
    const code = 'import{t as e}from"./a.js";import"./b.js";export*from"./c.js";const m=()=>import(`./d.js`);';
    expect(importsOf(code).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js']);
    expect(resolveImport('/_astro/x.js', './a.js')).toBe('/_astro/a.js');
    expect(resolveImport('/_astro/x.js', 'preact')).toBeUndefined();
  });

  test('reachable JS follows imports once each and skips on-demand chart chunks', () => {
    const files: Record<string, string> = {
      '/_astro/page.js': 'import"./shared.js";import(`./search.js`)',
      '/_astro/search.js': 'import"./shared.js"',
      '/_astro/shared.js': 'import"./page.js"',
      '/_astro/Lab.js': 'const c=()=>import("./chart.abc.js")',
      '/_astro/chart.abc.js': 'export default 1',
    };
    expect(reachableJs(['/_astro/page.js', '/_astro/Lab.js'], (f) => files[f])).toEqual([
      '/_astro/Lab.js',
      '/_astro/page.js',
      '/_astro/search.js',
      '/_astro/shared.js',
    ]);
  });

  test('the Preact renderer’s signals chunk counts only on a page whose islands take signal props', () => {
    const files: Record<string, string> = {
      '/_astro/client.js': 'if(s){const{signal:e}=await import("./signals.module.DVtx.js")}',
      '/_astro/signals.module.DVtx.js': 'export const signal=1',
    };
    expect(reachableJs(['/_astro/client.js'], (f) => files[f])).toEqual(['/_astro/client.js']);
    expect(reachableJs(['/_astro/client.js'], (f) => files[f], { signals: true })).toEqual([
      '/_astro/client.js',
      '/_astro/signals.module.DVtx.js',
    ]);
    expect(usesSignalProps('<astro-island uid="a" component-url="/_astro/Lab.js">')).toBe(false);
    expect(usesSignalProps('<astro-island uid="a" data-preact-signals="{&quot;s&quot;:&quot;p0&quot;}">')).toBe(true);
  });
});

describe('budgets', () => {
  const budget: Budget = { shellJs: 30_000, labJs: 25_000, css: 20_000, html: 30_000 };
  const sizes: Record<string, number> = { '/shell.js': 28_000, '/lab.js': 20_000, '/big-lab.js': 26_000 };
  const size = (f: string): number => sizes[f] ?? 0;
  const shell = new Set(['/shell.js']);
  const page = { path: '/p/', hasLab: false, js: ['/shell.js'], htmlBytes: 5_000, cssBytes: 10_000 };

  test('a lesson with only the shell is within budget', () => {
    expect(checkPage(page, size, shell, budget).problems).toEqual([]);
  });

  test('a lab may add up to its own budget, and no more', () => {
    expect(checkPage({ ...page, hasLab: true, js: ['/shell.js', '/lab.js'] }, size, shell, budget)).toMatchObject({
      jsBytes: 48_000,
      ownJsBytes: 20_000,
      problems: [],
    });
    expect(
      checkPage({ ...page, hasLab: true, js: ['/shell.js', '/big-lab.js'] }, size, shell, budget).problems,
    ).toEqual(['lab JS 26.0 kB > 25.0 kB']);
  });

  test('a page without a lab that loads JS beyond the shell, or heavy CSS or HTML, is flagged', () => {
    expect(checkPage({ ...page, js: ['/shell.js', '/lab.js'] }, size, shell, budget).problems).toEqual([
      "loads JS beyond the shell's: /lab.js",
    ]);
    expect(checkPage({ ...page, cssBytes: 21_000, htmlBytes: 31_000 }, size, shell, budget).problems).toEqual([
      'CSS 21.0 kB > 20.0 kB',
      'HTML 31.0 kB > 30.0 kB',
    ]);
  });

  test('a shell heavier than its budget is flagged on every page', () => {
    expect(checkPage(page, () => 31_000, shell, budget).problems).toEqual(['shell JS 31.0 kB > 30.0 kB']);
  });
});

describe('the shell', () => {
  test('is what home and sources load, plus the shell components’ own scripts; a lesson’s extra import is not', () => {
    const pages = [
      { path: '/', hasLab: false, js: ['/_astro/page.js', '/_astro/Search.astro_astro_type_script_index_0_lang.a.js'] },
      { path: '/sources/', hasLab: false, js: ['/_astro/page.js', '/_astro/toc.js'] },
      {
        path: '/lessons/one/',
        hasLab: false,
        js: [
          '/_astro/page.js',
          '/_astro/LessonComplete.astro_astro_type_script_index_0_lang.b.js',
          '/_astro/confetti.js',
        ],
      },
      { path: '/labs/x/', hasLab: true, js: ['/_astro/page.js', '/_astro/Lab.js'] },
    ];
    const shell = shellFiles(pages, ['LessonComplete', 'Search']);
    expect([...shell].sort()).toEqual([
      '/_astro/LessonComplete.astro_astro_type_script_index_0_lang.b.js',
      '/_astro/Search.astro_astro_type_script_index_0_lang.a.js',
      '/_astro/page.js',
      '/_astro/toc.js',
    ]);
    const lesson = pages[2];
    if (!lesson) throw new Error('fixture');
    const report = checkPage({ ...lesson, htmlBytes: 1, cssBytes: 1 }, () => 100, shell, {
      shellJs: 30_000,
      labJs: 25_000,
      css: 30_000,
      html: 30_000,
    });
    expect(report.problems).toEqual(["loads JS beyond the shell's: /_astro/confetti.js"]);
  });
});
