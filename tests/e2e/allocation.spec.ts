import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, expectSafeLinkOpening, labHeadline, openLabPage, readyIsland, showLazyPart, test } from './fixtures';

const LESSON = '/lessons/customer-service-is-not-customer-centricity/';

function openLab(page: Page, fragment = ''): Promise<Locator> {
  return openLabPage(page, 'allocation', fragment);
}

/** Scrolls to the parts that load when the learner comes near them. */
function showDetails(page: Page): Promise<void> {
  return showLazyPart(page, 'allocation-details', page.locator('.allocation-equal'));
}

const headline = labHeadline;

function tier(page: Page, index: number): Locator {
  return page.locator('fieldset.tier').nth(index);
}

function strategyRow(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: 'The four strategies compared' })
    .getByRole('row', { name: new RegExp(`^${name}`) });
}

test.describe('customer value allocation lab', () => {
  test('compares the four strategies for the starting tiers and says why the best wins', async ({ page }) => {
    await openLab(page);
    await expect(headline(page)).toHaveText(
      /^The best split lifts the portfolio’s value by \$321,\d{3} \(ROI \+61%\), \$51,\d{3} more than treating every customer the same\.$/,
    );
    // 200,000 ÷ 30,000 customers = 6.67 each; lift 40,000 + 87,273 + 143,158 = 270,431.
    await expect(strategyRow(page, 'Treat everyone the same')).toContainText('$270,431');
    await expect(strategyRow(page, 'Best split')).toHaveAttribute('data-best', 'true');
    await expect(page.locator('.allocation-why')).toContainText('returns the same on its last one');
    await showDetails(page);
    await expect(page.locator('.allocation-equal')).toContainText('it gives up $51,');
    await expect(page.locator('.allocation-equal')).toContainText(
      'Where the next dollar goes: the best split spreads it across',
    );
  });

  test('the tier editor works with the keyboard alone: add, rename, reorder, remove', async ({ page, course }) => {
    await openLab(page);
    await course.tabTo(page.getByRole('button', { name: 'Add a tier' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('fieldset.tier')).toHaveCount(4);
    // Adding a tier puts the keyboard on its name.
    const name = tier(page, 3).getByRole('textbox', { name: 'Name of tier 4' });
    await expect(name).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Lapsed');
    await expect(tier(page, 3).locator('legend')).toHaveText('Tier 4: Lapsed');
    await course.tabTo(tier(page, 3).getByRole('textbox', { name: 'Customers, Lapsed' }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5,000');
    await expect(page).toHaveURL(/tn=Top%20value,Middle,Low%20value,Lapsed&tc=2000,8000,20000,5000&/);
    await course.tabTo(page.getByRole('button', { name: 'Move up, Lapsed' }));
    await page.keyboard.press('Enter');
    await expect(tier(page, 2).locator('legend')).toHaveText('Tier 3: Lapsed');
    // The keyboard stays on the button just pressed, on the tier's new place, so it can press again.
    await expect(page.getByRole('button', { name: 'Move up, Lapsed' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Lapsed moved up to tier 3.' })).toBeAttached();
    await course.tabTo(page.getByRole('button', { name: 'Remove, Middle' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('fieldset.tier')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Remove, Lapsed' })).toBeFocused();
    await expect(page).toHaveURL(/tn=Top%20value,Lapsed,Low%20value&tc=2000,5000,20000&/);
  });

  test('a value above the potential is explained beside the field and changes nothing', async ({ page }) => {
    await openLab(page);
    const before = await headline(page).textContent();
    const value = tier(page, 2).getByRole('textbox', { name: 'Value per customer now, Low value' });
    await value.fill('200');
    await expect(value).toHaveAttribute('aria-invalid', 'true');
    await expect(value).toHaveAccessibleDescription(/cannot be above the potential value \(\$134\)/);
    await expect(headline(page)).toHaveText(before ?? '');
    await expect(page.locator('.lab-pending')).toContainText('Low value, value per customer now: the figures use $100');
    // Raising the potential, as the message suggests, lets the value through.
    await tier(page, 2).getByRole('textbox', { name: 'Potential value per customer, Low value' }).fill('250');
    await expect(value).not.toHaveAttribute('aria-invalid');
    await expect(value).toHaveValue('200');
    await expect(page.locator('.lab-pending')).toHaveCount(0);
    await expect(page).toHaveURL(/tv=1000,300,200&tp=1170,360,250&/);
  });

  test('a portfolio set in one browser opens identically from its link in a fresh one', async ({ page, browser }) => {
    await openLab(page);
    await page.getByRole('combobox', { name: 'Currency' }).selectOption('GBP');
    await page.getByRole('textbox', { name: 'Budget to allocate' }).fill('150,000');
    await tier(page, 0).getByRole('textbox', { name: 'Name of tier 1' }).fill('VIP, gold');
    await expect(page).toHaveURL(/cur=GBP&budget=150000&tn=VIP%252C%20gold,/);
    const link = page.url();
    const shown = await headline(page).textContent();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openLab(other, new URL(link).hash);
    await expect(headline(other)).toHaveText(shown ?? '');
    await expect(other.getByRole('region', { name: 'Scenario from a link' })).toBeVisible();
    await expect(other.locator('fieldset.tier').first().getByRole('textbox', { name: 'Name' })).toHaveValue(
      'VIP, gold',
    );
    await fresh.close();
  });

  test.describe('hostile and broken links', () => {
    const nine = (value: string): string => Array.from({ length: 9 }, () => value).join(',');
    const cases: [string, string, RegExp][] = [
      [
        'nine tiers',
        `tn=${nine('T')}&tc=${nine('10')}&tv=${nine('1')}&tp=${nine('2')}&th=${nine('1')}`,
        /had 9 tiers; the lab keeps the first 8/,
      ],
      ['a 300-character name', `tn=${'N'.repeat(300)},Middle,Low`, /longer than 40 characters/],
      ['markup in a name', `tn=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')},B,C`, /^$/],
      ['lists that disagree', 'tc=1,2', /different lengths/],
      ['a potential below the value', 'tp=1,1,1', /potential value is below its value now/],
      ['prototype keys', '__proto__=1&constructor=2&budget=5', /^$/],
    ];
    for (const [name, params, message] of cases) {
      test(`${name}: loads safely, explains itself and shows valid results`, async ({ page }) => {
        await openLab(page, `#v=1&${params}`);
        await expectSafeLinkOpening(page, message);
        expect(await page.locator('fieldset.tier').count()).toBeLessThanOrEqual(8);
      });
    }
  });

  test('embedded in lesson 6 the lab leaves the lesson’s URL alone, and the worked example opens in it', async ({
    course,
    page,
  }) => {
    await course.openLesson(LESSON);
    const lab = await readyIsland(page, '[data-lab="allocation"]');
    await lab.getByRole('button', { name: 'Add a tier' }).click();
    await page.waitForTimeout(400);
    expect(new URL(page.url()).hash).toBe('');
    const example = page.getByRole('link', { name: /Open (this|the) example in the lab/ }).first();
    await example.click();
    await expect(page.locator('[data-lab="allocation"][data-ready="true"]')).toBeVisible();
    // Lesson 6: equal split $120,117 against $136,000 for the best split.
    await expect(strategyRow(page, 'Treat everyone the same')).toContainText('$120,117');
    await expect(strategyRow(page, 'Best split')).toContainText('$136,000');
  });
});

test.describe('customer value allocation lab, accessibility with everything open', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the lab with a link notice, an error and both tables open has no WCAG 2.2 AA violations (${theme})`, async ({
      page,
    }) => {
      await page.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      await openLab(page, '#v=1&tc=1,2');
      await page.getByRole('textbox', { name: 'Budget to allocate' }).fill('lots');
      await showDetails(page);
      await page.getByText('Show spend and lift per tier as a table').click();
      await page.getByText('Show the curve’s numbers as a table').click();
      await page.locator('.allocation-curve canvas').scrollIntoViewIfNeeded();
      const results = await new AxeBuilder({ page })
        .include('[data-lab="allocation"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations).toEqual([]);
    });
  }
});
