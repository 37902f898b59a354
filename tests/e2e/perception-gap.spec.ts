import type { Locator, Page } from '@playwright/test';
import { expect, readyIsland, test } from './fixtures';

const LESSON = '/lessons/closing-the-say-do-gap/';

async function openCalculator(page: Page, fragment = ''): Promise<Locator> {
  await page.goto(`${LESSON}${fragment}`);
  return readyIsland(page, '[data-lab="perception-gap"]');
}

function field(calculator: Locator, name: string): Locator {
  return calculator.getByRole('textbox', { name });
}

test.describe('perception-gap calculator in lesson 8', () => {
  test('the illustrative room shows a 25-point gap that is not yet clear, beside Smith’s 22', async ({ page }) => {
    const calculator = await openCalculator(page);
    // 13/20 against 8/20: Newcombe's interval is −5.4 to +49.8 points.
    await expect(calculator.locator('.lab-headline')).toHaveText(
      '65% of Leaders agree, against 40% of Front line: a gap of +25 points (95% interval −5.4 to +49.8 points). The interval includes no gap at all, so the room has not shown a gap yet: ask more people.',
    );
    await expect(calculator.locator('.gap-reference')).toContainText('a gap of +22 points');
  });

  test('the same shares from a room ten times larger show the gap clearly, typed with the keyboard', async ({
    page,
    course,
  }) => {
    const calculator = await openCalculator(page);
    for (const [name, value] of [
      ['Asked, Leaders', '200'],
      ['Agreed, Leaders', '130'],
      ['Asked, Front line', '200'],
      ['Agreed, Front line', '80'],
    ] as const) {
      await course.tabTo(field(calculator, name));
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
    }
    await expect(calculator.locator('.lab-headline')).toContainText('(95% interval +15.3 to +34.1 points)');
    await expect(calculator.locator('.lab-headline')).toContainText('The room shows a clear gap.');
  });

  test('more people agreeing than were asked is explained beside the field, and fixed from the other one', async ({
    page,
  }) => {
    const calculator = await openCalculator(page);
    const agreed = field(calculator, 'Agreed, Leaders');
    await agreed.fill('25');
    await expect(agreed).toHaveAttribute('aria-invalid', 'true');
    await expect(agreed).toHaveAccessibleDescription(/More people cannot agree than were asked \(20\)/);
    await expect(calculator.locator('.lab-headline')).toContainText('65% of Leaders');
    await field(calculator, 'Asked, Leaders').fill('30');
    await expect(agreed).not.toHaveAttribute('aria-invalid');
    await expect(calculator.locator('.lab-headline')).toContainText('83.3% of Leaders');
  });

  test('its link opens the lesson with the room’s numbers in a fresh browser, and never rewrites the lesson’s URL', async ({
    page,
    browser,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const calculator = await openCalculator(page);
    await field(calculator, 'Name of the second group').fill('Shop floor');
    await field(calculator, 'Agreed, Shop floor').fill('3');
    await page.waitForTimeout(400);
    expect(new URL(page.url()).hash).toBe('');
    await calculator.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${baseURL ?? ''}${LESSON}#v=1&an=Leaders&aa=13&as=20&bn=Shop%20floor&ba=3&bs=20`);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const opened = await openCalculator(other, new URL(link).hash);
    await expect(opened.getByRole('region', { name: 'Scenario from a link' })).toBeVisible();
    await expect(opened.locator('.lab-headline')).toContainText('15% of Shop floor');
    await fresh.close();
  });

  test('a link with impossible counts opens safely and says what it reset', async ({ page }) => {
    const calculator = await openCalculator(page, '#v=1&aa=50&as=20&bn=%3Cb%3Ex%3C%2Fb%3E');
    await expect(calculator.locator('.lab-notice')).toContainText('more people agreed (50) than were asked (20)');
    await expect(calculator.locator('.lab-results')).not.toContainText(/NaN|Infinity|undefined/);
    expect(await calculator.locator('b').count()).toBe(0);
  });
});
