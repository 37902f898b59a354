import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const LESSON_1 = {
  path: '/lessons/two-meanings-of-customer-value/',
  title: 'Two meanings of customer value',
};

/** A small page object for the course shell: home, lesson pages, sidebar and progress. */
export class Course {
  constructor(readonly page: Page) {}

  async openHome(): Promise<void> {
    await this.page.goto('/');
    // The home's progress script has run once the Reset button reflects stored progress.
    await expect(this.progressCount).toHaveText(/\d+ of \d+ lessons? complete/);
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
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  get resumeLink(): Locator {
    return this.page.locator('[data-resume]');
  }

  /** Presses Tab until `target` has focus; fails after `limit` presses, so a keyboard trap or an unreachable control shows. */
  async tabTo(target: Locator, limit = 80): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Could not reach ${target.toString()} with ${limit} presses of Tab`);
  }
}

export const test = base.extend<{ course: Course }>({
  course: async ({ page }, use) => {
    // Keep an eye on script errors: a page that throws is broken for a learner even if it renders.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(new Course(page));
    expect(errors, 'errors thrown by page scripts').toEqual([]);
  },
});

export { expect };
