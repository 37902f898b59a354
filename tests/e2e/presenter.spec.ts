import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Locator, Page } from '@playwright/test';
import { expect, openLabPage, test } from './fixtures';

const SCENARIO = '#v=1&yn=Our%20offer&pq=9&sq=5&p=8&h=6&cn=Rival&cpq=8&csq=6&cp=6.5&ch=5';

/** Draws a QR code (an SVG in `place`) on a canvas in the page, as a camera would see it, and decodes it. */
async function scanSvg(place: Locator): Promise<string | undefined> {
  const image = await place.locator('svg').evaluate(async (svg) => {
    const size = 600;
    const url = URL.createObjectURL(new Blob([svg.outerHTML], { type: 'image/svg+xml' }));
    const img = new Image(size, size);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.drawImage(img, 0, 0, size, size);
    URL.revokeObjectURL(url);
    return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
  });
  if (!image) return undefined;
  return jsQR(Uint8ClampedArray.from(image.data), image.size, image.size)?.data;
}

/** The presenter's QR code, decoded. */
const scanQr = (page: Page) => scanSvg(page.locator('[data-presenter-qr]'));

test.describe('presenter mode', () => {
  test('P opens a projector layout with the scenario kept; Esc leaves it; the QR code opens this scenario', async ({
    page,
  }) => {
    const toolRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('lazy-presenter-tools')) toolRequests.push(r.url());
    });
    // A common projector: 1280 × 800.
    await page.setViewportSize({ width: 1280, height: 800 });
    await openLabPage(page, 'value-equation', SCENARIO);
    const offer = page.getByRole('textbox', { name: /Product quality of/ }).first();
    await expect(offer).toHaveValue('9');
    // The timer and QR code are fetched when presenter mode opens, not before.
    expect(toolRequests).toEqual([]);
    await page.keyboard.press('p');
    await expect.poll(() => toolRequests.length).toBe(1);
    await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
    // No site chrome: the header, sidebar and footer are gone; the lab is still there, unchanged.
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    const tools = page.getByRole('complementary', { name: 'Presenter tools' });
    // The timer starts at the run sheet's minutes for this lab.
    await expect(tools.getByText('25:00')).toBeVisible();
    await expect(offer).toHaveValue('9');
    await expect(page).toHaveURL(new RegExp(`${SCENARIO.replace(/[.?*+^$()|[\]\\]/g, '\\$&')}$`));
    expect(await scanQr(page)).toBe(page.url());
    // The whole code is on the screen, large, and stays there while the lab scrolls beneath it.
    const code = page.locator('[data-presenter-qr] svg');
    for (const scroll of [0, 1200]) {
      await page.evaluate((y) => {
        window.scrollTo(0, y);
      }, scroll);
      const box = await code.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(200);
      expect(box?.height).toBeGreaterThanOrEqual(200);
      expect((box?.y ?? 800) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
      expect(box?.y).toBeGreaterThanOrEqual(0);
    }
    // A change to the scenario reaches the QR code.
    await offer.fill('6');
    await offer.press('Tab');
    await expect(page).toHaveURL(/pq=6/);
    await expect(tools.locator('[data-presenter-link]')).toContainText('pq=6');
    expect(await scanQr(page)).toBe(page.url());

    // Typing a P in a field does not leave presenter mode.
    const toggle = page.getByRole('button', { name: /Leave presenter mode/ });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveAttribute('data-presenting', 'true');
    await expect(page.getByRole('banner')).toBeVisible();
    const present = page.getByRole('button', { name: /^Present/ });
    await expect(present).toBeFocused();
    await expect(present).toHaveAttribute('aria-pressed', 'false');
    await expect(offer).toHaveValue('6');
    // The mouse works too.
    await present.click();
    await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
  });

  test('the countdown starts, pauses, takes a minute more, says when time is up, and resets', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-06T09:00:00Z') });
    await openLabPage(page, 'ltv-roi');
    await page.getByRole('button', { name: /^Present/ }).click();
    const tools = page.getByRole('complementary', { name: 'Presenter tools' });
    const time = tools.locator('[data-presenter-time]');
    await expect(time).toHaveText('30:00');
    const minutes = tools.getByLabel('Minutes');
    await minutes.fill('0');
    await minutes.press('Tab');
    await expect(tools.getByText('Enter minutes from 0.5 to 180, e.g. 10 or 7.5.')).toBeVisible();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await minutes.fill('5');
    await minutes.press('Tab');
    await expect(time).toHaveText('5:00');

    const startPause = tools.getByRole('button', { name: 'Start' });
    await startPause.focus();
    await page.keyboard.press('Enter');
    await expect(tools.getByRole('status')).toHaveText('Started. 5 minutes left.');
    await page.clock.runFor('02:00');
    await expect(time).toHaveText('3:00');
    await tools.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor('10:00');
    await expect(time).toHaveText('3:00');
    await tools.getByRole('button', { name: '+1 minute' }).click();
    await expect(time).toHaveText('4:00');
    await tools.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor('03:01');
    await expect(tools.getByRole('status')).toHaveText('1 minute left.');
    await page.clock.runFor('01:00');
    await expect(time).toHaveText('0:00');
    await expect(tools.getByRole('alert')).toHaveText('Time is up.');
    await expect(page).toHaveTitle(/^Time is up · /);
    await tools.getByRole('button', { name: 'Reset' }).click();
    await expect(time).toHaveText('5:00');
    await expect(tools.getByRole('alert')).toHaveCount(0);
    await expect(page).not.toHaveTitle(/Time is up/);
  });

  test('the countdown keeps time while the tab is in the background', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-06T09:00:00Z') });
    await openLabPage(page, 'allocation');
    await page.keyboard.press('p');
    const tools = page.getByRole('complementary', { name: 'Presenter tools' });
    await tools.getByRole('button', { name: 'Start' }).click();
    // A background tab's timers barely run: jump ten minutes, firing each timer at most once.
    await page.clock.fastForward('09:59');
    // 30 minutes, the run sheet's for the allocation lab, less ten.
    await expect(tools.locator('[data-presenter-time]')).toHaveText('20:01');
  });

  test('Print a handout brings in the whole lab and prints it with a QR code of the scenario', async ({ page }) => {
    await openLabPage(page, 'allocation', '#v=1&cur=EUR&budget=50000');
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed++;
      };
    });
    // Parts that load on scrolling are still placeholders.
    await expect(page.locator('[data-lazy]')).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Print a handout' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect(page.locator('[data-lazy]')).toHaveCount(0);
    const handout = page.locator('[data-print-handout]');
    await expect(handout).toContainText('Open this scenario in the lab');
    await expect(handout).toContainText('/labs/allocation/#v=1&cur=EUR&budget=50000');
    await page.emulateMedia({ media: 'print' });
    await expect(handout).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print a handout' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    expect(await scanSvg(handout)).toBe(page.url());
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`presenter mode passes axe (WCAG 2.2 AA) in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      await openLabPage(page, 'customer-base');
      await page.keyboard.press('p');
      const tools = page.getByRole('complementary', { name: 'Presenter tools' });
      await expect(tools.getByRole('heading', { name: 'Open this lab on your phone' })).toBeVisible();
      expect(await scanQr(page)).toMatch(/\/labs\/customer-base\/$/);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations).toEqual([]);
    });
  }
});
