import { readFileSync } from 'node:fs';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { sitemapPaths } from '../../scripts/sitemap';

/** The lesson pages of the built site, from its sitemap (npm test builds before the browser tests). */
export const LESSON_PATHS = sitemapPaths(readFileSync('dist/sitemap-0.xml', 'utf8')).filter((path) =>
  path.startsWith('/lessons/'),
);

/** "1 of 2 lessons complete", as the sidebar and home page say it. */
export function completeText(done: number): string {
  const total = LESSON_PATHS.length;
  return `${done} of ${total} ${total === 1 ? 'lesson' : 'lessons'} complete`;
}

/** A lab's own page (`/labs/<id>/`), once hydrated: its inputs are disabled until then. */
export async function openLabPage(page: Page, id: string, fragment = ''): Promise<Locator> {
  await page.goto(`/labs/${id}/${fragment}`);
  const lab = page.locator(`[data-lab="${id}"][data-ready="true"]`);
  await expect(lab).toBeVisible();
  return lab;
}

/**
 * Scrolls to a lab's part that loads when the learner comes near it (`data-lazy="<name>"`) until
 * `loaded` is visible. The placeholder may be replaced at any moment (it loads a little before it is
 * on screen), so it is scrolled to only while it is there, with retries.
 */
export async function showLazyPart(page: Page, name: string, loaded: Locator): Promise<void> {
  const placeholder = page.locator(`[data-lazy="${name}"]`);
  await expect(async () => {
    if (await loaded.isVisible()) return;
    await placeholder.scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(loaded).toBeVisible({ timeout: 2000 });
  }).toPass();
}

/**
 * An island on the page (a lab, calculator or exercise, by selector), scrolled to and hydrated:
 * islands in lessons load as they come into view, and their inputs are disabled until then.
 */
export async function readyIsland(page: Page, selector: string): Promise<Locator> {
  const island = page.locator(selector);
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-ready', 'true');
  return island;
}

/**
 * What every hostile or broken link must leave behind: the link's notice, with `message` when it is
 * not /^$/; figures with no NaN, Infinity or undefined; no script it carried run
 * (`window.__pwned`); and no markup from it rendered in the lab.
 */
export async function expectSafeLinkOpening(page: Page, message: RegExp): Promise<void> {
  await expect(page.getByRole('region', { name: 'Scenario from a link' })).toBeVisible();
  if (message.source !== '^$') await expect(page.locator('.lab-notice')).toContainText(message);
  await expect(page.locator('.lab-results')).not.toContainText(/NaN|Infinity|undefined/);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('.lab script, .lab img').count()).toBe(0);
}

/** The results' headline sentence of the lab on the page. */
export function labHeadline(page: Page): Locator {
  return page.locator('.lab-headline');
}

export const LESSON_1 = {
  path: '/lessons/two-meanings-of-customer-value/',
  title: 'Two meanings of customer value',
};

export const LESSON_2 = { path: '/lessons/the-value-equation/', title: 'The value equation' };

/** A small page object for the course shell: home, lesson pages, sidebar and progress. */
export class Course {
  constructor(readonly page: Page) {}

  async openHome(): Promise<void> {
    await this.page.goto('/');
    // The home page's progress script marks the page once it has read the stored progress.
    await expect(this.page.locator('[data-course-home]')).toHaveAttribute('data-ready', 'true');
  }

  async openLesson(path = LESSON_1.path): Promise<void> {
    await this.page.goto(path);
    await expect(this.completionPanel).toBeVisible();
  }

  get progressCount(): Locator {
    return this.page.locator('[data-progress-count]');
  }

  get completionPanel(): Locator {
    return this.page.getByRole('region', { name: 'Your progress' });
  }

  get completeButton(): Locator {
    return this.page.getByRole('button', { name: 'Mark lesson complete' });
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Mark as not complete' });
  }

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  get sidebarCount(): Locator {
    return this.sidebar.locator('[data-progress-text]');
  }

  /** The sidebar link to a lesson; its accessible name ends in "(completed)" once it is complete. */
  sidebarLesson(title: string): Locator {
    return this.sidebar.getByRole('link', { name: new RegExp(`^${title}`) });
  }

  homeLesson(title: string): Locator {
    return this.page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: title }) });
  }

  get resumeLink(): Locator {
    return this.page.locator('[data-resume]');
  }

  /** Presses Tab until `target` has focus; fails after `limit` presses, so a keyboard trap or an unreachable control shows. */
  async tabTo(target: Locator, limit = 200): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Could not reach ${target.toString()} with ${limit} presses of Tab`);
  }
}

export const test = base.extend<{ course: Course; failOnPageErrors: undefined }>({
  // Every test watches for script errors: a page that throws is broken for a learner even if it renders.
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(errors, 'errors thrown by page scripts').toEqual([]);
    },
    { auto: true },
  ],
  course: async ({ page }, use) => {
    await use(new Course(page));
  },
});

export { expect };
