/**
 * Offline use: after one online visit the whole site works without a network, and a new version
 * is taken whole, never mixed with the old one. Each test serves its own copy of the built site on
 * a port of its own and then stops that server, so nothing can come from the network afterwards
 * (Chromium's offline emulation alone does not stop a service worker's own requests).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../../scripts/serve';
import { writeServiceWorker } from '../../src/integrations/offline';
import { expect, test } from './fixtures';

/**
 * The port the system gave a server started on port 0: each test gets a free one, so no fixed port
 * can clash with another checkout's browser tests (E2E_PORT) on the same machine.
 */
function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  return address.port;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** Opens the home page and waits until the whole course is saved on the device. */
async function firstVisit(page: Page, base: string) {
  await page.goto(`${base}/`);
  const indicator = page.locator('[data-offline]');
  await expect(indicator).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(indicator.getByRole('status')).toHaveText('Available offline');
  return indicator;
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, lessons, labs, workshop pages and search work without a network', async ({
    page,
    context,
  }) => {
    const server = await serveStatic('dist', 0);
    const base = `http://localhost:${String(portOf(server))}`;
    await firstVisit(page, base);
    await stop(server);
    await context.setOffline(true);

    await page.goto(`${base}/lessons/the-value-equation/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The value equation');
    await expect(page.locator('[data-offline]').getByRole('status')).toHaveText(
      'Offline: using the copy saved on this device',
    );

    // A lab hydrates and calculates from the saved files, and follows a scenario link.
    await page.goto(`${base}/labs/value-equation/#v=1&pq=9`);
    await expect(page.locator('[data-lab="value-equation"][data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('textbox', { name: /Product quality of/ }).first()).toHaveValue('9');

    await page.goto(`${base}/labs/customer-base/`);
    await expect(page.locator('[data-lab="customer-base"][data-prepared="true"]')).toBeVisible();
    await page.getByRole('button', { name: 'Try it with public data' }).click();
    await expect(page.locator('.cb-says')).toContainText('2,357 customers', { timeout: 15_000 });

    // The search index was saved too.
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('hassle');
    await expect(dialog.getByRole('link', { name: /The value equation/ }).first()).toBeVisible();
  });

  test('a new version is saved whole and used after Reload, never mixed with the old', async ({ page }) => {
    const root = mkdtempSync(join(tmpdir(), 'valued-offline-'));
    try {
      cpSync('dist', root, { recursive: true });
      let server = await serveStatic(root, 0);
      // The new release is served on the same port: the service worker belongs to the origin.
      const port = portOf(server);
      const base = `http://localhost:${String(port)}`;
      await firstVisit(page, base);
      await stop(server);

      // A new release: one page changes and the service worker is written again.
      const sources = join(root, 'sources', 'index.html');
      writeFileSync(sources, readFileSync(sources, 'utf8').replace('<h1', '<p data-release="2">Release 2</p><h1'));
      await writeServiceWorker(`${root}/`);
      server = await serveStatic(root, port);

      // A second tab, open on a lab since before the release.
      const other = await page.context().newPage();
      await other.goto(`${base}/labs/ltv-roi/`);
      await expect(other.locator('[data-offline]')).toHaveAttribute('data-state', /ready|update/, { timeout: 30_000 });

      await page.goto(`${base}/sources/`);
      // The open page keeps the version it started with, and says a new one is ready.
      const indicator = page.locator('[data-offline]');
      await expect(indicator).toHaveAttribute('data-state', 'update', { timeout: 30_000 });
      await expect(indicator.getByRole('status')).toHaveText('A new version is saved.');
      await expect(page.locator('[data-release]')).toHaveCount(0);
      const reload = indicator.getByRole('button', { name: 'Reload to use it' });
      await reload.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-release="2"]')).toBeVisible();
      await expect(indicator.getByRole('status')).toHaveText('Available offline');
      // The other tab is told that its page is from the replaced version, and reloads into the new one.
      const otherIndicator = other.locator('[data-offline]');
      await expect(otherIndicator.getByRole('status')).toHaveText(
        'This page is from the previous version, now replaced.',
      );
      await otherIndicator.getByRole('button', { name: 'Reload to use it' }).click();
      await expect(otherIndicator.getByRole('status')).toHaveText('Available offline');
      await other.close();
      await stop(server);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
