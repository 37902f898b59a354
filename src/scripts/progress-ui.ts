/**
 * The course shell's progress behaviour: plain DOM code (no framework), so a lesson page without a
 * lab ships only this and the store, not Preact. The markup it drives is rendered by the .astro
 * components in `src/components/`; each finds its elements by `data-*` attributes and does nothing
 * when they are absent. All state changes go through the actions in `src/stores/progress.ts`;
 * the DOM is a listener of `$progress`, so changes made in another tab show up here too.
 */
import {
  $progress,
  completeLesson,
  isLessonSlug,
  resetProgress,
  summarizeProgress,
  uncompleteLesson,
  visitLesson,
  type Progress,
} from '../stores/progress';

/** Reads a JSON list of lesson slugs from a `data-lessons` attribute; bad data gives an empty list. */
function readSlugs(element: HTMLElement): string[] {
  try {
    const value: unknown = JSON.parse(element.dataset['lessons'] ?? '[]');
    return Array.isArray(value) ? value.filter(isLessonSlug) : [];
  } catch {
    return [];
  }
}

function countText(completed: number, total: number): string {
  return `${completed} of ${total} ${total === 1 ? 'lesson' : 'lessons'} complete`;
}

function formatDay(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(iso));
}

/** The slug of a lesson link (`/lessons/<slug>/`), or `undefined` for any other link. */
function lessonSlugOf(link: HTMLAnchorElement): string | undefined {
  const match = /^\/lessons\/([^/]+)\/?$/.exec(new URL(link.href, location.href).pathname);
  return match?.[1];
}

/** Adds or removes the completion mark on a lesson link (a check mark plus words for screen readers). */
function setLinkMark(link: HTMLAnchorElement, completed: boolean): void {
  const existing = link.querySelector('.lesson-mark');
  if (completed && !existing) {
    const mark = document.createElement('span');
    mark.className = 'lesson-mark';
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.textContent = '✓';
    const words = document.createElement('span');
    words.className = 'sr-only';
    words.textContent = ' (completed)';
    mark.append(icon, words);
    link.append(mark);
  } else if (!completed && existing) {
    existing.remove();
  }
}

/** Sidebar: "N of M complete" above the navigation and a mark beside each completed lesson. */
export function initSidebarProgress(): void {
  const summaries = document.querySelectorAll<HTMLElement>('[data-sidebar-progress]');
  for (const summary of summaries) {
    const slugs = readSlugs(summary);
    const text = summary.querySelector<HTMLElement>('[data-progress-text]');
    const bar = summary.querySelector<HTMLProgressElement>('progress');
    const nav = summary.closest('nav') ?? document;
    const render = (progress: Progress): void => {
      const s = summarizeProgress(progress, slugs);
      if (text) text.textContent = countText(s.completed, s.total);
      if (bar) {
        bar.max = Math.max(s.total, 1);
        bar.value = s.completed;
      }
      for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const slug = lessonSlugOf(link);
        if (slug) setLinkMark(link, s.completedSlugs.includes(slug));
      }
      summary.hidden = false;
    };
    $progress.subscribe(render);
  }
}

/** Lesson page: records the visit, drives "Mark complete" and offers the next lesson. */
export function initLessonProgress(): void {
  const panel = document.querySelector<HTMLElement>('[data-lesson-complete]');
  const slug = panel?.dataset['slug'];
  if (!panel || !slug || !isLessonSlug(slug)) return;
  const slugs = readSlugs(panel);
  const button = panel.querySelector<HTMLButtonElement>('[data-complete-button]');
  const state = panel.querySelector<HTMLElement>('[data-state-text]');
  const after = panel.querySelector<HTMLElement>('[data-after-complete]');
  const announcer = panel.querySelector<HTMLElement>('[data-announcer]');
  if (!button || !state || !after || !announcer) return;

  visitLesson(slug);

  const render = (progress: Progress): void => {
    const completed = progress.lessons[slug]?.completed;
    panel.dataset['completed'] = completed ? 'true' : 'false';
    button.textContent = completed ? 'Mark as not complete' : 'Mark lesson complete';
    state.textContent = completed
      ? `You completed this lesson on ${formatDay(completed)}.`
      : 'Finished reading and tried the exercises? Mark the lesson complete to keep track of your progress on this device.';
    after.hidden = !completed;
  };
  $progress.subscribe(render);
  panel.hidden = false;

  button.addEventListener('click', () => {
    const wasComplete = $progress.get().lessons[slug]?.completed !== undefined;
    if (wasComplete) uncompleteLesson(slug);
    else completeLesson(slug);
    const s = summarizeProgress($progress.get(), slugs);
    // Said once per click, so a screen reader hears the outcome of the action it took.
    announcer.textContent = wasComplete
      ? `Lesson marked as not complete. ${countText(s.completed, s.total)}.`
      : `Lesson marked complete. ${countText(s.completed, s.total)}.`;
  });
}

