import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectSafeLinkOpening, readyIsland, test } from './fixtures';

const LAB = '/labs/value-equation/';

/** The lab, once hydrated (its headline only exists after the island renders in the browser). */
async function openLab(page: Page, fragment = ''): Promise<void> {
  await page.goto(`${LAB}${fragment}`);
  await expect(page.locator('[data-lab="value-equation"][data-ready="true"]')).toBeVisible();
}

function headline(page: Page) {
  return page.locator('.lab-headline');
}

function yours(page: Page) {
  return page.getByRole('group', { name: 'Your offer' });
}

function theirs(page: Page) {
  return page.getByRole('group', { name: 'The competitor' });
}

test.describe('value equation lab', () => {
  test('shows both values, the relative value and the value-equivalent price for the starting scenario', async ({
    page,
  }) => {
    await openLab(page);
    await expect(headline(page)).toHaveText(
      'Customers get 1.08 times as much value from your offer as from the market.',
    );
    await expect(page.locator('.lab-values')).toContainText('1.18');
    await expect(page.locator('.lab-values')).toContainText('1.09');
    await expect(page.locator('.lab-values')).toContainText('Relative value1.08 (you are ahead)');
    await expect(page.locator('.lab-values')).toContainText('Value-equivalent price6.92');
    await expect(page.locator('.lab-equivalent')).toHaveText(
      'You could raise your price rating from 6 to 6.9 before losing your value advantage over the market.',
    );
  });

  test('values update as a slider moves, and presets and Reset replace the scenario', async ({ page }) => {
    await openLab(page);
    const hassle = yours(page).getByRole('slider', { name: /Hassle/ });
    await hassle.fill('1');
    // (7 + 6) ÷ (6 + 1) = 1.857…; the market (7 + 5) ÷ (5 + 6) = 1.0909…; ratio 1.70
    await expect(headline(page)).toHaveText(
      'Customers get 1.70 times as much value from your offer as from the market.',
    );
    await expect(yours(page).getByRole('textbox', { name: /Hassle of Your offer/ })).toHaveValue('1');

    await page.getByRole('button', { name: 'A price war' }).click();
    // (6 + 5) ÷ (3 + 6) = 1.222; rival (6 + 5) ÷ (2.5 + 6) = 1.294; 1.294 ÷ 1.222 = 1.06
    await expect(headline(page)).toHaveText(
      'Customers get 1.06 times as much value from Discount rival as from Your store.',
    );
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(headline(page)).toContainText('1.08 times as much value from your offer');
  });

  test('learner can work the lab with the keyboard alone', async ({ course, page }) => {
    await openLab(page);
    const quality = yours(page).getByRole('slider', { name: /Product quality/ });
    await course.tabTo(quality);
    await page.keyboard.press('PageUp');
    // PageUp moves a tenth of the scale: product quality 7 → 8, so (8 + 6) ÷ 11 = 1.27 against 1.09.
    await expect(page.locator('.lab-values')).toContainText('1.27');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(yours(page).getByRole('textbox', { name: /Product quality of/ })).toHaveValue('8');

    const price = yours(page).getByRole('textbox', { name: /Price of Your offer/ });
    await course.tabTo(price);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('4');
    // (8 + 6) ÷ (4 + 5) = 1.556; ÷ 1.0909 = 1.43
    await expect(headline(page)).toContainText('1.43 times as much value');

    const hassleGuess = page.getByRole('radio', { name: 'Hassle' });
    await course.tabTo(page.getByRole('radio', { name: 'Product quality' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(hassleGuess).toBeChecked();
    await course.tabTo(page.getByRole('button', { name: 'Reveal the ranking' }));
    await page.keyboard.press('Enter');
    // Price and hassle tie at the top: one point off 9 gives 14 ÷ 8 − 14 ÷ 9 = 0.19.
    await expect(page.locator('.prediction-verdict')).toHaveText(
      'Right: hassle ties with price for the most value per step.',
    );
    await expect(page.locator('.lever-ranking li').first()).toContainText('+0.19 value');

    await course.tabTo(page.getByText('Show the chart’s numbers as a table'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table')).toContainText('14');
  });

  test('fast key presses on a slider are none of them lost', async ({ page }) => {
    await openLab(page);
    const slider = yours(page).getByRole('slider', { name: /Product quality/ });
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    // Six steps of 0.1 down from 7.
    await expect(slider).toHaveValue('6.4');
    await expect(yours(page).getByRole('textbox', { name: /Product quality of/ })).toHaveValue('6.4');
    await expect(page.locator('.lab-values dd').first()).toContainText('1.13'); // (6.4 + 6) ÷ (6 + 5)
  });

  test('bad input in a number field is explained beside it and never breaks the results', async ({ page }) => {
    await openLab(page);
    const field = theirs(page).getByRole('textbox', { name: /Service quality of The market/ });
    const before = await headline(page).textContent();
    for (const [typed, message] of [
      ['lots', '“lots” is not a number. Enter a rating from 0 to 10.'],
      ['12', '12 is above the scale’s maximum, 10. Enter a rating from 0 to 10.'],
      ['-1', '-1 is below the scale’s minimum, 0. Enter a rating from 0 to 10.'],
      ['', 'Enter a rating from 0 to 10.'],
    ] as const) {
      await field.fill(typed);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      // The hint ("10 = outstanding service") comes first, then the message.
      await expect(field).toHaveAccessibleDescription(`10 = outstanding service ${message}`);
      await expect(field).toHaveValue(typed);
      await expect(headline(page)).toHaveText(before ?? '');
    }
    await field.fill('6,5');
    await expect(field).not.toHaveAttribute('aria-invalid');
    await expect(page.locator('.lab-values')).toContainText('1.23');

    const price = yours(page).getByRole('textbox', { name: /Price of Your offer/ });
    const hassle = yours(page).getByRole('textbox', { name: /Hassle of Your offer/ });
    await price.fill('0');
    await hassle.fill('0');
    await expect(hassle).toHaveAccessibleDescription(/Price and hassle cannot both be 0/);
    await expect(page.locator('.lab')).not.toContainText(/NaN|Infinity/);
  });

  test('a scenario set in one browser opens identically from its link in a fresh one', async ({ page, browser }) => {
    await openLab(page);
    await yours(page).getByRole('textbox', { name: 'Name' }).fill('Acme Appliances');
    await theirs(page)
      .getByRole('textbox', { name: /Product quality of The market/ })
      .fill('8.5');
    await yours(page)
      .getByRole('slider', { name: /Hassle/ })
      .fill('2.5');
    await expect(page).toHaveURL(/#v=1&yn=Acme%20Appliances&.*&h=2\.5&.*&cpq=8\.5/);
    const link = page.url();
    const shown = await headline(page).textContent();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openLab(other, new URL(link).hash);
    await expect(headline(other)).toHaveText(shown ?? '');
    await expect(other.getByRole('region', { name: 'Scenario from a link' })).toBeVisible();
    await expect(yours(other).getByRole('textbox', { name: 'Name' })).toHaveValue('Acme Appliances');
    await expect(theirs(other).getByRole('textbox', { name: /Product quality of/ })).toHaveValue('8.5');
    await fresh.close();
  });

  test('Copy link copies the scenario’s link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openLab(page);
    await page.getByRole('button', { name: 'A quality race' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `${baseURL ?? ''}${LAB}#v=1&yn=Your%20product&pq=9.5&sq=5&p=8&h=6&cn=The%20rival&cpq=8&csq=6&cp=6.5&ch=5`,
    );
  });

  test('chart.js is fetched only when the chart scrolls into view', async ({ page }) => {
    const chartRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('chart-runtime')) chartRequests.push(r.url());
    });
    await page.setViewportSize({ width: 1280, height: 600 });
    await openLab(page);
    expect(chartRequests).toEqual([]);
    await page.locator('.lab-chart canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => chartRequests.length).toBe(1);
    await expect
      .poll(() => page.locator('.lab-chart canvas').evaluate((c: HTMLCanvasElement) => c.width))
      .toBeGreaterThan(0);
  });

  test('a chart drawn in the dark theme prints as it would from the light theme, not light grey on white', async ({
    browser,
  }) => {
    /** The chart as drawn (a digest of its pixels) on screen and on paper, in a browser set to `theme`. */
    async function drawings(theme: 'light' | 'dark'): Promise<{ screen: string; paper: string }> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      const page = await context.newPage();
      await openLab(page);
      const canvas = page.locator('.lab-chart canvas');
      await canvas.scrollIntoViewIfNeeded();
      const digest = (): Promise<string> =>
        canvas.evaluate(async (c: HTMLCanvasElement) => {
          const bytes = new TextEncoder().encode(c.toDataURL());
          const hash = await crypto.subtle.digest('SHA-256', bytes);
          return `${String(c.width)}×${String(c.height)} ${btoa(String.fromCharCode(...new Uint8Array(hash)))}`;
        });
      // Drawn, and still (the first drawing is animated): the same picture twice, a moment apart.
      const settled = async (): Promise<string> => {
        let last = '';
        await expect
          .poll(async () => {
            const now = await digest();
            const same = now === last && !now.startsWith('0×');
            last = now;
            return same;
          })
          .toBe(true);
        return last;
      };
      const screen = await settled();
      await page.emulateMedia({ media: 'print' });
      const paper = await settled();
      await context.close();
      return { screen, paper };
    }
    const light = await drawings('light');
    const dark = await drawings('dark');
    expect(dark.screen).not.toBe(light.screen);
    expect(dark.paper).toBe(light.paper);
  });

  test.describe('hostile and broken links', () => {
    const cases: [string, string, RegExp][] = [
      ['a script tag in a name', `cn=${encodeURIComponent('<script>window.__pwned=1</script>')}`, /^$/],
      ['an event handler in a name', `yn=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`, /^$/],
      ['prototype keys', '__proto__=1&constructor=2&pq=8', /^$/],
      ['NaN', 'pq=NaN', /“NaN” is not a number/],
      ['Infinity', 'p=Infinity', /“Infinity” is not a number/],
      ['1e308', 'cpq=1e308', /above the maximum of 10/],
      ['a negative rating', 'csq=-3', /below the minimum of 0/],
      ['an empty value', 'sq=', /was empty/],
      ['a duplicate key', 'pq=8&pq=2', /appeared more than once/],
      ['an unknown version', 'v=999&pq=8', /newer version of this course/],
      ['broken percent-encoding', 'yn=%E0%A4%A', /could not be read/],
      ['price and hassle both 0', 'p=0&h=0', /cannot both be 0/],
      ['a 100 KB link', `pad=${'x'.repeat(100_000)}`, /too long/],
    ];
    for (const [name, params, message] of cases) {
      test(`${name}: loads safely, explains itself and shows valid results`, async ({ page }) => {
        let dialogs = 0;
        page.on('dialog', (d) => {
          dialogs++;
          void d.dismiss();
        });
        const fragment = params.startsWith('v=') ? `#${params}` : `#v=1&${params}`;
        await openLab(page, fragment);
        await expectSafeLinkOpening(page, message);
        await expect(page.locator('.lab-values dd').first()).toHaveText(/^\d+\.\d\d/);
        expect(dialogs).toBe(0);
      });
    }
  });

  test('embedded in lesson 2 the lab leaves the lesson’s URL alone and links to its own page', async ({
    course,
    page,
  }) => {
    await course.openLesson('/lessons/the-value-equation/');
    const lab = await readyIsland(page, '[data-lab="value-equation"]');
    await lab.getByRole('button', { name: 'Take the hassle out' }).click();
    await expect(lab.locator('.lab-headline')).toContainText('Hassle-free prestige car');
    await page.waitForTimeout(400);
    expect(new URL(page.url()).hash).toBe('');
    const own = lab.getByRole('link', { name: 'Open this scenario on the lab’s own page' });
    await expect(own).toHaveAttribute('href', /\/labs\/value-equation\/#v=1&yn=Hassle-free%20prestige%20car/);
    await own.click();
    await expect(headline(page)).toContainText('Hassle-free prestige car');
  });
});

test.describe('value equation lab, typing and undoing', () => {
  test('a half-typed number never drives the figures, and Reset clears a bad field', async ({ page }) => {
    await openLab(page);
    const price = yours(page).getByRole('textbox', { name: /Price of Your offer/ });
    await price.fill('');
    await price.pressSequentially('11');
    await expect(price).toHaveAccessibleDescription(/11 is above the scale’s maximum, 10/);
    // The figures keep the price from before typing (6), and say so.
    await expect(page.locator('.lab-formula').first()).toHaveText('(7 + 6) ÷ (6 + 5)');
    await expect(page.locator('.lab-pending')).toHaveText(
      'Your offer’s price: the figures use 6 until the field holds a rating.',
    );
    await yours(page)
      .getByRole('slider', { name: /Service quality/ })
      .fill('9');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(price).toHaveValue('6');
    await expect(price).not.toHaveAttribute('aria-invalid');
    await expect(page.locator('.lab-pending')).toHaveCount(0);
    await expect(yours(page).getByRole('textbox', { name: /Service quality of/ })).toHaveValue('6');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(yours(page).getByRole('textbox', { name: /Service quality of/ })).toHaveValue('9');
  });

  test('fast typing keeps every keystroke: "100" stays "100" with its message', async ({ page }) => {
    await openLab(page);
    const quality = theirs(page).getByRole('textbox', { name: /Product quality of/ });
    await quality.fill('');
    await quality.pressSequentially('100');
    await expect(quality).toHaveValue('100');
    await expect(quality).toHaveAccessibleDescription(/100 is above the scale’s maximum, 10/);
    await expect(page.locator('.lab-formula').nth(1)).toHaveText('(7 + 5) ÷ (5 + 6)');
    await quality.press('Tab');
    await expect(quality).toHaveValue('100');
  });

  test('a preset tells its story and can be undone', async ({ page }) => {
    await openLab(page);
    await yours(page).getByRole('textbox', { name: 'Name' }).fill('Acme');
    await page.getByRole('button', { name: 'A price war' }).click();
    await expect(page.locator('.lab-preset-story')).toContainText('keep undercutting each other');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(yours(page).getByRole('textbox', { name: 'Name' })).toHaveValue('Acme');
    await expect(headline(page)).toContainText('from Acme as from the market');
  });

  test('a refused slider step leaves slider, field and figures in agreement', async ({ page }) => {
    await openLab(page, '#v=1&p=0&h=0.2');
    const hassle = yours(page).getByRole('slider', { name: /Hassle/ });
    await hassle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    // 0.2 → 0.1, then two refused steps: hassle cannot reach 0 while price is 0.
    await expect(hassle).toHaveValue('0.1');
    await expect(yours(page).getByRole('textbox', { name: /Hassle of Your offer/ })).toHaveValue('0.1');
    await expect(page.locator('.lab-formula').first()).toHaveText('(7 + 6) ÷ (0 + 0.1)');
    await expect(hassle).toHaveAccessibleDescription(/Price and hassle cannot both be 0/);
  });

  test('an offer with no quality is described in words, never as infinity', async ({ page }) => {
    await openLab(page, '#v=1&pq=0&sq=0');
    await expect(headline(page)).toHaveText(
      'Customers get no value from your offer: its product and service quality are both 0.',
    );
    await expect(page.locator('.lab')).not.toContainText(/∞|Infinity|NaN/);
  });
});

test.describe('value equation lab, accessibility with everything open', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the lab with a link notice, the ranking and the data table open has no WCAG 2.2 AA violations (${theme})`, async ({
      page,
    }) => {
      await page.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      await openLab(page, '#v=1&pq=abc&p=0&h=0');
      await page.getByRole('radio', { name: 'Price' }).check();
      await page.getByRole('button', { name: 'Reveal the ranking' }).click();
      await page.getByText('Show the chart’s numbers as a table').click();
      await yours(page)
        .getByRole('textbox', { name: /Hassle of/ })
        .fill('twelve');
      await page.locator('.lab-chart canvas').scrollIntoViewIfNeeded();
      const results = await new AxeBuilder({ page })
        .include('[data-lab="value-equation"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual(
        [],
      );
    });
  }
});
