/**
 * Offline use for workshop venues with poor networks: after the build, Workbox writes `sw.js`, a
 * service worker that precaches every file of the built site (pages, labs, workshop pages, the
 * search index, the CDNOW sample) and serves them from the cache.
 *
 * Updates come whole: each file is precached under its revision, and a new worker waits (no
 * `skipWaiting`) until no tab runs the old one, or until the learner chooses "Reload" on the update
 * notice (`src/scripts/offline.ts`), so a page never mixes old and new files. Outdated caches are
 * deleted when the new worker takes over.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** The service worker's file name at the site's root; the registration script uses it too. */
export const SERVICE_WORKER = 'sw.js';

/**
 * Writes `sw.js` into the built site at `root` (a folder path ending in a separator), precaching
 * every file in it. Returns how many files, their size in bytes and Workbox's warnings.
 */
export async function writeServiceWorker(root: string): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    globDirectory: root,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER, '**/*.map'],
    swDest: `${root}${SERVICE_WORKER}`,
    // `/lessons/x/` is served by `/lessons/x/index.html`.
    directoryIndex: 'index.html',
    // Astro's bundles carry a content hash in their names already.
    dontCacheBustURLsMatching: /^_astro\//,
    // A scenario travels in the fragment, which never reaches the worker; any query is ignored.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // One self-contained file: nothing is fetched from elsewhere.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
}

export function offline(): AstroIntegration {
  return {
    name: 'valued-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `${SERVICE_WORKER}: ${String(count)} files precached for offline use (${(size / 1024).toFixed(0)} kB).`,
        );
      },
    },
  };
}
