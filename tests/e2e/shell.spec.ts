import { LESSON_1, LESSON_PATHS, completeText, expect, test } from './fixtures';

test.describe('course shell', () => {
  test('the home page presents the course: outcomes, audience, duration and lessons', async ({ course, page }) => {
    await course.openHome();
    await expect(page).toHaveTitle('Customer value, both ways | Valued');
    await expect(page.getByRole('heading', { name: 'What you will learn' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
    await expect(
      page.getByText(new RegExp(`^${LESSON_PATHS.length} lessons · (\\d+ h )?\\d+ min in total`)),
    ).toBeVisible();
    await expect(course.homeLesson(LESSON_1.title)).toContainText('12 min');
    await page.getByRole('region', { name: 'Hands-on labs' }).getByRole('link', { name: 'Value equation' }).click();
    await expect(page).toHaveURL('/labs/value-equation/');
  });

  test('a lesson shows its place, duration and objectives, and lists its sources', async ({ course, page }) => {
    await course.openLesson();
    await expect(page.getByText('Lesson 1', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'In this lesson you will' }).getByRole('listitem')).toHaveCount(4);
    const sources = page.getByRole('region', { name: 'Sources for this lesson' });
    await expect(sources.getByRole('listitem')).toHaveCount(5);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeAttached();
  });

  test('a citation leads to its claim on the Sources page, which links back to the lesson', async ({
    course,
    page,
  }) => {
    await course.openLesson();
    await page.getByRole('link', { name: '(Smith)' }).first().click();
    await expect(page).toHaveURL('/sources/#where-value-comes-from--old-meaning-cvm');
    const claim = page.locator('#where-value-comes-from--old-meaning-cvm');
    await expect(claim).toContainText('Customer Value Management');
    await claim.getByRole('link', { name: `Lesson 1: ${LESSON_1.title}` }).click();
    // Back at the place in the lesson that makes the claim.
    await expect(page).toHaveURL(`${LESSON_1.path}#cite-where-value-comes-from--old-meaning-cvm`);
    await expect(page.locator('#cite-where-value-comes-from--old-meaning-cvm')).toBeInViewport();
  });

  test('search finds the lesson by a word in its text', async ({ course, page }) => {
    await course.openHome();
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('textbox', { name: 'Search' }).fill('hassle');
    await expect(dialog.getByRole('link', { name: new RegExp(LESSON_1.title) }).first()).toBeVisible();
  });

  test('the theme can be switched and is remembered', async ({ course, page }) => {
    await course.openHome();
    // Headless Chromium prefers light, so dark is the choice that shows the switch works.
    await page.getByRole('combobox', { name: 'Select theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('on a phone, the menu opens to the lessons and progress', async ({ course, page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await course.openLesson();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(course.sidebarLesson(LESSON_1.title)).toBeVisible();
    await expect(course.sidebarCount).toHaveText(completeText(0));
  });

  test('no request leaves the site', async ({ course, page, baseURL }) => {
    const external: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== baseURL && url.protocol !== 'data:') external.push(request.url());
    });
    await course.openHome();
    await course.openLesson();
    await page.goto('/sources/');
    expect(external).toEqual([]);
  });
});