/** Course home: Start or Resume, lesson marks, "N of M complete", and reset with confirmation. */
export function initHomeProgress(): void {
  const home = document.querySelector<HTMLElement>('[data-course-home]');
  if (!home) return;
  const slugs = readSlugs(home);
  const resume = home.querySelector<HTMLAnchorElement>('[data-resume]');
  const resumeLabel = home.querySelector<HTMLElement>('[data-resume-label]');
  const counts = home.querySelectorAll<HTMLElement>('[data-progress-count]');
  const resetButton = home.querySelector<HTMLButtonElement>('[data-reset-open]');
  const dialog = home.querySelector<HTMLDialogElement>('[data-reset-dialog]');
  const announcer = home.querySelector<HTMLElement>('[data-announcer]');
  const titles = new Map<string, { href: string; title: string }>();
  for (const link of home.querySelectorAll<HTMLAnchorElement>('[data-lesson-link]')) {
    const slug = lessonSlugOf(link);
    if (slug) titles.set(slug, { href: link.getAttribute('href') ?? link.href, title: link.textContent.trim() });
  }

  const render = (progress: Progress): void => {
    const s = summarizeProgress(progress, slugs);
    for (const count of counts) count.textContent = countText(s.completed, s.total);
    for (const item of home.querySelectorAll<HTMLElement>('[data-lesson-item]')) {
      const done = s.completedSlugs.includes(item.dataset['slug'] ?? '');
      item.dataset['completed'] = done ? 'true' : 'false';
      const status = item.querySelector<HTMLElement>('[data-lesson-status]');
      if (status)
        status.textContent = done ? 'Completed' : progress.lessons[item.dataset['slug'] ?? ''] ? 'Started' : '';
    }
    if (resume && resumeLabel) {
      const allDone = s.total > 0 && s.completed === s.total;
      const last = s.resumeSlug ? titles.get(s.resumeSlug) : undefined;
      const lastDone = s.resumeSlug !== undefined && s.completedSlugs.includes(s.resumeSlug);
      const next = s.nextIncompleteSlug ? titles.get(s.nextIncompleteSlug) : undefined;
      const first = slugs[0] ? titles.get(slugs[0]) : undefined;
      // Back to the lesson seen last; once that one is done, on to the first lesson not yet done.
      const [target, label] =
        last && !lastDone
          ? [last, `Resume: ${last.title}`]
          : last && next
            ? [next, `Continue: ${next.title}`]
            : last && allDone
              ? [last, `Review: ${last.title}`]
              : [first, 'Start the course'];
      if (target) resume.href = target.href;
      resumeLabel.textContent = label;
    }
    // Nothing to clear for a first-time visitor, so no button to puzzle over.
    if (resetButton) resetButton.hidden = Object.keys(progress.lessons).length === 0 && !progress.last;
  };
  $progress.subscribe(render);
  home.dataset['ready'] = 'true';

  if (resetButton && dialog) {
    resetButton.addEventListener('click', () => {
      dialog.showModal();
    });
    dialog.addEventListener('close', () => {
      if (dialog.returnValue !== 'reset') return;
      resetProgress();
      if (announcer) announcer.textContent = `Your progress was cleared. ${countText(0, slugs.length)}.`;
      // The reset button is now hidden: give focus a sensible home instead of the page body.
      resume?.focus();
    });
  }
}
