import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, labHeadline, openLabPage, readyIsland, test } from './fixtures';

const PLAN = '/lessons/your-customer-value-plan/';
const AUDIT_LESSON = '/lessons/feeling-valued-beats-feeling-satisfied/';

async function openPlan(page: Page): Promise<Locator> {
  await page.goto(PLAN);
  return readyIsland(page, '[data-exercise="plan"]');
}

function card(plan: Locator, lab: string): Locator {
  return plan.locator(`[data-plan-lab="${lab}"]`);
}

function commitment(plan: Locator, name: string): Locator {
  return plan.getByRole('textbox', { name });
}

/** Works the value equation lab so it saves a scenario, and returns the headline it shows. */
async function workValueEquation(page: Page): Promise<string> {
  const lab = await openLabPage(page, 'value-equation');
  await lab.getByRole('textbox', { name: /Hassle of Your offer/ }).fill('2');
  await lab.getByRole('textbox', { name: /Hassle of Your offer/ }).press('Enter');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('valued:scenario:value-equation')))
    .toContain('&h=2&');
  return (await labHeadline(page).textContent()) ?? '';
}

/** Fills everything the course keeps: a scenario, the audit, the threats, the plan and progress. */
async function fillCourseData(page: Page): Promise<{ headline: string }> {
  const headline = await workValueEquation(page);
  await page.goto(AUDIT_LESSON);
  await page.getByRole('button', { name: 'Mark lesson complete' }).click();
  const audit = await readyIsland(page, '[data-exercise="audit"]');
  await audit.locator('[data-statement="a1"]').getByRole('radio', { name: 'Strongly disagree' }).check();
  await audit.locator('[data-statement="m1"]').getByRole('radio', { name: 'Agree', exact: true }).check();
  const threats = await readyIsland(page, '[data-exercise="threats"]');
  await threats.locator('[data-threat="speed"]').getByRole('radio', { name: 'Very exposed' }).check();
  const plan = await openPlan(page);
  await plan.getByRole('textbox', { name: /Plan for/ }).fill('Northwind Homeware');
  await commitment(plan, 'Which hassle we will remove').fill(
    'Replace the returns form with a prepaid label.\nOwner: Tom, by 30 June.',
  );
  return { headline };
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test.describe('lesson 9: the customer value plan', () => {
  test('shows the learner’s saved scenario with the lab’s own headline, and reopens it', async ({ page }) => {
    const headline = await workValueEquation(page);
    const plan = await openPlan(page);
    await expect(card(plan, 'value-equation')).toContainText(headline);
    // Labs not worked point to their lessons instead of inventing a result.
    await expect(card(plan, 'allocation')).toContainText('Not worked in this browser yet.');
    await expect(card(plan, 'allocation').getByRole('link')).toHaveAttribute(
      'href',
      '/lessons/customer-service-is-not-customer-centricity/',
    );
    await expect(plan).toContainText('You have not taken the self-audit in this browser yet.');

    await card(plan, 'value-equation').getByRole('link', { name: 'Open this scenario' }).click();
    // The link carries only what differs from the lab's start: a short address, the same scenario.
    await expect(page).toHaveURL(/\/labs\/value-equation\/#v=1&h=2$/);
    await expect(labHeadline(page)).toHaveText(headline);
  });

  test('commitments are kept as typed, line breaks and all, across a reload', async ({ page, course }) => {
    let plan = await openPlan(page);
    const measure = commitment(plan, 'What we will measure');
    await course.tabTo(measure);
    await page.keyboard.type('Ask “Does this company appreciate my business?”');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Owner: Priya. ');
    await page.reload();
    plan = await openPlan(page);
    await expect(commitment(plan, 'What we will measure')).toHaveValue(
      'Ask “Does this company appreciate my business?”\nOwner: Priya. ',
    );
  });

  test('prints alone on one page of A4 and of Letter, without the site’s chrome, links as addresses', async ({
    page,
  }) => {
    await fillCourseData(page);
    const plan = await openPlan(page);
    await page.emulateMedia({ media: 'print' });
    await expect(plan).toBeVisible();
    for (const chrome of [
      page.locator('header.header'),
      page.getByRole('navigation', { name: 'Main' }),
      page.locator('.lesson-intro'),
      page.locator('.lesson-sources'),
      page.getByText('Every January the customer plan gets written'),
      plan.getByRole('button', { name: 'Print the plan' }),
      plan.getByRole('heading', { name: 'Move to another device' }),
      commitment(plan, 'Which hassle we will remove'),
    ]) {
      await expect(chrome).toBeHidden();
    }
    await expect(plan.getByRole('heading', { name: 'Customer value plan: Northwind Homeware' })).toBeVisible();
    await expect(plan.locator('[data-commitment="hassle"] .plan-print-text')).toHaveText(
      'Replace the returns form with a prepaid label.\nOwner: Tom, by 30 June.',
    );
    const address = card(plan, 'value-equation').locator('.print-address');
    await expect(address).toBeVisible();
    await expect(address).toHaveText(/^\s*localhost:\d+\/labs\/value-equation\/#v=1&h=2$/);

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages, `${format} pages`).toHaveLength(1);
    }
  });

  test('the fullest plan, four scenarios, every audit answer and three commitments at their longest, still prints on one page', async ({
    page,
  }) => {
    // Lesson 9's illustrative commitment, repeated to the 400-character limit of each box.
    const example =
      'From the spring survey, Priya, head of insight, adds "Does this company appreciate my business?" beside satisfaction and NPS, and by December reports which of the three goes best with ordering again. ';
    const longest = example.repeat(4).slice(0, 400);
    await page.addInitScript((text) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      const answers = {
        m1: 2,
        m2: 2,
        m3: 'unknown',
        a1: 2,
        a2: 2,
        a3: 2,
        r1: 2,
        r2: 2,
        r3: 'unknown',
        d1: 4,
        d2: 4,
        d3: 4,
      };
      localStorage.setItem('valued:audit', JSON.stringify({ v: 1, answers }));
      const exposure = { price: 3, features: 2, users: 3, 'use-cases': 1, speed: 3, variety: 2 };
      localStorage.setItem('valued:threats', JSON.stringify({ v: 1, guess: 'variety', exposure, revealed: true }));
      localStorage.setItem(
        'valued:plan',
        JSON.stringify({
          v: 1,
          name: 'Northwind Homeware, customer experience and CRM leadership team, 2027 plan',
          measure: text,
          hassle: text,
          invest: text,
        }),
      );
      localStorage.setItem(
        'valued:scenario:value-equation',
        'v=1&yn=Northwind%20Homeware%20premium%20delivery&pq=9&sq=7&p=5&h=5&cn=Rival&cpq=7&csq=5&cp=3&ch=3',
      );
      localStorage.setItem('valued:scenario:ltv-roi', 'v=1&cur=EUR&spend=35000&ret=0.7');
      localStorage.setItem(
        'valued:scenario:allocation',
        'v=1&cur=GBP&budget=44000&tn=Top%20value,Low%20value&tc=1000,4000&tv=1000,100&tp=1170,134&th=36,5',
      );
      localStorage.setItem('valued:scenario:perception-gap', 'v=1&aa=130&as=200&ba=80&bs=200');
    }, longest);
    const plan = await openPlan(page);
    await expect(commitment(plan, 'Where we will invest')).toHaveValue(longest);
    await expect(plan.locator('[data-headline]')).toHaveCount(4);
    await expect(plan.locator('[data-headline]').filter({ hasText: 'Reading your scenario' })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages, `${format} pages`).toHaveLength(1);
    }
  });

  test('the say–do poll’s link opens lesson 8 at the calculator, with the room’s numbers', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('valued:scenario:perception-gap', 'v=1&aa=130&as=200&ba=80&bs=200');
    });
    const plan = await openPlan(page);
    await card(plan, 'perception-gap').getByRole('link', { name: 'Open this scenario' }).click();
    const calculator = page.locator('[data-lab="perception-gap"]');
    await expect(calculator).toBeInViewport();
    await expect(calculator.locator('.lab-headline')).toContainText('(95% interval +15.3 to +34.1 points)');
  });

  test('export, then import in a fresh browser profile, restores everything', async ({ page, browser }) => {
    const { headline } = await fillCourseData(page);
    const plan = await openPlan(page);
    const downloading = page.waitForEvent('download');
    await plan.getByRole('button', { name: 'Export my course data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^valued-course-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = {
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: await readFile(await download.path()),
    };

    const fresh = await freshPage(browser);
    const empty = await openPlan(fresh);
    await expect(empty.getByRole('textbox', { name: /Plan for/ })).toHaveValue('');
    await empty.getByLabel('Import a course data file').setInputFiles(file);
    const confirm = empty.getByRole('group', { name: /holds:$/ });
    await expect(confirm.getByRole('heading')).toBeFocused();
    await expect(confirm.getByRole('heading')).toHaveText(/^valued-course-data-.*\(exported .*\) holds:$/);
    const holds = async (section: string): Promise<string | null> =>
      confirm.getByRole('term').filter({ hasText: section }).locator('+ dd').textContent();
    expect(await holds('Course progress')).toBe('2 lessons opened, 1 complete');
    expect(await holds('Lab scenarios')).toBe('1 scenario');
    expect(await holds('Self-audit')).toBe('2 answers');
    expect(await holds('Plan')).toBe('1 of 3 commitments written');
    await confirm.getByRole('button', { name: 'Replace this browser’s course data' }).click();
    await expect(empty.locator('.lab-notice')).toBeFocused();
    await expect(empty.locator('.lab-notice')).toHaveText(
      /^Imported valued-course-data-.*\.json\. The plan above now shows its data\.$/,
    );

    await expect(empty).toContainText('Imported valued-course-data-');
    await expect(empty.getByRole('textbox', { name: /Plan for/ })).toHaveValue('Northwind Homeware');
    await expect(commitment(empty, 'Which hassle we will remove')).toHaveValue(
      'Replace the returns form with a prepaid label.\nOwner: Tom, by 30 June.',
    );
    await expect(card(empty, 'value-equation')).toContainText(headline);
    await expect(empty.locator('[data-area="appreciation"]')).toContainText('0 of 100 · Weak spot');
    await expect(empty).toContainText('The six threats: Most exposed to “Faster delivery” (very exposed).');
    await expect(fresh.locator('[data-progress-text]').first()).toHaveText(/^1 of \d+ lessons complete$/);

    // The lab itself opens the imported scenario as the learner's own.
    await openLabPage(fresh, 'value-equation');
    await expect(labHeadline(fresh)).toHaveText(headline);
    await fresh.context().close();
  });

  test('a malformed file is refused beside the field and changes nothing', async ({ page }) => {
    await fillCourseData(page);
    const plan = await openPlan(page);
    const stored = (): Promise<string> =>
      page.evaluate(() =>
        JSON.stringify(
          Object.keys(localStorage)
            .filter((key) => key.startsWith('valued:'))
            .sort()
            .map((key) => [key, localStorage.getItem(key)]),
        ),
      );
    const before = await stored();
    const field = plan.getByLabel('Import a course data file');

    for (const [name, text, message] of [
      [
        'notes.json',
        '{"format": "valued-course-data", "version": 1, "audit": ',
        'not complete JSON text: it may be damaged or cut short',
      ],
      [
        'other.json',
        '{"format": "valued-course-data", "version": 1, "audit": {"v": 1, "answers": {"m1": 9}}}',
        'statement m1 is not on the scale',
      ],
      [
        'newer.json',
        '{"format": "valued-course-data", "version": 4}',
        'saved by a newer version of the course (format 4)',
      ],
    ] as const) {
      await field.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      const error = plan.getByRole('alert');
      await expect(error).toContainText(message);
      await expect(error).toContainText('Nothing in this browser was changed.');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      // The message is tied to the field, so a screen reader hears it there.
      const described = await field.getAttribute('aria-describedby');
      expect(described?.split(' ')).toContain(await error.getAttribute('id'));
      await expect(plan.getByRole('button', { name: 'Replace this browser’s course data' })).toHaveCount(0);
    }
    expect(await stored()).toBe(before);
    await expect(plan.getByRole('textbox', { name: /Plan for/ })).toHaveValue('Northwind Homeware');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the filled plan, an import to confirm and a refused file have no WCAG 2.2 AA violations (${theme})`, async ({
      page,
    }) => {
      await page.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      await fillCourseData(page);
      const plan = await openPlan(page);
      const field = plan.getByLabel('Import a course data file');
      await field.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
      await expect(plan.getByRole('alert')).toBeVisible();
      const axe = async (): Promise<unknown[]> =>
        (
          await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
        ).violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
      expect(await axe()).toEqual([]);
      const good = JSON.stringify({
        format: 'valued-course-data',
        version: 1,
        plan: { v: 1, name: 'A', measure: '', hassle: '', invest: '' },
      });
      await field.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
      await expect(plan.getByRole('button', { name: 'Replace this browser’s course data' })).toBeVisible();
      expect(await axe()).toEqual([]);
    });
  }
});
