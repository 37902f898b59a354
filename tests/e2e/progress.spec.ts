import { LESSON_1, LESSON_2, completeText, expect, test } from './fixtures';

test.describe('course progress', () => {
  test('a learner completes lesson 1, reloads, and finds the mark in the sidebar and on the home page', async ({
    course,
    page,
  }) => {
    await course.openLesson();
    await expect(course.sidebarCount).toHaveText(completeText(0));
    await course.completeButton.click();

    await expect(page.getByRole('status').filter({ hasText: 'marked complete' })).toHaveText(
      `Lesson marked complete. ${completeText(1)}.`,
    );
    await expect(course.completionPanel).toContainText('You completed this lesson on');
    await expect(page.getByRole('link', { name: 'Next lesson: The value equation' })).toBeVisible();

    await page.reload();
    await expect(course.undoButton).toBeVisible();
    await expect(course.sidebarCount).toHaveText(completeText(1));
    await expect(course.sidebarLesson(LESSON_1.title)).toHaveAccessibleName(/\(completed\)$/);

    await course.openHome();
    await expect(course.progressCount).toHaveText(completeText(1));
    await expect(course.homeLesson(LESSON_1.title)).toContainText('Completed');
  });

  test('Start becomes Resume, which goes to the last lesson seen', async ({ course, page }) => {
    await course.openHome();
    await expect(course.resumeLink).toHaveText(/Start the course/);
    await expect(course.resumeLink).toHaveAttribute('href', LESSON_1.path);

    await course.openLesson(LESSON_2.path);
    await course.openLesson();
    await course.openLesson(LESSON_2.path);
    await course.openHome();
    await expect(course.resumeLink).toHaveText(new RegExp(`Resume: ${LESSON_2.title}`));
    await course.resumeLink.click();
    await expect(page).toHaveURL(LESSON_2.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSON_2.title);
  });

  test('after finishing the lesson seen last, the home page offers the next one', async ({ course }) => {
    await course.openLesson();
    await course.completeButton.click();
    await course.openHome();
    await expect(course.resumeLink).toHaveText(new RegExp(`Continue: ${LESSON_2.title}`));
    await expect(course.resumeLink).toHaveAttribute('href', LESSON_2.path);
  });

  test('the last lesson, once complete, leads back to the course home', async ({ course, page }) => {
    // The last lesson in course order, as the home page lists them.
    await course.openHome();
    const last = (await page.locator('[data-lesson-link]').last().getAttribute('href')) ?? '';
    await course.openLesson(last);
    await course.completeButton.click();
    await expect(course.completionPanel).toContainText('That was the last lesson of the course.');
    await page.getByRole('link', { name: 'Back to the course home' }).click();
    await expect(page.locator(`[data-lesson-item][data-completed="true"] a[href="${last}"]`)).toBeVisible();
    await expect(course.homeLesson(LESSON_1.title)).not.toContainText('Completed');
  });

  test('reset asks first; keeping changes nothing, confirming clears the marks everywhere', async ({
    course,
    page,
  }) => {
    await course.openLesson();
    await course.completeButton.click();
    await course.openHome();
    await expect(course.progressCount).toHaveText(completeText(1));

    const reset = page.getByRole('button', { name: 'Reset my progress…' });
    const dialog = page.getByRole('dialog', { name: 'Clear your progress?' });
    await reset.click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep my progress' }).click();
    await expect(dialog).toBeHidden();
    await expect(course.progressCount).toHaveText(completeText(1));

    await reset.click();
    await dialog.getByRole('button', { name: 'Clear progress' }).click();
    await expect(course.progressCount).toHaveText(completeText(0));
    await expect(page.getByRole('status').filter({ hasText: 'cleared' })).toHaveText(
      `Your progress was cleared. ${completeText(0)}.`,
    );
    await expect(course.resumeLink).toHaveText(/Start the course/);
    await expect(reset).toBeHidden();

    await course.openLesson();
    await expect(course.completeButton).toBeVisible();
    await expect(course.sidebarLesson(LESSON_1.title)).not.toHaveAccessibleName(/completed/);
  });

  test('completing a lesson in one tab updates another open tab', async ({ course, context }) => {
    await course.openHome();
    const other = await context.newPage();
    await other.goto(LESSON_1.path);
    await other.getByRole('button', { name: 'Mark lesson complete' }).click();
    await expect(course.progressCount).toHaveText(completeText(1));
    await other.getByRole('button', { name: 'Mark as not complete' }).click();
    await expect(course.progressCount).toHaveText(completeText(0));
  });

  test('damaged stored progress does not break any page', async ({ course, page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('valued:progress', '{"v":1,"lessons":{"__proto__":{"visited":1}},"last":');
        sessionStorage.setItem('seeded', 'yes');
      }
    });
    await course.openHome();
    await expect(course.progressCount).toHaveText(completeText(0));
    await course.openLesson();
    await course.completeButton.click();
    await expect(course.sidebarCount).toHaveText(completeText(1));
  });

  test('the whole flow works with the keyboard alone', async ({ course, page }) => {
    await course.openHome();
    // The skip link comes first, as it should.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    await course.tabTo(course.resumeLink);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(LESSON_1.path);
    await expect(course.completionPanel).toBeVisible();

    await course.tabTo(course.completeButton);
    await page.keyboard.press('Enter');
    await expect(course.undoButton).toBeFocused();
    await course.tabTo(page.getByRole('link', { name: 'Next lesson: The value equation' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/lessons/the-value-equation/');
    await course.tabTo(page.getByRole('link', { name: 'Valued', exact: true }));
    await page.keyboard.press('Enter');
    await expect(course.progressCount).toHaveText(completeText(1));

    const reset = page.getByRole('button', { name: 'Reset my progress…' });
    await course.tabTo(reset);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Clear your progress?' });
    await expect(dialog.getByRole('button', { name: 'Keep my progress' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(course.progressCount).toHaveText(completeText(1));

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Clear progress' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(course.progressCount).toHaveText(completeText(0));
    await expect(course.resumeLink).toBeFocused();
  });
});
