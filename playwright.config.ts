import { defineConfig, devices } from '@playwright/test';
import { requireChromium } from './tests/chromium';

const chromium = requireChromium();
// A port of its own, served by a plain static server, so a preview a developer has open is not in the way.
// E2E_PORT moves it, for a second checkout running its browser tests on the same machine.
export const port = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // The site's service worker would save the whole course in the background of every test; only
    // the offline tests (tests/e2e/offline.spec.ts) let it run.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromium },
    },
  ],
  // The tests run against the production build (npm test builds first), as a static host serves it.
  webServer: {
    command: `node scripts/serve.ts ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
