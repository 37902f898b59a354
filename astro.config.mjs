// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { labPath, publishedLabs } from './src/course/labs.ts';
import { offline } from './src/integrations/offline.ts';

/**
 * The public origin the site is deployed at. Canonical links and the sitemap use it; set SITE_URL
 * when deploying. The default suits the local preview server the tests and the audit run against.
 */
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Preact's core, hooks and JSX runtime in one chunk, and the lab kit (src/kit/) in another,
  // whichever islands use which: left to the bundler they split by importer set into many small
  // chunks, regrouped by each new island. One chunk each is fetched once and cached for every page.
  vite: {
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Vite's helper for dynamic imports, which Starlight's search script also uses: in a
              // chunk of its own, not merged into the kit's (every page would then fetch the kit).
              { name: 'preload-helper', test: /preload-helper/, priority: 2 },
              { name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/, priority: 1 },
              { name: 'kit', test: /[\\/]src[\\/]kit[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'Valued',
      description:
        'An interactive course for marketing executives on the value of a customer and the value for a customer.',
      logo: { src: './src/assets/valued-mark.svg', alt: '', replacesTitle: false },
      favicon: '/favicon.svg',
      // Lessons are ordered by `lesson.order` (fed to `sidebar.order` in src/content.config.ts).
      // Starlight matches `autogenerate.directory` against entry file paths relative to its own
      // default folder (src/content/docs/); ours live elsewhere, so the directory is the path
      // from the project root.
      sidebar: [
        { label: 'Course home', link: '/' },
        { label: 'Lessons', items: [{ autogenerate: { directory: 'content/lessons' } }] },
        // The published labs, from the same list the home page uses.
        { label: 'Labs', items: publishedLabs.map((lab) => ({ label: lab.title, link: labPath(lab.id) })) },
        {
          label: 'Workshop',
          items: [
            { label: 'Facilitator kit', link: '/workshop/' },
            { label: 'Compare board', link: '/workshop/board/' },
          ],
        },
        { label: 'Sources', link: '/sources/' },
      ],
      // What every page loads, in cascade order: custom properties; the button system and lesson
      // content; what every lab shares, then the kit's components; print. An island's own stylesheet
      // comes after these in its page's head and wins at equal specificity. The kit's styles are
      // global rather than imported by its modules because a build does not keep the order in which
      // modules import stylesheets (the kit's came before one lab's and after another's), and an
      // island's rules (a section's `> * + *` spacing over a chart inside it) must come after the kit's.
      customCss: [
        './src/styles/tokens.css',
        './src/styles/base.css',
        './src/styles/lab.css',
        './src/kit/kit.css',
        './src/styles/print.css',
      ],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
      },
      credits: false,
      // Our own 404 (src/pages/404.astro) points lost learners back into the course.
      disable404Route: true,
      pagination: true,
      lastUpdated: false,
    }),
    preact(),
    // Last, so the service worker precaches everything the build wrote (search index included).
    offline(),
  ],
});
