import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { goldenLinks } from '../../src/scenario/fixtures/golden-links';
import { expect, test } from './fixtures';

const PATH = '/workshop/board/';
// Lesson 4's campaign (first-sale ROI −20%, lifetime +36%) and the same campaign in złoty at the
// golden link's numbers; a link to a page that is not a lab, with markup in it.
const SHOP = `/labs/ltv-roi/#${goldenLinks['ltv-roi'][0]?.fragment ?? ''}`;
const OTHER = `https://course.example.org/labs/ltv-roi/#${goldenLinks['ltv-roi'][1]?.fragment ?? ''}`;
const BAD = 'https://course.example.org/pricing/#v=1&x=<b>bold</b>';

async function openBoard(page: Page, fragment = ''): Promise<Locator> {
  await page.goto(`${PATH}${fragment}`);
  const board = page.locator('[data-board][data-ready="true"]');
  await expect(board).toBeVisible();
  return board;
}

async function pasteLinks(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: /Share links, one or many/ }).fill(text);
  await page.getByRole('button', { name: 'Add links' }).click();
}

function group(page: Page, lab: string): Locator {
  return page.locator(`[data-group="${lab}"]`);
}

function teamNames(page: Page, lab: string): Locator {
  return group(page, lab).locator('.board-table thead th a');
}

function tableRow(page: Page, lab: string, label: string): Locator {
  return group(page, lab)
    .getByRole('region', { name: /the teams side by side/ })
    .getByRole('row', { name: new RegExp(`^${label}`) });
}

