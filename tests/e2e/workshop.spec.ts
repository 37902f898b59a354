import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openKit(page: Page, fragment = '') {
  await page.goto(`/workshop/${fragment}`);
  const builder = page.locator('[data-lab="agenda"][data-ready="true"]');
  await expect(builder).toBeVisible();
  return builder;
}

const sheet = (page: Page) => page.getByRole('region', { name: /^Run sheet:/ });
const times = (page: Page) => sheet(page).locator('.run-sheet-time strong');

test.describe('facilitator kit', () => {
  test('builds an agenda with the keyboard: start time, minutes, an exercise added and moved, a break removed', async ({
    page,
  }) => {
    await openKit(page);
    await expect(sheet(page)).toContainText('09:00 to 11:37: 2 h 37 min, of which 15 min of breaks.');
    // A start time that is not one is refused beside the field, and the run sheet keeps its times.
    const start = page.getByLabel('Starts at (24-hour, hh:mm)');
    await start.fill('9.30');
    await start.press('Enter');
    await expect(page.getByText('Enter a 24-hour time such as 09:30.')).toBeVisible();
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await start.fill('13:30');
    await start.press('Enter');
    await expect(start).not.toHaveAttribute('aria-invalid', 'true');
    await expect(times(page).first()).toHaveText('13:30–13:42');

    const minutes = page.getByLabel('Minutes for item 1: Two meanings of customer value');
    await minutes.fill('20');
    await minutes.press('Tab');
    await expect(times(page).nth(1)).toHaveText('13:50–14:04');

    // Add the allocation lab from the list, by keyboard.
    const add = page.getByLabel('Add a lesson or exercise');
    await add.focus();
    await add.selectOption({ label: 'Lab: Allocation lab: invest where the value potential is (30 min)' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'added at the end' })).toHaveText(
      'Allocation lab: invest where the value potential is added at the end.',
    );
    // Focus moves to the new item's title.
    await expect(page.getByLabel('Title of item 10')).toBeFocused();
    await expect(sheet(page)).toContainText('Allocation lab: invest where the value potential is');

    // Move it one place earlier with its button, and focus stays on that button.
    const earlier = page.getByRole('button', { name: 'Earlier, Allocation lab: invest where the value potential is' });
    await earlier.focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', { name: 'Earlier, Allocation lab: invest where the value potential is' }),
    ).toBeFocused();
    await expect(sheet(page).locator('.run-sheet-row h3').nth(8)).toContainText('Allocation lab');

    // Remove the coffee break.
    await page.getByRole('button', { name: 'Remove, Coffee' }).click();
    await expect(sheet(page)).not.toContainText('Coffee');
    await expect(sheet(page)).toContainText('13:30 to 16:30: 3 h.');

    // Kept in this browser: a reload brings the agenda back, and says so.
    await page.reload();
    await expect(page.locator('[data-lab="agenda"][data-ready="true"]')).toBeVisible();
    await expect(page.getByText('This is your agenda from your last visit')).toBeVisible();
    await expect(times(page).first()).toHaveText('13:30–13:50');
  });

  test('the run sheet prints alone, with every item’s notes and links as addresses', async ({ page }) => {
    await openKit(page);
    await page.getByLabel('Show facilitator notes (always printed)').uncheck();
    await expect(sheet(page).getByText('Purpose').first()).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Plan the session' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'How to run each exercise' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(sheet(page)).toBeVisible();
    await expect(sheet(page).getByText('Purpose').first()).toBeVisible();
    // On paper a link is its address, this site's included.
    await expect(
      sheet(page).getByText(`${new URL(page.url()).host}/labs/value-equation/`, { exact: true }),
    ).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    // The suggested agenda's run sheet, notes included, fits a few pages (the whole page would be a dozen).
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(5);
  });

  test('an agenda travels as a link: a fresh browser sees the same run sheet, and a damaged link says what it reset', async ({
    page,
    browser,
  }) => {
    await openKit(page);
    await page.getByRole('button', { name: 'A two-hour taster' }).click();
    await expect(sheet(page)).toContainText('Run sheet: Customer value: a two-hour taster');
    await expect(page).toHaveURL(/#v=1&n=Customer%20value%3A%20a%20two-hour%20taster&start=1400/);
    const link = await page.getByRole('link', { name: /\/workshop\/#v=1/ }).getAttribute('href');
    expect(link).toBeTruthy();
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link ?? '');
    await expect(other.locator('[data-lab="agenda"][data-ready="true"]')).toBeVisible();
    await expect(other.getByRole('region', { name: 'Agenda from a link' })).toContainText(
      'This agenda was opened from a shared link.',
    );
    await expect(other.locator('.run-sheet-time strong')).toHaveText([
      '14:00–14:12',
      '14:12–14:26',
      '14:26–14:51',
      '14:51–15:01',
      '15:01–15:16',
      '15:16–15:46',
      '15:46–16:00',
    ]);
    // A followed link is not kept until it is changed: the fresh browser keeps nothing yet.
    expect(await other.evaluate(() => localStorage.getItem('valued:scenario:agenda'))).toBeNull();
    await other.goto('/workshop/#v=1&n=Broken&start=2599&it=lesson.the-value-equation,break&im=14,10&in=,');
    await expect(other.getByRole('region', { name: 'Agenda from a link' })).toContainText(
      'Some of it needed attention',
    );
    await expect(other.locator('.run-sheet-time strong').first()).toHaveText('09:00–09:14');
    await fresh.close();
  });

  test('Copy link right after typing a title copies the agenda with that title; Reset can be undone', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openKit(page);
    await page.getByLabel('Title of item 1').fill('Welcome and intros');
    // The field commits as it loses focus to the button: the copied link must include it.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(
      'Link copied. Anyone who opens it sees this agenda.',
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('in=Welcome%20and%20intros,');
    // The page's address follows once the facilitator pauses, as on every page with a link.
    await expect(page).toHaveURL(copied);

    // Reset throws the edits away, and Undo brings them back.
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.getByLabel('Title of item 1')).toHaveValue('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Title of item 1')).toHaveValue('Welcome and intros');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reset' })).toBeFocused();
    await expect(page).toHaveURL(/in=Welcome%20and%20intros,/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the kit with a link notice and a refused field passes axe in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      await openKit(page, '#v=1&n=Axe&start=0900&it=lesson.retired,break&im=20,10&in=,');
      const minutes = page.getByLabel('Minutes for item 2: Break');
      await minutes.fill('0');
      await minutes.press('Tab');
      await expect(page.getByText('Enter whole minutes from 1 to 720.')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations).toEqual([]);
    });
  }
});
