import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, readyIsland, test } from './fixtures';

const LESSON = '/lessons/feeling-valued-beats-feeling-satisfied/';

async function openExercise(page: Page, name: 'threats' | 'audit'): Promise<Locator> {
  await page.goto(LESSON);
  return readyExercise(page, name);
}

/** An exercise on the page, scrolled to and hydrated (the islands load as they come into view). */
function readyExercise(page: Page, name: 'threats' | 'audit'): Promise<Locator> {
  return readyIsland(page, `[data-exercise="${name}"]`);
}

function threat(exercise: Locator, id: string): Locator {
  return exercise.locator(`[data-threat="${id}"]`);
}

function statement(exercise: Locator, id: string): Locator {
  return exercise.locator(`[data-statement="${id}"]`);
}

/** Answers the audit: statement id → the label of the choice. */
async function answer(exercise: Locator, answers: Record<string, string>): Promise<void> {
  for (const [id, label] of Object.entries(answers)) {
    await statement(exercise, id).getByRole('radio', { name: label, exact: true }).check();
  }
}

test.describe('lesson 3: the six threats', () => {
  test('guess, rate each threat by keyboard, and compare: the verdict names what was rated highest', async ({
    page,
    course,
  }) => {
    const exercise = await openExercise(page, 'threats');
    const compare = exercise.getByRole('button', { name: 'Compare with my guess' });
    await expect(compare).toBeDisabled();

    // The guess: Tab into the group, arrow keys choose (as radio groups work).
    await course.tabTo(exercise.getByRole('radio', { name: 'A lower price' }));
    await page.keyboard.press('Space');
    await expect(exercise.getByRole('radio', { name: 'A lower price' })).toBeChecked();

    // Rate "faster delivery" very exposed and price only somewhat, by keyboard.
    await course.tabTo(threat(exercise, 'price').getByRole('radio', { name: 'Hardly exposed' }));
    await page.keyboard.press('ArrowDown');
    await expect(threat(exercise, 'price').getByRole('radio', { name: 'Somewhat exposed' })).toBeChecked();
    await course.tabTo(threat(exercise, 'speed').getByRole('radio', { name: 'Hardly exposed' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(threat(exercise, 'speed').getByRole('radio', { name: 'Very exposed' })).toBeChecked();
    await expect(exercise).toContainText('2 of 6 rated.');
    await expect(exercise).toContainText('4 to go');

    await course.tabTo(compare);
    await page.keyboard.press('Enter');
    const verdict = exercise.getByRole('status');
    await expect(verdict.locator('.prediction-verdict')).toBeFocused();
    await expect(verdict).toContainText(
      'you guessed “A lower price”, but rated “Faster delivery” higher (very exposed)',
    );
    await expect(verdict).toContainText('Not rated yet: “More features or benefits”, “Appeal to more users”');
    await expect(exercise).toContainText('Your guess: A lower price.');
    // Once compared, the guess is fixed, but the ratings can still change and the verdict follows.
    await expect(exercise.getByRole('radio', { name: 'A lower price' })).toBeDisabled();
    await threat(exercise, 'price').getByRole('radio', { name: 'Very exposed' }).click();
    await expect(verdict).toContainText('Your guess, “A lower price”, ties for the top with “Faster delivery”');
  });

  test('rating all six hardly exposed is not reported as an exposure', async ({ page }) => {
    const exercise = await openExercise(page, 'threats');
    await exercise.getByRole('radio', { name: 'Faster delivery' }).check();
    for (const id of ['price', 'features', 'users', 'use-cases', 'speed', 'variety']) {
      await threat(exercise, id).getByRole('radio', { name: 'Hardly exposed' }).check();
    }
    await exercise.getByRole('button', { name: 'Compare with my guess' }).click();
    await expect(exercise.getByRole('status')).toContainText('You rated none of the six more than hardly exposed.');
  });

  test('the answers come back after a reload, and Clear asks before it forgets them', async ({ page }) => {
    let exercise = await openExercise(page, 'threats');
    await exercise.getByRole('radio', { name: 'Variety and changing tastes' }).check();
    await threat(exercise, 'variety').getByRole('radio', { name: 'Very exposed' }).check();
    await exercise.getByRole('button', { name: 'Compare with my guess' }).click();
    await expect(exercise.getByRole('status')).toContainText('Your first instinct held');

    await page.reload();
    exercise = await readyExercise(page, 'threats');
    await expect(exercise.getByRole('radio', { name: 'Variety and changing tastes' })).toBeChecked();
    await expect(threat(exercise, 'variety').getByRole('radio', { name: 'Very exposed' })).toBeChecked();
    await expect(exercise.getByRole('status')).toContainText('Your first instinct held');

    await exercise.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(exercise.getByRole('button', { name: 'Keep them' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(threat(exercise, 'variety').getByRole('radio', { name: 'Very exposed' })).toBeChecked();
    await exercise.getByRole('button', { name: 'Clear my answers' }).click();
    await exercise.getByRole('button', { name: 'Yes, clear' }).click();
    await expect(threat(exercise, 'variety').getByRole('radio', { name: 'Very exposed' })).not.toBeChecked();
    // With nothing left to clear, focus goes back to the start of the exercise, not the top of the page.
    await expect(exercise.getByRole('radio', { name: 'A lower price' })).toBeFocused();
    await expect(exercise.getByRole('radio', { name: 'Variety and changing tastes' })).not.toBeChecked();
    expect(await page.evaluate(() => localStorage.getItem('valued:threats'))).not.toContain('variety');
  });
});

test.describe('lesson 3: the self-audit', () => {
  test('answers are scored into a profile that names the weakest area and what to try', async ({ page }) => {
    const exercise = await openExercise(page, 'audit');
    await expect(exercise).toContainText('A reflection tool, not a validated scale.');
    await expect(exercise).toContainText('0 of 12 statements answered.');
    await answer(exercise, {
      m1: 'Agree',
      m2: 'Neither',
      m3: 'Disagree',
      a1: 'Disagree',
      a2: 'Disagree',
      a3: 'Neither',
      r1: 'Agree',
      r2: 'Agree',
      r3: 'Don’t know',
    });
    await expect(exercise).toContainText('9 of 12 statements answered.');
    const profile = exercise.getByRole('region', { name: 'Your profile' });
    // The lesson's worked example: 50 (mixed), 33 (weak), 75 with one don't know (strength).
    await expect(profile.locator('[data-area="measures"]')).toContainText('50 of 100 · Mixed');
    await expect(profile.locator('[data-area="appreciation"]')).toContainText('33 of 100 · Weak spot');
    await expect(profile.locator('[data-area="relationship"]')).toContainText('75 of 100 · Strength');
    await expect(profile.locator('[data-area="defence"]')).toContainText('Not rated yet');
    await expect(profile).toContainText('Weakest area: Showing customers they matter.');
    await expect(profile).toContainText('Commission path-to-purchase or other in-depth research');
    await expect(profile).toContainText('You answered “don’t know” to 1 statement.');

    // Lifting the weak area moves the weakest to the next lowest.
    await answer(exercise, { a1: 'Strongly agree', a2: 'Strongly agree', a3: 'Strongly agree' });
    await expect(profile).toContainText('Weakest area: What we measure.');
  });

  test('an area answered only “don’t know” says so, rather than looking unfinished', async ({ page }) => {
    const exercise = await openExercise(page, 'audit');
    await answer(exercise, { d1: 'Don’t know', d2: 'Don’t know', d3: 'Don’t know', m1: 'Agree' });
    const profile = exercise.getByRole('region', { name: 'Your profile' });
    await expect(profile.locator('[data-area="defence"]')).toContainText('All “don’t know”');
    await expect(profile).toContainText(
      'You answered “don’t know” to 3 statements (every statement in Holding customers against rivals).',
    );
  });

  test('the answers persist across a reload and clear after confirming', async ({ page }) => {
    let exercise = await openExercise(page, 'audit');
    await answer(exercise, { d1: 'Strongly disagree', d2: 'Don’t know' });
    await page.reload();
    exercise = await readyExercise(page, 'audit');
    await expect(statement(exercise, 'd1').getByRole('radio', { name: 'Strongly disagree' })).toBeChecked();
    await expect(statement(exercise, 'd2').getByRole('radio', { name: 'Don’t know' })).toBeChecked();
    await expect(exercise).toContainText('2 of 12 statements answered.');

    await exercise.getByRole('button', { name: 'Clear my answers' }).click();
    await exercise.getByRole('button', { name: 'Yes, clear' }).click();
    await expect(exercise).toContainText('0 of 12 statements answered.');
    await expect(statement(exercise, 'd1').getByRole('radio', { name: 'Strongly disagree' })).not.toBeChecked();
    await page.reload();
    await expect(await readyExercise(page, 'audit')).toContainText('0 of 12 statements answered.');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`both exercises, answered and compared, have no WCAG 2.2 AA violations (${theme})`, async ({ page }) => {
      await page.addInitScript((t) => {
        localStorage.setItem('starlight-theme', t);
      }, theme);
      const audit = await openExercise(page, 'audit');
      await answer(audit, { m1: 'Strongly agree', a1: 'Disagree', a2: 'Don’t know', a3: 'Don’t know' });
      await audit.getByRole('button', { name: 'Clear my answers' }).click();
      const threats = await readyExercise(page, 'threats');
      await threats.getByRole('radio', { name: 'More use cases' }).check();
      await threat(threats, 'users').getByRole('radio', { name: 'Somewhat exposed' }).check();
      await threats.getByRole('button', { name: 'Compare with my guess' }).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }))).toEqual(
        [],
      );
    });
  }
});