/** Presses Shift+Tab until `target` has focus (the fixture's `tabTo` goes forward only). */
async function shiftTabTo(page: Page, target: Locator, limit = 20): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Shift+Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with ${String(limit)} presses of Shift+Tab`);
}

async function threeLinks(page: Page): Promise<void> {
  await openBoard(page);
  await pasteLinks(page, `Here is ours ${SHOP}\n${BAD}\n${OTHER}`);
  await expect(teamNames(page, 'ltv-roi')).toHaveText(['Team 1', 'Team 2']);
}

test.describe('compare board', () => {
  test('three links, one invalid: the invalid one is flagged with its reason as text, the other two compared with the best marked', async ({
    page,
  }) => {
    await threeLinks(page);
    const flagged = page.getByRole('region', { name: 'Links that could not be read' });
    await expect(flagged.getByRole('listitem')).toHaveCount(1);
    await expect(flagged).toContainText('This link does not open one of the course’s labs.');
    // The pasted text is shown as text: its markup is not rendered.
    await expect(flagged.locator('code')).toHaveText(BAD);
    expect(await page.locator('.board b, .board img, .board script').count()).toBe(0);
    // The paste box is emptied: every link is on the board, read or flagged.
    await expect(page.getByRole('textbox', { name: /Share links/ })).toHaveValue('');
    await expect(
      page.getByRole('status').filter({ hasText: '2 teams added; 1 link could not be read' }),
    ).toBeAttached();

    // Lesson 4's campaign returns −20% on the first sale, better than the złoty campaign beside it.
    const firstSale = tableRow(page, 'ltv-roi', 'ROI credited with the first sale');
    await expect(firstSale.getByRole('cell')).toHaveText(['−20% best', /^−\d+(\.\d)?%$/]);
    const lifetime = tableRow(page, 'ltv-roi', 'ROI credited with lifetime value');
    await expect(lifetime).toContainText('higher is better');
    await expect(lifetime.locator('[data-best]')).toHaveCount(1);
    await expect(lifetime.locator('[data-best]')).toContainText('best');
    // Inputs are never marked; the two teams work in different currencies, so money is not compared.
    await expect(tableRow(page, 'ltv-roi', 'Campaign spend').locator('[data-best]')).toHaveCount(0);
    await expect(tableRow(page, 'ltv-roi', 'Lifetime value of one customer')).toContainText('different currencies');
    // Each team's column opens its scenario in the lab.
    await expect(teamNames(page, 'ltv-roi').first()).toHaveAttribute('href', SHOP);
    // The chart's numbers are on the page as a table as well.
    await expect(group(page, 'ltv-roi').locator('.board-chart-table tbody tr')).toHaveCount(2);
  });

  test('add, rename, reorder and remove teams with the keyboard alone', async ({ page, course }) => {
    await openBoard(page);
    const paste = page.getByRole('textbox', { name: /Share links/ });
    await course.tabTo(paste);
    await page.keyboard.insertText(`Blue team: ${SHOP}\n${BAD}\n${OTHER}`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add links' })).toBeFocused();
    await page.keyboard.press('Enter');
    // A name written before a link names its team.
    await expect(teamNames(page, 'ltv-roi')).toHaveText(['Blue team', 'Team 2']);
    // Add links is disabled once the box is empty: the keyboard is back in the box, not at the page's top.
    await expect(paste).toBeFocused();
    await course.tabTo(page.getByRole('textbox', { name: 'Name of team 1 in Lifetime ROI' }));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Red');
    await expect(teamNames(page, 'ltv-roi')).toHaveText(['Red', 'Team 2']);
    // Tab leaves the field (the change is announced) and skips Move up, disabled for the first team.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('status').filter({ hasText: 'is now called Red' })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Move down, Red' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(teamNames(page, 'ltv-roi')).toHaveText(['Team 2', 'Red']);
    // Red is now last: its Move down is disabled, so the keyboard is on its Move up.
    await expect(page.getByRole('button', { name: 'Move up, Red' })).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: 'Red moved down: now 2 of 2 in Lifetime ROI.' }),
    ).toBeAttached();

    await shiftTabTo(page, page.getByRole('button', { name: 'Remove, Team 2' }));
    await page.keyboard.press('Enter');
    await expect(teamNames(page, 'ltv-roi')).toHaveText(['Red']);
    await expect(page.getByRole('button', { name: 'Remove, Red' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Team 2 removed.' })).toBeAttached();
    await expect(page).toHaveURL(/#v=1&n=Compare%20board&t1=ltv-roi!Red!/);
  });

  test('the board’s link opens the same board in a fresh browser, without replacing the board kept there', async ({
    page,
    browser,
  }) => {
    await threeLinks(page);
    await page.getByRole('textbox', { name: 'Board title' }).fill('Warsaw, day 2');
    await page.getByRole('textbox', { name: 'Name of team 2 in Lifetime ROI' }).fill('Blue & “co”');
    await expect(page).toHaveURL(/n=Warsaw,%20day%202&t1=ltv-roi!Team%201!.*&t2=ltv-roi!Blue%20%26%20/);
    const link = page.getByRole('link', { name: /\/workshop\/board\/#v=1/ });
    await expect(link).toHaveAttribute('href', page.url());

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    // That browser already has a board of its own.
    await openBoard(other);
    await other.getByRole('button', { name: 'Load an example board' }).click();
    await expect(other.locator('[data-group]')).toHaveCount(2);

    await openBoard(other, new URL(page.url()).hash);
    await expect(other.getByRole('heading', { name: 'Warsaw, day 2' })).toBeVisible();
    await expect(teamNames(other, 'ltv-roi')).toHaveText(['Team 1', 'Blue & “co”']);
    await expect(other.getByRole('region', { name: 'Board from a link' })).toContainText(
      'This board was opened from a shared link.',
    );
    // Flagged links are not in a board's link.
    await expect(other.getByRole('region', { name: 'Links that could not be read' })).toHaveCount(0);

    // Not changed, so not kept: that browser's own board is still there.
    await openBoard(other);
    await expect(other.getByRole('heading', { name: 'Example board (illustrative numbers)' })).toBeVisible();
    await fresh.close();

    // The first browser reopens its board, flagged link included, as its own.
    await openBoard(page, '');
    await expect(page.getByRole('heading', { name: 'Warsaw, day 2' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Links that could not be read' })).toContainText(BAD);
    await expect(page.getByText('This is your board from your last visit')).toBeVisible();
  });

  test('a damaged board link opens what it can, with a plain-words note', async ({ page }) => {
    const good = `t1=ltv-roi!Red!${goldenLinks['ltv-roi'][0]?.fragment.replace(/&/g, '!').replace(/=/g, '~') ?? ''}`;
    await openBoard(page, `#v=1&n=Day&${good}&t2=pricing!Blue!v~1&t3=ltv-roi!Gr`);
    const notice = page.getByRole('region', { name: 'Board from a link' });
    await expect(notice).toContainText('Team 2: “pricing” is not one of the course’s labs, so it was left out.');
    await expect(notice).toContainText('Team 3: it is not a team written by this board, so it was left out.');
    await expect(teamNames(page, 'ltv-roi')).toHaveText(['Red']);

    // An address that is not a board at all (the page's skip link, a heading) is not mistaken for one.
    await page.goto('/');
    await openBoard(page, '#_top');
    await expect(page.getByRole('region', { name: 'Board from a link' })).toHaveCount(0);
  });

  test('a board too big for one link says why beside the Copy button', async ({ page }) => {
    await openBoard(page);
    await pasteLinks(page, Array.from({ length: 17 }, () => SHOP).join('\n'));
    await expect(group(page, 'ltv-roi').locator('.board-team')).toHaveCount(17);
    await expect(page.getByRole('button', { name: 'Copy link to this board' })).toBeDisabled();
    await expect(page.locator('.share-link-problem')).toHaveText(/at most 16 teams, and this board has 17/);
  });

  test('with the mouse: the example board, removing a team, and opening a team’s scenario in its lab', async ({
    page,
  }) => {
    await openBoard(page);
    await expect(page.getByRole('heading', { name: 'No teams on the board yet' })).toBeVisible();
    await expect(page.getByText('illustrative numbers', { exact: false }).first()).toBeVisible();
    await page.getByRole('button', { name: 'Load an example board' }).click();
    await expect(page.locator('[data-group]')).toHaveCount(2);
    await expect(page.locator('[data-group] h3')).toHaveText([/^Value equation/, /^Lifetime ROI/]);
    await expect(page.getByRole('heading', { name: 'Example board (illustrative numbers)' })).toBeFocused();

    await page.getByRole('button', { name: 'Remove, Prestige cars (illustrative)' }).click();
    await expect(page.locator('[data-group]')).toHaveCount(1);

    const chartRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/chart-runtime.')) chartRequests.push(r.url());
    });
    await group(page, 'ltv-roi').locator('canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => chartRequests.length).toBeGreaterThan(0);

    await teamNames(page, 'ltv-roi').first().click();
    await expect(page).toHaveURL(/\/labs\/ltv-roi\/#v=1&cur=USD&spend=20000&/);
    await expect(page.locator('.lab-headline')).toContainText('−20%');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`no WCAG 2.2 AA violations with a board loaded, ${theme} theme`, async ({ page }) => {
      await page.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      await threeLinks(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual(
        [],
      );
    });
  }

  test('prints the board without navigation or controls, tables and the chart’s numbers whole', async ({ page }) => {
    await threeLinks(page);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.locator('header.header'),
      page.getByRole('navigation', { name: 'Main' }),
      page.locator('.board-paste'),
      page.getByRole('button', { name: /Copy link/ }),
      page.getByRole('button', { name: /^Move|^Remove/ }).first(),
      page.getByRole('textbox', { name: 'Board title' }),
    ])
      await expect(hidden).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Compare board', level: 2 })).toBeVisible();
    await expect(tableRow(page, 'ltv-roi', 'ROI credited with lifetime value')).toBeVisible();
    await expect(group(page, 'ltv-roi').locator('.board-chart-table')).toBeVisible();
    await expect(page.locator('.board-flagged-source')).toBeVisible();
  });
});
